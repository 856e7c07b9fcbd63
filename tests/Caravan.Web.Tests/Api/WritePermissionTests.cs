using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Caravan.Core.Accounts;
using Caravan.Core.Dates;
using Caravan.Core.Documents;
using Caravan.Core.Entities;
using Caravan.Core.Events;
using Caravan.Core.Sharing;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Resolution;
using Caravan.Storage;
using Caravan.Storage.Postgres;
using Caravan.Storage.Sqlite;
using Caravan.Web.Accounts;
using Microsoft.AspNetCore.Builder;

namespace Caravan.Web.Tests.Api;

/// <summary>
/// The write permission matrix over HTTP: every write path of the API x every marking x the owner's analyst,
/// a partner granted edits, a partner that may only read AMBER, a stranger and the owner's viewer, each with the
/// status the write rule gives (2xx, 403 for what the writer may see but not change, 404 for what it may not
/// see). The page forms answer by the same rule, signed in with a browser's cookie and anti-forgery token. Run on
/// SQLite and on PostgreSQL, and every refused write leaves the event as it was.
/// </summary>
public abstract class WritePermissionTests : IAsyncLifetime
{
    private const string Owner = "org-a";
    private const string Granted = "org-b";
    private const string AmberReader = "org-d";
    private const string Stranger = "org-c";

    private readonly Dictionary<string, HttpClient> clients = [];
    private Uri? baseAddress;
    private readonly Dictionary<Tlp, (string Document, long Event, long Kept, long Merged)> seeded = [];
    private WebApplication? app;

    /// <summary>Who writes, and the status each marking gives them; "ok" is any 2xx.</summary>
    public static TheoryData<string, string, string, string, string, string> Matrix => new()
    {
        //          writer            clear  green  amber  strict red
        { "owner-analyst",   "ok",  "ok",  "ok",  "ok",  "ok" },
        { "granted-analyst", "ok",  "ok",  "ok",  "404", "404" },
        { "amber-reader",    "403", "403", "403", "404", "404" },
        { "stranger",        "403", "403", "404", "404", "404" },
        { "owner-viewer",    "403", "403", "403", "403", "403" },
    };

    protected abstract IEventStore OpenStore(Reader reader);

