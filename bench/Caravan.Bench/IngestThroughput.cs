using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Caravan.Core.Sharing;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Resolution;
using Caravan.Ingestion;
using Caravan.Storage;
using Caravan.Storage.Postgres;
using Caravan.Storage.Sqlite;

namespace Caravan.Bench;

/// <summary>
/// `ingest COPIES DB WORKERS`: the shared queue drained by WORKERS workers, as `caravan queue work --workers N` does:
/// changed copies of the 100 annotated reports written as files, queued, read, extracted, stored and linked to the
/// knowledge base. With PostgreSQL each worker has its own connection; with SQLite one writer serves them all.
/// </summary>
internal static class IngestThroughput
{
    public static void Run(int copies, string database, int workers, string[] folders)
    {
        var texts = folders.SelectMany(f => Directory.GetFiles(f, "*.txt")).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        if (texts.Length == 0)
        {
            throw new InvalidOperationException($"no .txt reports in {string.Join(", ", folders)}");
        }

        var folder = Directory.CreateTempSubdirectory("caravan-bench-ingest-").FullName;
        for (var i = 0; i < copies; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"report-{i:D5}.txt"), ChangedCopies.Of(texts[i % texts.Length], i));
        }

        var postgres = PostgresEventStore.IsPostgres(database);
        IEventStore Open() => postgres ? new PostgresEventStore(database, Reader.Instance) : new SqliteEventStore(database, Reader.Instance);
        var stores = Enumerable.Range(0, postgres ? workers : 1).Select(_ => Open()).ToList();
        stores[0].Migrate();
        stores[0].Enqueue([.. Directory.GetFiles(folder).Order(StringComparer.Ordinal)]);

        var pipeline = ExtractionPipeline.CreateDefault();
        pipeline.Extract("warmup.txt", texts[0]);
        var matcher = new EntityMatcher(KnowledgeBase.Default);
        var gate = new object();
        var outcomes = new ConcurrentBag<IngestOutcome>();
        var watch = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, workers).Select(w => new Thread(() =>
        {
            var store = stores[postgres ? w : 0];
            var ingestor = new DocumentIngestor(store, pipeline, matcher, TimeProvider.System, postgres ? null : gate);
            new QueueWorker(store, ingestor, $"bench/{w}", postgres ? null : gate).Drain(outcomes.Add, CancellationToken.None);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        var seconds = watch.Elapsed.TotalSeconds;

        var added = outcomes.Count(o => o.Status == IngestStatus.Added);
        var entities = stores[0].SearchEntities(null, null, 1_000_000).Count;
        stores.ForEach(s => s.Dispose());
        Directory.Delete(folder, recursive: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest into {(postgres ? "PostgreSQL" : "SQLite")}, {workers} worker(s): {added} of {copies} files added ({outcomes.Sum(o => o.Events):N0} events, {entities:N0} knowledge-base entities) in {seconds:F2} s = {copies / seconds:F1} files/s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
    }
}

/// <summary>Copies of a real report that differ from each other: single digits shifted and a closing line of their own.</summary>
internal static class ChangedCopies
{
    public static string Of(string text, int copy)
    {
        var shift = copy % 7;
        var changed = System.Text.RegularExpressions.Regex.Replace(text, "(?<![0-9])([1-9])(?![0-9])", m => ((m.Value[0] - '0' + shift) % 9 + 1).ToString(CultureInfo.InvariantCulture));
        return changed + $"\n\nCopy {copy} of this report was filed for the benchmark.";
    }
}
