using Caravan.Storage;

namespace Caravan.Ingestion;

/// <summary>
/// Ingests jobs from the shared queue until it is empty: claim one, ingest it, mark it done or failed with
/// the reason. Any number of workers, in any number of processes, can run against one PostgreSQL database;
/// each file is claimed by exactly one of them.
/// </summary>
/// <param name="connectionGate">Held around each claim and finish when workers share one connection (SQLite).</param>
public sealed class QueueWorker(IIngestQueue queue, DocumentIngestor ingestor, string name, object? connectionGate = null)
{
    private readonly object gate = connectionGate ?? new object();

    /// <summary>Works until no job is waiting or <paramref name="cancellation"/> fires; returns the outcomes.</summary>
    public IReadOnlyList<IngestOutcome> Drain(Action<IngestOutcome>? finished, CancellationToken cancellation)
    {
        var outcomes = new List<IngestOutcome>();
        while (!cancellation.IsCancellationRequested && Claim() is [var job])
        {
            var outcome = ingestor.Ingest(job.Path);
            var note = outcome.Status switch
            {
                IngestStatus.Added => $"added, {outcome.Events} events",
                IngestStatus.AlreadyPresent => "already present",
                _ => outcome.Reason,
            };
            lock (gate)
            {
                queue.Finish(job.Id, outcome.Status == IngestStatus.Failed ? IngestJobState.Failed : IngestJobState.Done, note);
            }

            outcomes.Add(outcome);
            finished?.Invoke(outcome);
        }

        return outcomes;
    }

    private IReadOnlyList<IngestJob> Claim()
    {
        lock (gate)
        {
            return queue.Claim(name, 1);
        }
    }
}