    public async Task InitializeAsync()
    {
        using (var store = OpenStore(Reader.Instance))
        {
            store.Migrate();
            var matcher = new EntityMatcher(KnowledgeBase.Default);
            foreach (var tlp in Tlps.All)
            {
                var name = tlp.ToWireName().Replace("+", "", StringComparison.Ordinal);
                var text = $"Police detained two members of Zorvat{name} in Osh on 4 June 2024, the Kalvek{name} committee said.";
                var id = DocumentId.For(Owner, text);
                var record = new DocumentRecord(id, $"{name}.txt", $"{name}.txt", "text/plain", text, new DocumentMetadata($"{name}.txt", null, null, null), DateTimeOffset.UtcNow)
                {
                    Marking = new Marking(Owner, tlp),
                };
                var detention = new ExtractedEvent { Type = EventType.Arrest, Date = PartialDate.OfDay(2024, 6, 4), Evidence = text, Arrested = 2 };
                store.Save(record, [new Entity($"Zorvat{name}", EntityType.Org, [$"Zorvat{name}"]), new Entity($"Kalvek{name}", EntityType.Org, [$"Kalvek{name}"])], [detention], matcher);
                var stored = store.FindDocument(id.Value)!;
                seeded[tlp] = (id.Value, stored.Events.Single().Id,
                    store.SearchEntities($"Zorvat{name}", EntityType.Org, 2).Single().Id, store.SearchEntities($"Kalvek{name}", EntityType.Org, 2).Single().Id);
            }

            store.SharePartner(Owner, Granted);
            store.SharePartner(Owner, AmberReader);
            store.GrantEdits(Owner, Granted);
            foreach (var (name, organisation, role) in new[]
            {
                ("owner-analyst", Owner, Role.Analyst), ("granted-analyst", Granted, Role.Analyst), ("amber-reader", AmberReader, Role.Analyst),
                ("stranger", Stranger, Role.Analyst), ("owner-viewer", Owner, Role.Viewer),
            })
            {
                var account = store.AddUser(name, organisation, role, PasswordHashing.Hash(ServerFixture.Password));
                var key = ApiKeys.New();
                store.AddApiKey(account.Id, ApiKeys.Hash(key), "tests");
                clients[name] = new HttpClient();
                clients[name].DefaultRequestHeaders.Add("X-Api-Key", key);
            }
        }

        var port = Ports.Free();
        app = CaravanServer.Build(OpenStore, $"http://127.0.0.1:{port}");
        await app.StartAsync();
        baseAddress = new Uri($"http://127.0.0.1:{port}");
        foreach (var client in clients.Values)
        {
            client.BaseAddress = baseAddress;
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Every_write_path_answers_by_the_write_rule(string writer, string clear, string green, string amber, string strict, string red)
    {
        var expected = new Dictionary<Tlp, string> { [Tlp.Clear] = clear, [Tlp.Green] = green, [Tlp.Amber] = amber, [Tlp.AmberStrict] = strict, [Tlp.Red] = red };
        var client = clients[writer];
        var failures = new List<string>();
        foreach (var (tlp, (document, eventId, kept, merged)) in seeded)
        {
            var before = await EventAsOwnerSees(eventId);
            var answers = new Dictionary<string, HttpResponseMessage>
            {
                ["edit"] = await client.PostAsJsonAsync($"/api/events/{eventId}/review", new { action = "edit", @event = new { type = "arrest", fatalities = 999, evidence = "Police detained two members" } }),
                ["confirm"] = await client.PostAsJsonAsync($"/api/events/{eventId}/review", new { action = "confirm" }),
                ["add"] = await client.PostAsJsonAsync("/api/events", new { document, @event = new { type = "warning", evidence = "Police detained two members" } }),
                ["merge"] = await client.PostAsJsonAsync($"/api/entities/{kept}/merge", new { other = merged, note = "one group" }),
            };

            foreach (var (path, answer) in answers)
            {
                var got = answer.IsSuccessStatusCode ? "ok" : ((int)answer.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (got != expected[tlp])
                {
                    failures.Add($"{writer} {path} {tlp.ToWireName()}: {got}, expected {expected[tlp]} ({await answer.Content.ReadAsStringAsync()})");
                }

                if (answer.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
                {
                    var body = await answer.Content.ReadAsStringAsync();
                    if (answer.StatusCode == HttpStatusCode.NotFound && (body.Contains(Owner, StringComparison.Ordinal) || body.Contains("Zorvat", StringComparison.Ordinal)))
                    {
                        failures.Add($"{writer} {path} {tlp.ToWireName()}: the 404 names what the writer may not see: {body}");
                    }
                }
            }

            if (expected[tlp] != "ok" && await EventAsOwnerSees(eventId) != before)
            {
                failures.Add($"{writer} {tlp.ToWireName()}: a refused write changed the event");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Every_page_form_answers_by_the_write_rule(string writer, string clear, string green, string amber, string strict, string red)
    {
        var expected = new Dictionary<Tlp, string> { [Tlp.Clear] = clear, [Tlp.Green] = green, [Tlp.Amber] = amber, [Tlp.AmberStrict] = strict, [Tlp.Red] = red };
        using var browser = await SignedInBrowser.SignIn(baseAddress!, writer, ServerFixture.Password);
        var token = await browser.TokenOn("/events");
        var failures = new List<string>();
        foreach (var (tlp, (document, eventId, _, _)) in seeded)
        {
            var before = await EventAsOwnerSees(eventId);
            var answers = new Dictionary<string, HttpResponseMessage>
            {
                ["review page"] = await browser.Post($"/review/{eventId}?handler=Decide", token, ("action", "reject")),
                ["add page"] = await browser.Post($"/review/add/{document}", token,
                    ("Type", "arrest"), ("Date", "2024-06-04"), ("Country", "KG"), ("Evidence", "Police detained two members"), ("Note", "added by hand")),
            };

            foreach (var (path, answer) in answers)
            {
                // A page answers a refusal by sending the browser to the "not yours" page, and what it may not see with 404.
                var got = answer.StatusCode == HttpStatusCode.NotFound ? "404"
                    : answer.StatusCode == HttpStatusCode.Redirect ? (SignedInBrowser.PathOf(answer) == "/denied" ? "403" : "ok")
                    : ((int)answer.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (got != expected[tlp])
                {
                    failures.Add($"{writer} {path} {tlp.ToWireName()}: {got}, expected {expected[tlp]}");
                }
            }

            if (expected[tlp] != "ok" && await EventAsOwnerSees(eventId) != before)
            {
                failures.Add($"{writer} {tlp.ToWireName()}: a refused page write changed the event");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private async Task<string> EventAsOwnerSees(long id)
    {
        var json = await clients["owner-analyst"].GetFromJsonAsync<JsonElement>($"/api/events/{id}");
        return $"{json.GetProperty("review").GetString()} {json.GetProperty("fatalities")}";
    }

    public async Task DisposeAsync()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}

public sealed class SqliteWritePermissionTests : WritePermissionTests, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("caravan-writes-").FullName;

    protected override IEventStore OpenStore(Reader reader) => new SqliteEventStore(Path.Combine(folder, "caravan.db"), reader);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresWritePermissionTests(PostgresServer server) : WritePermissionTests
{
    private readonly string database = server.CreateDatabase();

    protected override IEventStore OpenStore(Reader reader) => new PostgresEventStore(database, reader);
}
