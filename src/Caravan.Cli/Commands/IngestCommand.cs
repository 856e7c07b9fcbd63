using Caravan.Core.Sharing;
using System.Collections.Concurrent;
using System.CommandLine;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Resolution;
using Caravan.Ingestion;
using Caravan.Ingestion.Sources;
using Caravan.Storage;
using Caravan.Storage.Postgres;

namespace Caravan.Cli.Commands;

/// <summary>`caravan ingest PATH... [--db FILE] [--workers N]`: files and folders into the store, once each.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths("Text, Markdown or HTML files, or folders of them");
        var database = CommonOptions.Database();
        var workers = new Option<int>("--workers")
        {
            Description = "Files extracted in parallel; with PostgreSQL each worker writes on its own connection, with SQLite one writer serves them all",
            DefaultValueFactory = _ => 1,
        };
        var organisation = CommonOptions.Organisation("The organisation that owns the documents");
        var tlp = CommonOptions.Tlp("TLP marking of the documents (default: the source's marking set by `caravan sources mark`, else green)");
        var remark = new Option<bool>("--remark") { Description = "A document already present that is marked otherwise takes the --tlp given (else it keeps its marking, and ingest says so)" };
        var command = new Command("ingest", "Extract files and store documents, entities and events (idempotent)") { paths, database, workers, organisation, tlp, remark };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(paths), parse.GetRequiredValue(database), Math.Clamp(parse.GetValue(workers), 1, 64), parse.GetRequiredValue(organisation), parse.GetValue(tlp), parse.GetValue(remark)));
        return command;
    }

    private static int Run(string[] paths, string database, int workers, string owner, Caravan.Core.Sharing.Tlp? tlp, bool remark)
    {
        var files = SourceReader.Expand(paths).ToList();
        var queue = new ConcurrentQueue<string>(files);
        var outcomes = new ConcurrentBag<IngestOutcome>();
        var pipeline = ExtractionPipeline.CreateDefault();
        var matcher = new EntityMatcher(KnowledgeBase.Default);
        var ownConnections = PostgresEventStore.IsPostgres(database);
        var stores = Enumerable.Range(0, ownConnections ? workers : 1).Select(_ => StoreFactory.Open(database, Reader.Instance)).ToList();
        var gate = new object();
        try
        {
            ProgressBar.Run($"ingesting {files.Count} files", files.Count, step =>
            {
                var threads = Enumerable.Range(0, workers).Select(w => new Thread(() =>
                {
                    var ingestor = new DocumentIngestor(stores[ownConnections ? w : 0], pipeline, matcher, TimeProvider.System, ownConnections ? null : gate) { Owner = owner, Tlp = tlp, Remark = remark };
                    while (queue.TryDequeue(out var file))
                    {
                        outcomes.Add(ingestor.Ingest(file));
                        step();
                    }
                })).ToList();
                threads.ForEach(t => t.Start());
                threads.ForEach(t => t.Join());
            });

            foreach (var failed in outcomes.Where(o => o.Status == IngestStatus.Failed).OrderBy(o => o.Path, StringComparer.Ordinal))
            {
                Console.Error.WriteLine($"skipped {failed.Path}: {failed.Reason}");
            }

            foreach (var noted in outcomes.Where(o => o.Note is not null).OrderBy(o => o.Path, StringComparer.Ordinal))
            {
                Console.Error.WriteLine($"{noted.Path}: already present; {noted.Note}");
            }

            var added = outcomes.Count(o => o.Status == IngestStatus.Added);
            var present = outcomes.Count(o => o.Status == IngestStatus.AlreadyPresent);
            var failures = outcomes.Count(o => o.Status == IngestStatus.Failed);
            var store = stores[0];
            Console.WriteLine($"{added} added ({outcomes.Sum(o => o.Events)} events), {present} already present, {failures} failed; {store.CountDocuments()} documents and {store.CountEvents()} events in {Redacted(database)}");
            return failures == 0 ? 0 : 1;
        }
        finally
        {
            stores.ForEach(s => s.Dispose());
        }
    }

    // A postgres:// URL may carry a password; the summary names the database without it.
    private static string Redacted(string database) =>
        PostgresEventStore.IsPostgres(database) && Uri.TryCreate(database, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Host}:{uri.Port}{uri.AbsolutePath}" : database;
}
