using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Caravan.Web.Tests.Taxii;

/// <summary>
/// The TAXII 2.1 server against the specification (OASIS Standard, 10 June 2021), section by section, over
/// real HTTP with HTTP Basic credentials of users made the way `caravan users add` makes them.
/// </summary>
public sealed class TaxiiConformanceTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Root = TaxiiClients.Root;

    private static readonly Guid AnyUuid = Guid.Empty;

    /// <summary>An AMBER and a RED report of the analyst's organisation, posted once (posting again changes nothing).</summary>
    private async Task Seed()
    {
        foreach (var (tlp, text) in new[]
        {
            ("amber", "Police in Jalal-Abad detained four suspects on 2 May 2024, the ministry said; amberword case."),
            ("red", "An informant in Talas reported a planned attack on 9 May 2024; redword case."),
        })
        {
            using var posted = await server.Client.PostAsJsonAsync("/api/documents", new { text, fileName = $"taxii-{tlp}.txt", tlp });
            Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
        }
    }

    // 1.6.8 Media types; 3.2 Content negotiation

    [Theory]
    [InlineData("/taxii2/")]
    [InlineData(Root)]
    [InlineData(Root + "collections/")]
    [InlineData(Root + "collections/local-green/")]
    [InlineData(Root + "collections/local-green/objects/")]
    [InlineData(Root + "collections/local-green/manifest/")]
    [InlineData(Root + "collections/no-such-collection/")]
    public async Task Sec_1_6_8_every_answer_is_in_the_taxii_media_type(string url)
    {
        using var client = TaxiiClients.Basic(server, ServerFixture.Analyst);
        using var response = await client.GetAsync(url);

        Assert.Equal(TaxiiClients.MediaType, response.Content.Headers.ContentType?.ToString().Replace(" ", "", StringComparison.Ordinal));
        JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("application/taxii+json;version=2.1", HttpStatusCode.OK)]
    [InlineData("application/taxii+json", HttpStatusCode.OK)]
    [InlineData("*/*", HttpStatusCode.OK)]
    [InlineData("application/taxii+json;version=2.0", HttpStatusCode.NotAcceptable)]
    [InlineData("application/json", HttpStatusCode.NotAcceptable)]
    [InlineData("text/html", HttpStatusCode.NotAcceptable)]
    public async Task Sec_3_2_the_accept_header_is_honoured(string accept, HttpStatusCode expected)
    {
        using var client = TaxiiClients.Basic(server, ServerFixture.Analyst);
        client.DefaultRequestHeaders.Accept.Clear();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", accept);

        using var response = await client.GetAsync(Root + "collections/");

        Assert.Equal(expected, response.StatusCode);
    }

    // 1.6.5 Authentication

    [Fact]
    public async Task Sec_1_6_5_requests_without_or_with_wrong_credentials_are_refused_with_an_error_resource()
    {
        using var anonymous = new HttpClient { BaseAddress = server.BaseAddress };
        using var wrong = TaxiiClients.Basic(server, ServerFixture.Analyst, "not the password");

        foreach (var client in new[] { anonymous, wrong })
        {
            using var response = await client.GetAsync(Root + "collections/");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("Basic", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
            var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("401", error.GetProperty("http_status").GetString());
            Assert.False(string.IsNullOrEmpty(error.GetProperty("title").GetString()));
        }
    }

    [Fact]
    public async Task Sec_1_6_5_an_api_key_works_as_well_as_basic()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", server.ViewerKey);

        using var response = await client.GetAsync(Root + "collections/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    // 4.1 Server discovery; 4.2 API root information

    [Fact]
    public async Task Sec_4_1_discovery_names_api_roots_that_answer_with_their_information()
    {
        using var client = TaxiiClients.Basic(server, ServerFixture.Viewer);
        var discovery = await client.Json("/taxii2/");

        Assert.False(string.IsNullOrEmpty(discovery.GetProperty("title").GetString()));
        var roots = discovery.GetProperty("api_roots").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.NotEmpty(roots);
        Assert.Contains(discovery.GetProperty("default").GetString(), roots);
        foreach (var root in roots)
        {
            var url = new Uri(root);
            Assert.True(url.IsAbsoluteUri && url.AbsolutePath.EndsWith('/'), root);
            var information = await client.Json(url.AbsolutePath);
            Assert.False(string.IsNullOrEmpty(information.GetProperty("title").GetString()));
            Assert.Contains(TaxiiClients.MediaType, information.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
            Assert.True(information.GetProperty("max_content_length").GetInt32() > 0);
        }
    }

    [Fact]
    public async Task Sec_4_2_an_unknown_api_root_is_not_found()
    {
        using var client = TaxiiClients.Basic(server, ServerFixture.Viewer);
        using var response = await client.GetAsync("/taxii2/elsewhere/collections/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("404", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("http_status").GetString());
    }

    // 5.1 Get collections; 5.2 Get a collection

    [Fact]
    public async Task Sec_5_1_collections_have_the_required_properties_and_the_users_permissions()
    {
        await Seed();
        using var analyst = TaxiiClients.Basic(server, ServerFixture.Analyst);
        using var viewer = TaxiiClients.Basic(server, ServerFixture.Viewer);
        using var outsider = TaxiiClients.Basic(server, ServerFixture.Outsider);

        async Task<Dictionary<string, JsonElement>> Collections(HttpClient client) =>
            (await client.Json(Root + "collections/")).GetProperty("collections").EnumerateArray().ToDictionary(c => c.GetProperty("alias").GetString()!);

        var mine = await Collections(analyst);
        foreach (var c in mine.Values)
        {
            Assert.True(Guid.TryParse(c.GetProperty("id").GetString(), out _));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("title").GetString()));
            Assert.Equal(["application/stix+json;version=2.1"], c.GetProperty("media_types").EnumerateArray().Select(m => m.GetString()));
            Assert.Equal(JsonValueKind.True, c.GetProperty("can_read").ValueKind);
        }

        Assert.True(mine["kg-cert-amber"].GetProperty("can_write").GetBoolean());
        Assert.False(mine["local-green"].GetProperty("can_write").GetBoolean());
        Assert.DoesNotContain(mine.Keys, alias => alias.EndsWith("-red", StringComparison.Ordinal));
        Assert.False((await Collections(viewer))["kg-cert-amber"].GetProperty("can_write").GetBoolean());
        var theirs = await Collections(outsider);
        Assert.Contains("kg-cert-green", theirs.Keys);
        Assert.DoesNotContain("kg-cert-amber", theirs.Keys);
        Assert.DoesNotContain("kg-cert-amber-strict", theirs.Keys);
    }

    [Fact]
    public async Task Sec_5_2_a_collection_is_found_by_id_and_an_unknown_or_forbidden_one_is_not()
    {
        await Seed();
        using var analyst = TaxiiClients.Basic(server, ServerFixture.Analyst);
        using var outsider = TaxiiClients.Basic(server, ServerFixture.Outsider);
        var id = await analyst.CollectionId("kg-cert-amber");

        var collection = await analyst.Json($"{Root}collections/{id}/");
        using var unknown = await analyst.GetAsync($"{Root}collections/{AnyUuid}/");
        using var forbidden = await outsider.GetAsync($"{Root}collections/{id}/objects/");

        Assert.Equal("kg-cert-amber", collection.GetProperty("alias").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forbidden.StatusCode);
    }

    // 5.3 Get object manifests; 5.4 Get objects; 3.4 Filtering and pagination

    [Fact]
    public async Task Sec_5_4_paging_with_limit_and_next_returns_every_object_once_in_order()
    {
        using var client = TaxiiClients.Basic(server, ServerFixture.Viewer);
        var id = await client.CollectionId("local-green");

        var whole = await client.AllObjects(id, 10_000);
        var paged = await client.AllObjects(id, 7);

        Assert.True(whole.Count > 200, $"{whole.Count} objects");
        Assert.Equal(whole.Select(o => o.GetProperty("id").GetString()), paged.Select(o => o.GetProperty("id").GetString()));
        Assert.Equal(whole.Count, whole.Select(o => o.GetProperty("id").GetString()).Distinct().Count());
        Assert.Contains(whole, o => o.GetProperty("type").GetString() == "report");
        Assert.Contains(whole, o => o.GetProperty("type").GetString() == "incident");
    }

    [Fact]
    public async Task Sec_5_4_date_added_headers_bound_the_page_and_added_after_returns_only_later_objects()
    {
        using var client = TaxiiClients.Basic(server, ServerFixture.Viewer);
        var id = await client.CollectionId("local-green");

        using var first = await client.GetAsync($"{Root}collections/{id}/objects/?limit=50");
        var firstAdded = first.Headers.GetValues("X-TAXII-Date-Added-First").Single();
        var lastAdded = first.Headers.GetValues("X-TAXII-Date-Added-Last").Single();
        var manifest = await client.Json($"{Root}collections/{id}/manifest/?limit=50");
        var dates = manifest.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("date_added").GetString()!).ToList();
        var later = await client.AllObjects(id, 1000, "&added_after=" + Uri.EscapeDataString(lastAdded));
        var all = await client.AllObjects(id, 1000);

        Assert.Equal(firstAdded, dates[0]);
        Assert.Equal(lastAdded, dates[^1]);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        var manifestAll = await ManifestDates(client, id);
        Assert.Equal(manifestAll.Count(d => string.CompareOrdinal(d, lastAdded) > 0), later.Count);
        Assert.True(later.Count < all.Count);
    }

    private static async Task<List<string>> ManifestDates(HttpClient client, string id) =>
        [.. (await client.Json($"{Root}collections/{id}/manifest/?limit=10000")).GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("date_added").GetString()!)];

    [Fact]
    public async Task Sec_5_3_the_manifest_lists_each_object_with_its_version_and_media_type()
    {
        using var client = TaxiiClients.Basic(server, ServerFixture.Viewer);
        var id = await client.CollectionId("local-green");

        var manifest = (await client.Json($"{Root}collections/{id}/manifest/?limit=10000")).GetProperty("objects").EnumerateArray().ToList();
        var objects = await client.AllObjects(id, 10_000);

        Assert.Equal(objects.Select(o => o.GetProperty("id").GetString()), manifest.Select(m => m.GetProperty("id").GetString()));
        foreach (var (record, o) in manifest.Zip(objects))
        {
            Assert.Equal("application/stix+json;version=2.1", record.GetProperty("media_type").GetString());
            var modified = DateTimeOffset.Parse((o.TryGetProperty("modified", out var m) ? m : o.GetProperty("created")).GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(modified, DateTimeOffset.Parse(record.GetProperty("version").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task Sec_3_4_match_type_and_id_select_and_combine()
    {
        using var client = TaxiiClients.Basic(server, ServerFixture.Viewer);
        var id = await client.CollectionId("local-green");

        var reports = await client.AllObjects(id, 1000, "&match[type]=report");
        var reportsAndLocations = await client.AllObjects(id, 1000, "&match[type]=report,location");
        var two = reports.Take(2).Select(r => r.GetProperty("id").GetString()!).ToList();
        var byId = await client.AllObjects(id, 1000, "&match[id]=" + string.Join(",", two));
        var none = await client.AllObjects(id, 1000, "&match[type]=report&match[id]=" + (await client.AllObjects(id, 1000, "&match[type]=location"))[0].GetProperty("id").GetString());

        Assert.Equal(5, reports.Count);
        Assert.All(reports, r => Assert.Equal("report", r.GetProperty("type").GetString()));
        Assert.True(reportsAndLocations.Count > reports.Count);
        Assert.All(reportsAndLocations, r => Assert.Contains(r.GetProperty("type").GetString(), new[] { "report", "location" }));
        Assert.Equal(two.Order(StringComparer.Ordinal), byId.Select(o => o.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.Empty(none);
    }

    [Fact]
    public async Task Sec_3_4_match_spec_version_filters_and_bad_parameters_are_refused()
    {
        using var client = TaxiiClients.Basic(server, ServerFixture.Viewer);
        var id = await client.CollectionId("local-green");

        Assert.Empty(await client.AllObjects(id, 1000, "&match[spec_version]=2.0"));
        Assert.NotEmpty(await client.AllObjects(id, 1000, "&match[spec_version]=2.1"));
        foreach (var bad in new[] { "limit=0", "limit=ten", "added_after=yesterday", "next=not-a-token", "match[version]=latest" })
        {
            using var response = await client.GetAsync($"{Root}collections/{id}/objects/?{bad}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("400", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("http_status").GetString());
        }
    }

    // 5.5 Add objects; 4.3 Get status

    [Fact]
    public async Task Sec_5_5_an_envelope_is_added_object_by_object_with_a_status_resource()
    {
        using var analyst = TaxiiClients.Basic(server, ServerFixture.Analyst);
        var id = await analyst.CollectionId("kg-cert-green");
        var indicator = Indicator("11111111-1111-4111-8111-111111111111", "2026-03-01T00:00:00.000Z");
        var red = Indicator("22222222-2222-4222-8222-222222222222", "2026-03-01T00:00:00.000Z", "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");
        var old = """{"type":"indicator","id":"indicator--33333333-3333-4333-8333-333333333333","created":"2016-01-01T00:00:00Z","modified":"2016-01-01T00:00:00Z"}""";

        var status = await Post(analyst, id, $$"""{"objects":[{{indicator}},{{red}},{{old}}]}""", HttpStatusCode.Accepted);

        Assert.Equal("complete", status.GetProperty("status").GetString());
        Assert.Equal((3, 1, 2, 0), (status.GetProperty("total_count").GetInt32(), status.GetProperty("success_count").GetInt32(),
            status.GetProperty("failure_count").GetInt32(), status.GetProperty("pending_count").GetInt32()));
        var failures = status.GetProperty("failures").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("message").GetString()!);
        Assert.Contains("TLP:RED", failures["indicator--22222222-2222-4222-8222-222222222222"], StringComparison.Ordinal);
        Assert.Contains("spec_version", failures["indicator--33333333-3333-4333-8333-333333333333"], StringComparison.Ordinal);
        var again = await analyst.Json($"{Root}status/{status.GetProperty("id").GetString()}/");
        Assert.Equal(status.GetRawText(), again.GetRawText());
        var stored = await analyst.Json($"{Root}collections/{id}/objects/indicator--11111111-1111-4111-8111-111111111111/");
        Assert.Equal("[IPv4-Addr:value = '198.51.100.1']", stored.GetProperty("objects")[0].GetProperty("pattern").GetString());

        var repeated = await Post(analyst, id, $$"""{"objects":[{{indicator}}]}""", HttpStatusCode.Accepted);
        Assert.Equal("already in the collection", repeated.GetProperty("successes")[0].GetProperty("message").GetString());
        Assert.Single((await analyst.Json($"{Root}collections/{id}/objects/indicator--11111111-1111-4111-8111-111111111111/versions/")).GetProperty("versions").EnumerateArray());
    }

    [Fact]
    public async Task Sec_5_5_writes_need_the_taxii_media_type_and_can_write()
    {
        using var analyst = TaxiiClients.Basic(server, ServerFixture.Analyst);
        using var viewer = TaxiiClients.Basic(server, ServerFixture.Viewer);
        var id = await analyst.CollectionId("kg-cert-green");
        var local = await analyst.CollectionId("local-green");
        var body = $$"""{"objects":[{{Indicator("44444444-4444-4444-8444-444444444444", "2026-03-01T00:00:00.000Z")}}]}""";

        using var asJson = await analyst.PostAsync($"{Root}collections/{id}/objects/", new StringContent(body, Encoding.UTF8, "application/json"));
        await Post(viewer, id, body, HttpStatusCode.Forbidden);
        await Post(analyst, local, body, HttpStatusCode.Forbidden);
        await Post(analyst, id, "{\"objects\": [", HttpStatusCode.BadRequest);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, asJson.StatusCode);
    }

    [Fact]
    public async Task Sec_5_5_an_amber_object_is_refused_by_a_green_collection_and_taken_by_an_amber_one()
    {
        using var analyst = TaxiiClients.Basic(server, ServerFixture.Analyst);
        var amber = Indicator("55555555-5555-4555-8555-555555555555", "2026-03-01T00:00:00.000Z", "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421");

        var green = await Post(analyst, await analyst.CollectionId("kg-cert-green"), $$"""{"objects":[{{amber}}]}""", HttpStatusCode.Accepted);
        var taken = await Post(analyst, await analyst.CollectionId("kg-cert-amber"), $$"""{"objects":[{{amber}}]}""", HttpStatusCode.Accepted);

        Assert.Equal(1, green.GetProperty("failure_count").GetInt32());
        Assert.Equal(1, taken.GetProperty("success_count").GetInt32());
    }

    // 5.6 Get an object; 5.7 Delete an object; 5.8 Get object versions

    [Fact]
    public async Task Sec_5_6_to_5_8_versions_of_one_object_are_listed_fetched_and_deleted()
    {
        using var analyst = TaxiiClients.Basic(server, ServerFixture.Analyst);
        var id = await analyst.CollectionId("kg-cert-green");
        const string Uuid = "66666666-6666-4666-8666-666666666666";
        const string ObjectId = "indicator--" + Uuid;
        foreach (var modified in new[] { "2026-03-01T00:00:00.000Z", "2026-03-03T00:00:00.000Z", "2026-03-02T00:00:00.000Z" })
        {
            await Post(analyst, id, $$"""{"objects":[{{Indicator(Uuid, modified)}}]}""", HttpStatusCode.Accepted);
        }

        string[] Modified(JsonElement envelope) => [.. envelope.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("modified").GetString()!).Order(StringComparer.Ordinal)];
        var versions = (await analyst.Json($"{Root}collections/{id}/objects/{ObjectId}/versions/")).GetProperty("versions").EnumerateArray().Select(v => v.GetString()!).ToList();
        Assert.Equal(3, versions.Count);
        Assert.Equal(["2026-03-03T00:00:00.000Z"], Modified(await analyst.Json($"{Root}collections/{id}/objects/{ObjectId}/")));
        Assert.Equal(["2026-03-01T00:00:00.000Z"], Modified(await analyst.Json($"{Root}collections/{id}/objects/{ObjectId}/?match[version]=first")));
        Assert.Equal(3, Modified(await analyst.Json($"{Root}collections/{id}/objects/{ObjectId}/?match[version]=all")).Length);
        Assert.Equal(["2026-03-02T00:00:00.000Z"], Modified(await analyst.Json($"{Root}collections/{id}/objects/{ObjectId}/?match[version]=2026-03-02T00:00:00Z")));
        Assert.Single((await analyst.Json($"{Root}collections/{id}/manifest/?match[id]={ObjectId}")).GetProperty("objects").EnumerateArray());
        using (var versionFilter = await analyst.GetAsync($"{Root}collections/{id}/objects/{ObjectId}/versions/?match[version]=all"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, versionFilter.StatusCode);
        }

        using var deleteFirst = await analyst.DeleteAsync($"{Root}collections/{id}/objects/{ObjectId}/?match[version]=first");
        Assert.Equal(HttpStatusCode.OK, deleteFirst.StatusCode);
        Assert.Equal(2, (await analyst.Json($"{Root}collections/{id}/objects/{ObjectId}/versions/")).GetProperty("versions").GetArrayLength());
        using var deleteAll = await analyst.DeleteAsync($"{Root}collections/{id}/objects/{ObjectId}/");
        Assert.Equal(HttpStatusCode.OK, deleteAll.StatusCode);
        using var gone = await analyst.GetAsync($"{Root}collections/{id}/objects/{ObjectId}/");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Sec_5_7_a_viewer_may_not_delete()
    {
        using var viewer = TaxiiClients.Basic(server, ServerFixture.Viewer);
        var id = await viewer.CollectionId("local-green");
        var report = (await viewer.AllObjects(id, 1000, "&match[type]=report"))[0].GetProperty("id").GetString();

        using var response = await viewer.DeleteAsync($"{Root}collections/{id}/objects/{report}/");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    // Markings across the whole server

    [Fact]
    public async Task Red_never_leaves_and_amber_reaches_only_its_owner_and_partners()
    {
        await Seed();
        using var analyst = TaxiiClients.Basic(server, ServerFixture.Analyst);
        using var outsider = TaxiiClients.Basic(server, ServerFixture.Outsider);

        var owners = await analyst.EverythingReadable();
        var others = await outsider.EverythingReadable();

        Assert.Contains("amberword", owners, StringComparison.Ordinal);
        Assert.DoesNotContain("redword", owners, StringComparison.Ordinal);
        Assert.DoesNotContain("amberword", others, StringComparison.Ordinal);
        Assert.DoesNotContain("redword", others, StringComparison.Ordinal);
        Assert.DoesNotContain("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", owners + others, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_an_amber_collection_is_audited()
    {
        await Seed();
        using var analyst = TaxiiClients.Basic(server, ServerFixture.Analyst);
        await analyst.AllObjects(await analyst.CollectionId("kg-cert-amber"), 1000);

        using var store = new Storage.Sqlite.SqliteEventStore(server.Database, Core.Sharing.Reader.Instance);
        var entries = store.AuditEntries(0, 100_000);
        Assert.Contains(entries, e => e.Action == "read" && e.Actor == ServerFixture.Analyst && e.Object!.StartsWith("taxii/kg-cert-amber", StringComparison.Ordinal));
    }

    private static string Indicator(string uuid, string modified, string? marking = null) =>
        $$"""
        {"type":"indicator","spec_version":"2.1","id":"indicator--{{uuid}}","created":"2026-03-01T00:00:00.000Z","modified":"{{modified}}",
         "pattern":"[IPv4-Addr:value = '198.51.100.1']","pattern_type":"stix","valid_from":"2026-03-01T00:00:00Z"{{(marking is null ? "" : $",\"object_marking_refs\":[\"{marking}\"]")}}}
        """;

    private static async Task<JsonElement> Post(HttpClient client, string collection, string body, HttpStatusCode expected)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(TaxiiClients.MediaType);
        using var response = await client.PostAsync($"{Root}collections/{collection}/objects/", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal(TaxiiClients.MediaType, response.Content.Headers.ContentType?.ToString().Replace(" ", "", StringComparison.Ordinal));
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
