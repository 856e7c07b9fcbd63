namespace Caravan.Cli.Tests.Commands;

public sealed class QueueCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("caravan-queue-cli-").FullName;

    private string Database => Path.Combine(folder, "caravan.db");

    [Fact]
    public void Queued_files_are_ingested_by_the_workers_once_and_reported()
    {
        var bad = Path.Combine(folder, "bad.txt");
        File.WriteAllBytes(bad, [0xC3, 0x28, 0xA0]);

        var added = CaravanProcess.Run("queue", "add", Samples.Folder, bad, "--db", Database);
        var again = CaravanProcess.Run("queue", "add", Samples.Folder, "--db", Database);
        var work = CaravanProcess.Run("queue", "work", "--workers", "2", "--name", "test-worker", "--db", Database);
        var status = CaravanProcess.Run("queue", "status", "--db", Database);
        var events = CaravanProcess.Run("events", "--db", Database, "--format", "json");

        Assert.Contains("6 files queued (0 already waiting)", added.Output, StringComparison.Ordinal);
        Assert.Contains("0 files queued (5 already waiting)", again.Output, StringComparison.Ordinal);
        Assert.Equal(1, work.ExitCode);
        Assert.Contains("test-worker: 5 added, 0 already present, 1 failed", work.Output, StringComparison.Ordinal);
        Assert.Contains("bad.txt", work.Error, StringComparison.Ordinal);
        Assert.Contains("0 queued, 0 running, 5 done, 1 failed", status.Output, StringComparison.Ordinal);
        Assert.Equal(0, events.ExitCode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
