namespace Caravan.Storage;

/// <summary>
/// Files waiting to be ingested, shared by every worker on the database: each job is claimed by one worker
/// at a time (on PostgreSQL with FOR UPDATE SKIP LOCKED, so workers never wait for or repeat each other).
/// </summary>
public interface IIngestQueue
{
    /// <summary>Queues paths; one already waiting or running is not queued twice. Returns how many were queued.</summary>
    int Enqueue(IReadOnlyList<string> paths);

    /// <summary>Takes up to <paramref name="count"/> waiting jobs, oldest first, for <paramref name="worker"/>.</summary>
    IReadOnlyList<IngestJob> Claim(string worker, int count);

    void Finish(long job, IngestJobState state, string? note);

    /// <summary>Puts back jobs whose worker claimed them longer ago than <paramref name="staleAfter"/> (it died); returns how many.</summary>
    int Requeue(TimeSpan staleAfter);

    IngestQueueStatus QueueStatus();

    /// <summary>Finished jobs with who did them, in the order claimed.</summary>
    IReadOnlyList<IngestJobRecord> FinishedJobs(int limit);
}

public sealed record IngestJob(long Id, string Path);

public enum IngestJobState
{
    Queued,
    Running,
    Done,
    Failed,
}

public sealed record IngestQueueStatus(int Queued, int Running, int Done, int Failed);

public sealed record IngestJobRecord(long Id, string Path, IngestJobState State, string? Worker, string? Note);
