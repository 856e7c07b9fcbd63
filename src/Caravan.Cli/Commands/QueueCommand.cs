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

/// <summary>
/// `caravan queue add PATH...`, `queue work [--workers N]`, `queue status`: a shared ingest queue in the database,
/// so that workers on several machines can ingest one corpus into one PostgreSQL server, each file once.
/// </summary>
internal static class QueueCommand
{
    public static Command Create()
    {
        var command = new Command("queue", "A shared ingest queue for several workers (PostgreSQL: FOR UPDATE SKIP LOCKED)");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Work());
        command.Subcommands.Add(Status());
        return command;
    }

    private static Command Add()
    {
        var paths = CommonOptions.Paths("Files or folders to queue");
        var database = CommonOptions.Database();
        var add = new Command("add", "Queue files for ingest; a file already waiting is not queued twice") { paths, database };
        add.SetAction(parse =>
        {
            var files = SourceReader.Expand(parse.GetRequiredValue(paths)).Select(Path.GetFullPath).ToList();
            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            var queued = store.Enqueue(files);
            Console.WriteLine($"{queued} files queued ({files.Count - queued} already waiting)");
            return 0;
        });
        return add;
    }

    private static Command Work()
    {
        var database = CommonOptions.Database();
        var workers = new Option<int>("--workers") { Description = "Workers in this process", DefaultValueFactory = _ => 1 };
        var name = new Option<string?>("--name") { Description = "This process's name in the queue (default: host and process id)" };
        var stale = new Option<int>("--requeue-after") { Description = "Minutes after which a job still running is taken to be from a dead worker and queued again", DefaultValueFactory = _ => 30 };
        var organisation = CommonOptions.Organisation("The organisation that owns the documents");
        var tlp = CommonOptions.Tlp("TLP marking of the documents (default: the source's marking, else green)");
        var work = new Command("work", "Ingest queued files until none is left") { database, workers, name, stale, organisation, tlp };
        work.SetAction((parse, cancellation) =>
        {
            var db = parse.GetRequiredValue(database);
            var count = Math.Clamp(parse.GetValue(workers), 1, 64);
            var processName = parse.GetValue(name) ?? $"{Environment.MachineName}:{Environment.ProcessId}";
            var ownConnections = PostgresEventStore.IsPostgres(db);
            var stores = Enumerable.Range(0, ownConnections ? count : 1).Select(_ => StoreFactory.Open(db, Reader.Instance)).ToList();
            try
            {
                var requeued = stores[0].Requeue(TimeSpan.FromMinutes(parse.GetValue(stale)));
                if (requeued > 0)
                {
                    Console.Error.WriteLine($"{requeued} jobs of workers that stopped were queued again");
                }

                var pipeline = ExtractionPipeline.CreateDefault();
                var matcher = new EntityMatcher(KnowledgeBase.Default);
                var gate = new object();
                var outcomes = new ConcurrentBag<IngestOutcome>();
                var threads = Enumerable.Range(0, count).Select(w => new Thread(() =>
                {
                    var store = stores[ownConnections ? w : 0];
                    var ingestor = new DocumentIngestor(store, pipeline, matcher, TimeProvider.System, ownConnections ? null : gate)
                    {
                        Owner = parse.GetRequiredValue(organisation),
                        Tlp = parse.GetValue(tlp),
                    };

                    // SQLite has one connection for all workers here: claims go through the same gate as writes.
                    var worker = new QueueWorker(store, ingestor, $"{processName}/{w}", ownConnections ? null : gate);
                    worker.Drain(outcomes.Add, cancellation);
                })).ToList();
                threads.ForEach(t => t.Start());
                threads.ForEach(t => t.Join());

                foreach (var failed in outcomes.Where(o => o.Status == IngestStatus.Failed).OrderBy(o => o.Path, StringComparer.Ordinal))
                {
                    Console.Error.WriteLine($"skipped {failed.Path}: {failed.Reason}");
                }

                Console.WriteLine($"{processName}: {outcomes.Count(o => o.Status == IngestStatus.Added)} added, {outcomes.Count(o => o.Status == IngestStatus.AlreadyPresent)} already present, {outcomes.Count(o => o.Status == IngestStatus.Failed)} failed");
                return Task.FromResult(outcomes.Any(o => o.Status == IngestStatus.Failed) ? 1 : 0);
            }
            finally
            {
                stores.ForEach(s => s.Dispose());
            }
        });
        return work;
    }

    private static Command Status()
    {
        var database = CommonOptions.Database();
        var status = new Command("status", "How many jobs wait, run, are done and failed") { database };
        status.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            var s = store.QueueStatus();
            Console.WriteLine($"{s.Queued} queued, {s.Running} running, {s.Done} done, {s.Failed} failed");
            return 0;
        });
        return status;
    }
}
