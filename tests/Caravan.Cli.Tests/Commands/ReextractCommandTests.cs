using Caravan.Core.Sharing;
using Caravan.Core.Review;
using Caravan.Storage;
using Caravan.Storage.Sqlite;

namespace Caravan.Cli.Tests.Commands;

public sealed class ReextractCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("caravan-reextract-").FullName;

    private string Database => Path.Combine(folder, "caravan.db");

    [Fact]
    public void Re_extraction_replaces_machine_events_and_keeps_every_analyst_decision()
    {
        Assert.Equal(0, CaravanProcess.Run("ingest", Samples.Folder, "--db", Database).ExitCode);
        long confirmed, edited, rejected;
        List<string> before;
        using (var store = new SqliteEventStore(Database, Reader.Instance))
        {
            var events = store.QueryEvents(new EventQuery { Limit = 1000 });
            before = [.. events.Skip(3).Prepend(events[1]).Prepend(events[0]).Select(Key).Order(StringComparer.Ordinal)];
            (confirmed, edited, rejected) = (events[0].Id, events[1].Id, events[2].Id);
            store.ReviewEvent(confirmed, ReviewAction.Confirm, null, "aigerim", null);
            store.ReviewEvent(edited, ReviewAction.Edit, events[1].Event with { Fatalities = 41 }, "aigerim", "later figure");
            store.ReviewEvent(rejected, ReviewAction.Reject, null, "aigerim", "not an event");
        }

        var result = CaravanProcess.Run("reextract", "--db", Database);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("5 documents re-extracted", result.Output, StringComparison.Ordinal);
        Assert.Contains("3 events decided by analysts kept", result.Output, StringComparison.Ordinal);
        using var after = new SqliteEventStore(Database, Reader.Instance);
        Assert.Equal(ReviewState.Confirmed, after.GetEvent(confirmed)!.Review);
        Assert.Equal(41, after.GetEvent(edited)!.Event.Fatalities);
        Assert.Equal(ReviewState.Rejected, after.GetEvent(rejected)!.Review);
        var all = after.QueryEvents(new EventQuery { Limit = 1000, Review = null });
        Assert.Equal(before, all.Select(Key).Order(StringComparer.Ordinal));
    }

    private static string Key(StoredEvent stored) => $"{stored.Event.Type} @ {stored.Event.Evidence}";

    [Fact]
    public void An_unknown_document_is_named_and_fails()
    {
        Assert.Equal(0, CaravanProcess.Run("ingest", Samples.Folder, "--db", Database).ExitCode);

        var result = CaravanProcess.Run("reextract", "no-such-document", "--db", Database);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no document no-such-document", result.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
