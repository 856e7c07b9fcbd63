using Caravan.Core.Sharing;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Resolution;
using Caravan.Ingestion;
using Caravan.Storage.Postgres;

namespace Caravan.Storage.Tests;

/// <summary>Ingest workers, each on its own PostgreSQL connection, draining one queue of distinct reports.</summary>
[Collection(PostgresCollection.Name)]
public sealed class QueueWorkerTests(PostgresServer server) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("caravan-queue-").FullName;

    [Fact]
    public void Four_workers_ingest_every_queued_file_exactly_once()
    {
        var files = SampleCopies.Write(folder, copies: 6, distinct: true);

        var database = server.CreateDatabase();
        using (var setup = new PostgresEventStore(database, Reader.Instance))
        {
            setup.Migrate();
            Assert.Equal(files.Count, setup.Enqueue(files));
        }

        var pipeline = ExtractionPipeline.CreateDefault();
        var matcher = new EntityMatcher(KnowledgeBase.Default);
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<IngestOutcome>();
        var workers = Enumerable.Range(0, 4).Select(w => new Thread(() =>
        {
            using var store = new PostgresEventStore(database, Reader.Instance);
            var ingestor = new DocumentIngestor(store, pipeline, matcher, TimeProvider.System);
            new QueueWorker(store, ingestor, $"worker-{w}").Drain(outcomes.Add, CancellationToken.None);
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());

        using var check = new PostgresEventStore(database, Reader.Instance);
        var jobs = check.FinishedJobs(1000);
        Assert.Equal(files.Count, outcomes.Count(o => o.Status == IngestStatus.Added));
        Assert.Equal(files.Order(StringComparer.Ordinal), jobs.Select(j => j.Path).Order(StringComparer.Ordinal));
        Assert.All(jobs, j => Assert.StartsWith("added", j.Note, StringComparison.Ordinal));
        Assert.True(jobs.Select(j => j.Worker).Distinct().Count() > 1, "the work was shared");
        Assert.Equal(files.Count, check.CountDocuments());
        Assert.Equal(new IngestQueueStatus(0, 0, files.Count, 0), check.QueueStatus());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
