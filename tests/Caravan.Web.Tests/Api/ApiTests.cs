using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Caravan.Web.Tests.Api;

/// <summary>The REST API over real HTTP on loopback.</summary>
public sealed class ApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private HttpClient Client => server.Client;

    private async Task<JsonElement> Json(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task EventsFilterAndPage()
    {
        var all = await Json("/api/events?country=KG&limit=1000");
        var page = await Json("/api/events?country=KG&limit=2&offset=1");

        Assert.True(all.GetProperty("count").GetInt32() >= 5);
        Assert.All(all.GetProperty("items").EnumerateArray(), e => Assert.Equal("KG", e.GetProperty("country").GetString()));
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.Equal(all.GetProperty("items")[1].GetProperty("id").GetInt64(), page.GetProperty("items")[0].GetProperty("id").GetInt64());

        var clashes = await Json("/api/events?type=armed_clash&since=2001&until=2001");
        Assert.All(clashes.GetProperty("items").EnumerateArray(), e => Assert.StartsWith("2001", e.GetProperty("date").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/events?since=yesterday", "since")]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/events?limit=abc", "limit")]
    [InlineData("/api/events?type=picnic", "type")]
    [InlineData("/api/entities?type=ALIEN", "type")]
    [InlineData("/api/events?sort=loudest", "sort")]
    [InlineData("/api/events?review=maybe", "review")]
    [InlineData("/api/search?q=", "q")]
    public async Task BadInputIsAProblemNamingTheParameter(string url, string parameter)
    {
        var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(parameter, problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportsAreCsvAndGeoJson()
    {
        var csv = await Client.GetStringAsync("/api/events/export?format=csv&country=KG");
        var geo = JsonDocument.Parse(await Client.GetStringAsync("/api/events/export?format=geojson")).RootElement;

        Assert.StartsWith("event_id,event_date,date_precision,event_type", csv, StringComparison.Ordinal);
        Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
        Assert.True(geo.GetProperty("features").GetArrayLength() > 5);
    }

    [Fact]
    public async Task APastedTextIsIngestedOnceAndCanBeRead()
    {
        var body = new { text = "Publication: test\n\nOn July 25-26, gunmen attacked a military outpost in the Batken Region, killing two soldiers.", fileName = "paste.txt" };

        var first = await Client.PostAsJsonAsync("/api/documents", body);
        var second = await Client.PostAsJsonAsync("/api/documents", body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var id = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        var document = await Json($"/api/documents/{id}");
        Assert.Equal("Batken", document.GetProperty("events")[0].GetProperty("admin1").GetString());
        Assert.Equal(2, document.GetProperty("events")[0].GetProperty("fatalities").GetInt32());
    }

    [Fact]
    public async Task AnEmptyTextOrUnknownDocumentIsAClearError()
    {
        var empty = await Client.PostAsJsonAsync("/api/documents", new { text = "   " });
        var missing = await Client.GetAsync("/api/documents/nothing-like-it");

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task EntitiesAreSearchable()
    {
        var found = await Json("/api/entities?search=Nazarba");

        var entity = Assert.Single(found.EnumerateArray());
        Assert.Equal("Nursultan Nazarbayev", entity.GetProperty("name").GetString());
        Assert.Equal(entity.GetProperty("name").GetString(), (await Json($"/api/entities/{entity.GetProperty("id").GetInt64()}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task TheApiDescribesItselfAndSetsSecurityHeaders()
    {
        var response = await Client.GetAsync("/api/openapi.json");
        var description = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.True(description.GetProperty("paths").TryGetProperty("/api/events", out _));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task IngestingWhileServingLosesNothingAndFailsNoRead()
    {
        var writes = Enumerable.Range(0, 20).Select(i => Client.PostAsJsonAsync("/api/documents",
            new { text = $"Publication: test\n\nOn March {i + 1}, gunmen attacked a checkpoint in Osh, killing {i + 1} soldiers (report {i}).", fileName = $"concurrent-{i}.txt" }));
        var reads = Enumerable.Range(0, 40).Select(_ => Client.GetAsync("/api/events?country=KG&limit=1000"));

        var responses = await Task.WhenAll(writes.Concat(reads));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, $"{r.RequestMessage?.Method} {r.RequestMessage?.RequestUri} gave {(int)r.StatusCode}"));
        var osh = await Json("/api/events?text=report&limit=1000");
        Assert.Equal(20, osh.GetProperty("items").EnumerateArray().Count(e => e.GetProperty("evidence").GetString()!.Contains("(report ", StringComparison.Ordinal)));
    }
}
