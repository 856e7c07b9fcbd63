using System.Globalization;

namespace Caravan.Storage.Relational;

/// <summary>The shared ingest queue.</summary>
public abstract partial class RelationalEventStore
{
    /// <summary>How a claim skips rows another worker holds: FOR UPDATE SKIP LOCKED on PostgreSQL; SQLite has one writer.</summary>
    protected virtual string SkipLocked => "";

    public int Enqueue(IReadOnlyList<string> paths)
    {
        using var transaction = connection.BeginTransaction();
        var queued = 0;
        var now = Now();
        foreach (var path in paths)
        {
            // The partial unique index on waiting and running paths makes a second enqueue of the same file a no-op.
            using var insert = Command("INSERT INTO ingest_jobs (path, state, queued_at) VALUES (@path, 'queued', @now) ON CONFLICT DO NOTHING", transaction);
            Add(insert, "@path", path);
            Add(insert, "@now", now);
            queued += insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return queued;
    }

    public IReadOnlyList<IngestJob> Claim(string worker, int count)
    {
        using var claim = Command(
            $"""
            UPDATE ingest_jobs SET state = 'running', worker = @worker, claimed_at = @now
            WHERE id IN (SELECT id FROM ingest_jobs WHERE state = 'queued' ORDER BY id LIMIT @count {SkipLocked})
            RETURNING id, path
            """);
        Add(claim, "@worker", worker);
        Add(claim, "@now", Now());
        Add(claim, "@count", count);
        var jobs = new List<IngestJob>();
        using var reader = claim.ExecuteReader();
        while (reader.Read())
        {
            jobs.Add(new IngestJob(reader.GetInt64(0), reader.GetString(1)));
        }

        return [.. jobs.OrderBy(j => j.Id)];
    }

    public void Finish(long job, IngestJobState state, string? note)
    {
        using var finish = Command("UPDATE ingest_jobs SET state = @state, finished_at = @now, note = @note WHERE id = @id");
        Add(finish, "@state", state.ToString().ToLowerInvariant());
        Add(finish, "@now", Now());
        Add(finish, "@note", Nullable(note));
        Add(finish, "@id", job);
        finish.ExecuteNonQuery();
    }

    public int Requeue(TimeSpan staleAfter)
    {
        using var requeue = Command("UPDATE ingest_jobs SET state = 'queued', worker = NULL, claimed_at = NULL WHERE state = 'running' AND claimed_at < @before");
        Add(requeue, "@before", (DateTimeOffset.UtcNow - staleAfter).UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        return requeue.ExecuteNonQuery();
    }

    public IngestQueueStatus QueueStatus()
    {
        using var command = Command("SELECT state, COUNT(*) FROM ingest_jobs GROUP BY state");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return new IngestQueueStatus(counts.GetValueOrDefault("queued"), counts.GetValueOrDefault("running"), counts.GetValueOrDefault("done"), counts.GetValueOrDefault("failed"));
    }

    public IReadOnlyList<IngestJobRecord> FinishedJobs(int limit)
    {
        using var command = Command("SELECT id, path, state, worker, note FROM ingest_jobs WHERE state IN ('done', 'failed') ORDER BY id LIMIT @limit");
        Add(command, "@limit", limit);
        var jobs = new List<IngestJobRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            Enum.TryParse<IngestJobState>(reader.GetString(2), ignoreCase: true, out var state);
            jobs.Add(new IngestJobRecord(reader.GetInt64(0), reader.GetString(1), state, String(reader, 3), String(reader, 4)));
        }

        return jobs;
    }

    private static string Now() => DateTimeOffset.UtcNow.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
