using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Caravan.Web.Tests.Taxii;

namespace Caravan.Web.Tests.Api;

/// <summary>
/// What a hostile partner tried against a running server, each a finding that once worked: claiming another
/// organisation's identity over TAXII, and learning of another organisation's RED text by posting it.
/// </summary>
public sealed class HostilePartnerTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task A_report_posted_over_taxii_belongs_to_the_sender_whatever_identity_it_names()
    {
        using var outsider = TaxiiClients.Basic(server, ServerFixture.Outsider);
        var collection = await outsider.CollectionId(ServerFixture.OutsiderOrganisation + "-green");
        const string Forged = "identity--aaaaaaaa-0000-4000-8000-000000000001";
        var envelope = $$"""
            {"objects": [
              {"type": "identity", "spec_version": "2.1", "id": "{{Forged}}", "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z",
               "name": "kg-cert", "identity_class": "organization"},
              {"type": "report", "spec_version": "2.1", "id": "report--aaaaaaaa-0000-4000-8000-000000000002", "created": "2026-01-01T00:00:00.000Z",
               "modified": "2026-01-01T00:00:00.000Z", "name": "Forged report", "published": "2026-01-01T00:00:00.000Z", "created_by_ref": "{{Forged}}",
               "description": "Unknown men fired on a checkpoint near Kulundu on 2 January 2026, the border service said. forgedword.",
               "object_refs": ["{{Forged}}"], "object_marking_refs": ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]}
            ]}
            """;
        using var content = new StringContent(envelope, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(TaxiiClients.MediaType);

        using var posted = await outsider.PostAsync($"{TaxiiClients.Root}collections/{collection}/objects/", content);
        var hit = (await server.Client.GetFromJsonAsync<JsonElement>("/api/search?q=forgedword"))[0];
        var document = await server.Client.GetFromJsonAsync<JsonElement>("/api/documents/" + hit.GetProperty("document").GetProperty("id").GetString());

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal(ServerFixture.OutsiderOrganisation, document.GetProperty("owner").GetString());
    }

    [Fact]
    public async Task Posting_a_text_another_organisation_holds_as_red_stores_the_posters_own_copy_and_reveals_nothing()
    {
        const string Text = "Two officers were wounded when a grenade was thrown at a police post in Isfana on 9 May 2025, the ministry said. oracleword.";
        using var outsider = new HttpClient { BaseAddress = server.BaseAddress };
        outsider.DefaultRequestHeaders.Add("X-Api-Key", server.OutsiderKey);

        var red = await (await server.Client.PostAsJsonAsync("/api/documents", new { text = Text, tlp = "red" })).Content.ReadFromJsonAsync<JsonElement>();
        using var theirs = await outsider.PostAsJsonAsync("/api/documents", new { text = Text, tlp = "green" });
        var copy = await theirs.Content.ReadFromJsonAsync<JsonElement>();
        using var again = await server.Client.PostAsJsonAsync("/api/documents", new { text = Text, tlp = "red" });

        Assert.Equal((HttpStatusCode.Created, "added"), (theirs.StatusCode, copy.GetProperty("status").GetString()));
        Assert.NotEqual(red.GetProperty("id").GetString(), copy.GetProperty("id").GetString());
        Assert.Equal(ServerFixture.OutsiderOrganisation, (await outsider.GetFromJsonAsync<JsonElement>("/api/documents/" + copy.GetProperty("id").GetString())).GetProperty("owner").GetString());
        // The owner sees its own copy first when it posts the text again.
        Assert.Equal(red.GetProperty("id").GetString(), (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Every_read_that_returns_red_rows_is_audited_once_per_request_with_their_ids()
    {
        const string Text = "Gunmen killed a guard at a customs post near Dostuk on 3 March 2025, the border service said. auditword.";
        var posted = await (await server.Client.PostAsJsonAsync("/api/documents", new { text = Text, tlp = "red" })).Content.ReadFromJsonAsync<JsonElement>();
        var document = posted.GetProperty("id").GetString()!;
        var eventId = (await server.Client.GetFromJsonAsync<JsonElement>("/api/documents/" + document)).GetProperty("events")[0].GetProperty("id").GetInt64();
        var reads = new[]
        {
            "/api/events?limit=1000", "/api/events/export?format=csv&text=dostuk", $"/api/events/{eventId}/history", "/api/search?q=auditword",
            "/api/documents?limit=1000", "/events?text=dostuk",
        };

        foreach (var path in reads)
        {
            var before = AuditEntries().Count;
            using var response = await server.Client.GetAsync(path);
            var added = AuditEntries().Skip(before).Where(e => e.Action == "read" && e.Actor == ServerFixture.Analyst).ToList();

            Assert.True(response.IsSuccessStatusCode, path);
            var entry = Assert.Single(added);
            Assert.Contains(path.Contains("documents", StringComparison.Ordinal) || path.Contains("search", StringComparison.Ordinal) ? "document/" + document : $"event/{eventId}",
                entry.Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_body_of_nul_characters_is_refused_and_stores_nothing()
    {
        var before = (await server.Client.GetFromJsonAsync<JsonElement>("/api/documents?limit=1000")).GetArrayLength();

        using var posted = await server.Client.PostAsJsonAsync("/api/documents", new { text = new string('\0', 5000), fileName = "nul.txt" });

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("no letters or digits", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await server.Client.GetFromJsonAsync<JsonElement>("/api/documents?limit=1000")).GetArrayLength());
    }

    [Fact]
    public async Task A_text_over_the_size_limit_is_refused_with_a_413_that_names_the_limit()
    {
        using var posted = await server.Client.PostAsJsonAsync("/api/documents", new { text = new string('a', (4 * 1024 * 1024) + 1) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, posted.StatusCode);
        Assert.Contains("4 MB", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    public async Task Percent_and_underscore_in_a_text_filter_are_letters_not_wildcards(string typed)
    {
        async Task<JsonElement> Events(string query) => (await server.Client.GetFromJsonAsync<JsonElement>("/api/events?limit=1000" + query)).GetProperty("items");
        var all = await Events("");
        var filtered = await Events("&text=" + Uri.EscapeDataString(typed));
        var byActor = await Events("&actor=" + Uri.EscapeDataString(typed));

        Assert.True(all.GetArrayLength() > 0);
        Assert.All(filtered.EnumerateArray(), e => Assert.Contains(typed, e.GetProperty("evidence").GetString() + e.GetProperty("location"), StringComparison.Ordinal));
        Assert.True(filtered.GetArrayLength() < all.GetArrayLength());
        Assert.Equal(0, byActor.GetArrayLength());
    }

    private List<Core.Audit.AuditEntry> AuditEntries()
    {
        using var store = new Storage.Sqlite.SqliteEventStore(server.Database, Core.Sharing.Reader.Instance);
        return [.. store.AuditEntries(0, 1_000_000)];
    }
}
