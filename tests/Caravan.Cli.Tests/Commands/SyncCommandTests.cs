using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Caravan.Core.Review;
using Caravan.Core.Sharing;
using Caravan.Storage;
using Caravan.Storage.Sqlite;
using Caravan.Web;
using Microsoft.AspNetCore.Builder;

namespace Caravan.Cli.Tests.Commands;

/// <summary>
/// Two Caravan instances on loopback. A (organisation kg-cert) holds the samples as GREEN and one report of each
/// other marking, and shares AMBER with uz-sgb; B pulls A's collections with `caravan sync` as a uz-sgb user of A,
/// and B's own web server then shows its users exactly what the markings allow.
/// </summary>
public sealed class SyncCommandTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private readonly string folder = Directory.CreateTempSubdirectory("caravan-sync-").FullName;
    private readonly List<WebApplication> servers = [];

    private string A => Path.Combine(folder, "a.db");

    private string B => Path.Combine(folder, "b.db");

    private Uri aUrl = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        var reports = Directory.CreateDirectory(Path.Combine(folder, "marked")).FullName;
        var marked = new Dictionary<string, string>
        {
            ["amber"] = "Police in Jalal-Abad detained four members of Jamaat Ansarullah on 2 May 2024, the ministry said; amberword.",
            ["amber+strict"] = "Border guards near Batken seized weapons from a cell on 5 May 2024, officials said; strictword.",
            ["red"] = "An informant in Talas warned of a planned attack on 9 May 2024; redword.",
        };
        Ok(CaravanProcess.Run("ingest", Samples.Folder, "--db", A, "--org", "kg-cert", "--tlp", "green"));
        foreach (var (tlp, text) in marked)
        {
            var file = Path.Combine(reports, $"{tlp.Replace('+', '-')}.txt");
            await File.WriteAllTextAsync(file, text);
            Ok(CaravanProcess.Run("ingest", file, "--db", A, "--org", "kg-cert", "--tlp", tlp));
        }

        Ok(CaravanProcess.RunWithInput(Password, "users", "add", "uz-sync", "--org", "uz-sgb", "--role", "analyst", "--password-stdin", "--db", A));
        Ok(CaravanProcess.Run("orgs", "share", "kg-cert", "--with", "uz-sgb", "--db", A));
        aUrl = await Serve(A);
    }

    [Fact]
    public async Task B_sees_exactly_what_A_allows_repeated_syncs_add_nothing_and_red_never_leaves()
    {
        var green = Sync("kg-cert-green");
        var amber = Sync("kg-cert-amber");
        Assert.Equal(0, green.ExitCode);
        Assert.Equal(0, amber.ExitCode);
        Assert.Contains("5 documents added", green.Output, StringComparison.Ordinal);
        Assert.Contains("1 documents added", amber.Output, StringComparison.Ordinal);

        var strict = Sync("kg-cert-amber-strict");
        var red = Sync("kg-cert-red");
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(1, red.ExitCode);
        Assert.Contains("no collection 'kg-cert-red'", red.Error, StringComparison.Ordinal);

        var (documents, events) = Counts(B, Reader.Instance);
        Assert.Equal(Counts(A, Reader.Of("uz-sgb")), (documents, events));
        foreach (var again in new[] { Sync("kg-cert-green"), Sync("kg-cert-amber") })
        {
            Assert.Equal(0, again.ExitCode);
            Assert.StartsWith("0 objects", again.Output, StringComparison.Ordinal);
        }

        Assert.Equal((documents, events), Counts(B, Reader.Instance));
        Assert.Equal(Entities(A, Reader.Of("uz-sgb")), Entities(B, Reader.Instance));

        using (var store = new SqliteEventStore(B, Reader.Instance))
        {
            // What B pulled belongs to the partner B pulls from; the creator A's objects name is kept as stated.
            Assert.Equal([(PartnerA, "uz-sgb")], store.Partners());
            var received = store.ListDocuments(100, 0).Select(d => store.FindDocument(d.Id)!.Document).ToList();
            Assert.All(received, d => Assert.StartsWith("taxii:" + aUrl, d.ReceivedFrom!.Source, StringComparison.Ordinal));
            Assert.All(received, d => Assert.Equal((PartnerA, "kg-cert"), (d.Marking.Owner, d.ReceivedFrom!.StatedOwner)));
            var shown = CaravanProcess.Run("show", received[0].Id.Value, "--db", B).Output;
            Assert.Contains($"received from taxii:{aUrl}taxii2/caravan/collections/kg-cert-", shown.ReplaceLineEndings(""), StringComparison.Ordinal);
            Assert.Contains($"owned by {PartnerA} (created by kg-cert, as the sender states)", shown.ReplaceLineEndings(""), StringComparison.Ordinal);
        }

        Ok(CaravanProcess.RunWithInput(Password, "users", "add", "b-analyst", "--org", "uz-sgb", "--role", "analyst", "--password-stdin", "--db", B));
        Ok(CaravanProcess.RunWithInput(Password, "users", "add", "b-other", "--org", "tj-gkn", "--role", "analyst", "--password-stdin", "--db", B));
        var bUrl = await Serve(B);
        var partnerSees = await Everything(bUrl, "b-analyst");
        var otherSees = await Everything(bUrl, "b-other");

        Assert.Contains("amberword", partnerSees, StringComparison.Ordinal);
        Assert.DoesNotContain("amberword", otherSees, StringComparison.Ordinal);
        Assert.Contains("Kyrgyzstan", otherSees, StringComparison.Ordinal);
        foreach (var never in new[] { "strictword", "redword" })
        {
            Assert.DoesNotContain(never, partnerSees, StringComparison.Ordinal);
            Assert.DoesNotContain(never, otherSees, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Corrections_on_a_reach_b_and_a_local_edit_on_b_is_kept_beside_a_newer_version()
    {
        Assert.Equal(0, Sync("kg-cert-green").ExitCode);
        StoredEvent[] onA;
        using (var a = new SqliteEventStore(A, Reader.Instance))
        {
            onA = [.. a.QueryEvents(new EventQuery { Limit = 3, Sort = EventSort.Stored })];
            a.ReviewEvent(onA[0].Id, ReviewAction.Edit, onA[0].Event with { Fatalities = 5 }, "aigerim", "five killed, per the ministry");
            a.ReviewEvent(onA[1].Id, ReviewAction.Confirm, null, "aigerim", null);
        }

        var corrected = Sync("kg-cert-green");
        StoredEvent OnB(StoredEvent fromA)
        {
            using var b = new SqliteEventStore(B, Reader.Instance);
            return b.QueryEvents(new EventQuery { Limit = 10_000, Review = null }).Single(e => e.Event.Evidence == fromA.Event.Evidence && e.Event.Type == fromA.Event.Type);
        }

        Assert.Contains("2 updated to a newer version", corrected.Output, StringComparison.Ordinal);
        Assert.Equal((5, ReviewState.Edited), (OnB(onA[0]).Event.Fatalities, OnB(onA[0]).Review));
        Assert.Equal(ReviewState.Confirmed, OnB(onA[1]).Review);
        using (var b = new SqliteEventStore(B, Reader.Instance))
        {
            var history = b.EventHistory(OnB(onA[0]).Id);
            Assert.Contains(history, r => r.Analyst == $"aigerim ({PartnerA})" && r.Note!.StartsWith("version of", StringComparison.Ordinal));
            Assert.Contains(history, r => r.Note == "five killed, per the ministry");

            // An analyst on B corrects the third event; then A corrects it otherwise.
            var mine = OnB(onA[2]);
            b.ReviewEvent(mine.Id, ReviewAction.Edit, mine.Event with { Injured = 7 }, "b-analyst", "seven hurt, per our source");
        }

        using (var a = new SqliteEventStore(A, Reader.Instance))
        {
            a.ReviewEvent(onA[2].Id, ReviewAction.Edit, onA[2].Event with { Injured = 9 }, "aigerim", null);
        }

        var held = Sync("kg-cert-green");
        var kept = OnB(onA[2]);
        using (var b = new SqliteEventStore(B, Reader.Instance))
        {
            var theirs = b.EventHistory(kept.Id).Last();
            Assert.True(held.Output.Contains("1 newer versions kept in the history beside a local edit", StringComparison.Ordinal), held.Output + held.Error);
            Assert.Equal(7, kept.Event.Injured);
            Assert.Contains("not applied: an analyst here changed this event since", theirs.Note, StringComparison.Ordinal);
            Assert.Contains("\"injured\":9", theirs.After, StringComparison.Ordinal);
        }

        Assert.StartsWith("0 objects", Sync("kg-cert-green").Output, StringComparison.Ordinal);

        // A rejects the second event: its incident is revoked, and B withdraws its copy, hidden and audited, not deleted.
        using (var a = new SqliteEventStore(A, Reader.Instance))
        {
            a.ReviewEvent(onA[1].Id, ReviewAction.Reject, null, "aigerim", "not an event: a rumour");
        }

        var confirmedOnB = OnB(onA[1]).Id;
        var revoked = Sync("kg-cert-green");
        Assert.True(revoked.Output.Contains("1 withdrawn", StringComparison.Ordinal), revoked.Output + revoked.Error);
        using (var b = new SqliteEventStore(B, Reader.Instance))
        {
            Assert.DoesNotContain(b.QueryEvents(new EventQuery { Limit = 10_000 }), e => e.Id == confirmedOnB);
            Assert.Contains(b.QueryEvents(new EventQuery { Limit = 10_000, Review = ReviewState.Rejected }), e => e.Id == confirmedOnB);
            Assert.Contains(b.AuditEntries(0, 10_000), e => e.Object == $"event/{confirmedOnB}" && e.Detail == "revoked by the sender");
        }
    }

    [Fact]
    public void A_marking_changed_on_a_reaches_the_copy_on_b()
    {
        Assert.Equal(0, Sync("kg-cert-amber").ExitCode);
        Core.Documents.DocumentId amber;
        using (var a = new SqliteEventStore(A, Reader.Instance))
        {
            amber = a.ListDocuments(100, 0).Select(d => a.FindDocument(d.Id)!.Document).Single(d => d.Text.Contains("amberword", StringComparison.Ordinal)).Id;
            a.ChangeMarking(amber, Tlp.Green);
        }

        var relaxed = Sync("kg-cert-green");

        Assert.True(relaxed.Output.Contains("1 updated to the partner's newer version", StringComparison.Ordinal), relaxed.Output + relaxed.Error);
        using var b = new SqliteEventStore(B, Reader.Instance);
        var copy = b.ListDocuments(100, 0).Select(d => b.FindDocument(d.Id)!.Document).Single(d => d.Text.Contains("amberword", StringComparison.Ordinal));
        Assert.Equal(Tlp.Green, copy.Marking.Tlp);
    }

    [Fact]
    public void Bad_urls_credentials_and_collections_are_explained()
    {
        var noUrl = CaravanProcess.RunWithInput(Password, "sync", "--from", "not a url", "--collection", "x", "--user", "uz-sync", "--db", B);
        var wrongPassword = CaravanProcess.RunWithInput("wrong password!", "sync", "--from", aUrl + "taxii2/", "--collection", "kg-cert-green", "--user", "uz-sync", "--db", B);
        var noCredentials = CaravanProcess.Run("sync", "--from", aUrl + "taxii2/", "--collection", "kg-cert-green", "--db", B);

        Assert.Equal(1, noUrl.ExitCode);
        Assert.Contains("not an http(s) URL", noUrl.Error, StringComparison.Ordinal);
        Assert.Equal(1, wrongPassword.ExitCode);
        Assert.Contains("401", wrongPassword.Error, StringComparison.Ordinal);
        Assert.Equal(1, noCredentials.ExitCode);
        Assert.Contains("--user", noCredentials.Error, StringComparison.Ordinal);
    }

    /// <summary>The name B knows instance A by, given to every sync.</summary>
    private const string PartnerA = "kg-a";

    private CaravanProcess.Result Sync(string collection) =>
        CaravanProcess.RunWithInput(Password, "sync", "--from", aUrl + "taxii2/", "--collection", collection, "--user", "uz-sync", "--db", B, "--org", "uz-sgb", "--partner", PartnerA);

    /// <summary>The knowledge base as a reader sees it: each entity with the number of documents naming it.</summary>
    private static string Entities(string database, Reader reader)
    {
        using var store = new SqliteEventStore(database, reader);
        return string.Join("; ", store.SearchEntities(null, null, 100_000).Select(e => $"{e.Name}/{e.Type}/{e.Documents}").Order(StringComparer.Ordinal));
    }

    private static (int Documents, int Events) Counts(string database, Reader reader)
    {
        using var store = new SqliteEventStore(database, reader);
        return (store.CountDocuments(), store.CountEvents());
    }

    /// <summary>Every document text and event a user of B can list through B's API.</summary>
    private static async Task<string> Everything(Uri server, string user)
    {
        using var client = new HttpClient { BaseAddress = server };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{Password}")));
        var text = new System.Text.StringBuilder(await client.GetStringAsync("/api/events?limit=1000"));
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/documents?limit=1000")).RootElement;
        foreach (var document in (list.ValueKind == JsonValueKind.Array ? list : list.GetProperty("documents")).EnumerateArray())
        {
            text.Append(await client.GetStringAsync("/api/documents/" + document.GetProperty("id").GetString()));
        }

        return text.ToString();
    }

    private async Task<Uri> Serve(string database)
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var app = CaravanServer.Build(reader => new SqliteEventStore(database, reader), $"http://127.0.0.1:{port}");
        await app.StartAsync();
        servers.Add(app);
        return new Uri($"http://127.0.0.1:{port}/");
    }

    private static void Ok(CaravanProcess.Result result) => Assert.True(result.ExitCode == 0, result.Error + result.Output);

    public async Task DisposeAsync()
    {
        foreach (var server in servers)
        {
            await server.StopAsync();
            await server.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
