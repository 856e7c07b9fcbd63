namespace Caravan.Storage.Tests;

/// <summary>The shared ingest queue: each path waits once, claims go oldest first, dead workers' jobs come back.</summary>
public abstract class IngestQueueContract : StixObjectContract
{
    [Fact]
    public void A_path_waits_once_and_claims_take_the_oldest_jobs()
    {
        Assert.Equal(3, Store.Enqueue(["/a.txt", "/b.txt", "/c.txt"]));
        Assert.Equal(1, Store.Enqueue(["/a.txt", "/d.txt"]));

        var first = Store.Claim("w1", 2);
        var second = Store.Claim("w2", 5);

        Assert.Equal(["/a.txt", "/b.txt"], first.Select(j => j.Path));
        Assert.Equal(["/c.txt", "/d.txt"], second.Select(j => j.Path));
        Assert.Empty(Store.Claim("w3", 5));
        Assert.Equal(new IngestQueueStatus(0, 4, 0, 0), Store.QueueStatus());
    }

    [Fact]
    public void Finished_jobs_keep_their_worker_and_note_and_a_finished_path_can_be_queued_again()
    {
        Store.Enqueue(["/a.txt", "/b.txt"]);
        var jobs = Store.Claim("w1", 2);
        Store.Finish(jobs[0].Id, IngestJobState.Done, "added, 3 events");
        Store.Finish(jobs[1].Id, IngestJobState.Failed, "invalid UTF-8");

        Assert.Equal(new IngestQueueStatus(0, 0, 1, 1), Store.QueueStatus());
        Assert.Equal([("/a.txt", IngestJobState.Done, "w1", "added, 3 events"), ("/b.txt", IngestJobState.Failed, "w1", "invalid UTF-8")],
            Store.FinishedJobs(10).Select(j => (j.Path, j.State, j.Worker, j.Note)));
        Assert.Equal(1, Store.Enqueue(["/a.txt"]));
    }

    [Fact]
    public void Jobs_of_a_worker_that_died_are_queued_again_once_stale()
    {
        Store.Enqueue(["/a.txt"]);
        Store.Claim("dead", 1);

        Assert.Equal(0, Store.Requeue(TimeSpan.FromHours(1)));
        Assert.Equal(1, Store.Requeue(TimeSpan.Zero));
        Assert.Equal("/a.txt", Assert.Single(Store.Claim("alive", 1)).Path);
    }

    [Fact]
    public async Task Workers_on_their_own_connections_never_claim_the_same_job()
    {
        Store.Enqueue([.. Enumerable.Range(0, 300).Select(n => $"/corpus/{n:D4}.txt")]);
        var claimed = new System.Collections.Concurrent.ConcurrentBag<(string Worker, long Job)>();

        var workers = Enumerable.Range(0, 6).Select(w => Task.Run(() =>
        {
            using var store = CreateStore();
            while (store.Claim($"w{w}", 1) is [var job])
            {
                claimed.Add(($"w{w}", job.Id));
                store.Finish(job.Id, IngestJobState.Done, null);
            }
        })).ToArray();
        await Task.WhenAll(workers);

        Assert.Equal(300, claimed.Count);
        Assert.Equal(300, claimed.Select(c => c.Job).Distinct().Count());
        Assert.Equal(new IngestQueueStatus(0, 0, 300, 0), Store.QueueStatus());
    }
}
