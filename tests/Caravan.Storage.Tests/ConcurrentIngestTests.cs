using Caravan.Core.Sharing;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Resolution;
using Caravan.Ingestion;
using Caravan.Storage.Postgres;

namespace Caravan.Storage.Tests;

/// <summary>Several ingest workers, each on its own connection to one PostgreSQL database, racing on the same files.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ConcurrentIngestTests(PostgresServer server) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("caravan-workers-").FullName;

    [Fact]
    public void FourWorkersStoreEachDocumentAndEachEntityOnce()
    {
        var files = SampleCopies.Write(folder, copies: 3, distinct: false);

        var sequential = Ingest(server.CreateDatabase(), files, workers: 1);
        var parallel = Ingest(server.CreateDatabase(), files, workers: 4);

        Assert.Equal((5, 10), (parallel.Added, parallel.AlreadyPresent));
        Assert.Equal(sequential.Documents, parallel.Documents);
        Assert.Equal(sequential.Events, parallel.Events);
        Assert.Equal(sequential.Entities, parallel.Entities);
    }

    private static (int Added, int AlreadyPresent, int Documents, int Events, int Entities) Ingest(string database, List<string> files, int workers)
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        var matcher = new EntityMatcher(KnowledgeBase.Default);
        var queue = new System.Collections.Concurrent.ConcurrentQueue<string>(files);
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<IngestOutcome>();
        var threads = Enumerable.Range(0, workers).Select(_ => new Thread(() =>
        {
            using var store = new PostgresEventStore(database, Reader.Instance);
            store.Migrate();
            var ingestor = new DocumentIngestor(store, pipeline, matcher, TimeProvider.System);
            while (queue.TryDequeue(out var file))
            {
                outcomes.Add(ingestor.Ingest(file));
            }
        })).ToList();
        using (var first = new PostgresEventStore(database, Reader.Instance))
        {
            first.Migrate();
        }

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        using var check = new PostgresEventStore(database, Reader.Instance);
        return (
            outcomes.Count(o => o.Status == IngestStatus.Added),
            outcomes.Count(o => o.Status == IngestStatus.AlreadyPresent),
            check.CountDocuments(),
            check.CountEvents(),
            check.SearchEntities(null, null, 10_000).Count);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
