using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Caravan.Web.Tests.Api;

/// <summary>Review, search, document lists and sorting through the API, over real HTTP on loopback.</summary>
public sealed class ReviewApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private HttpClient Client => server.Client;

    private async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<JsonElement> FirstEvent(string filter) =>
        (await Json(await Client.GetAsync($"/api/events?{filter}&limit=1"))).GetProperty("items")[0];

    [Fact]
    public async Task What_get_gives_can_be_posted_back_and_only_what_changed_changes()
    {
        var id = (await FirstEvent("review=machine&country=KG")).GetProperty("id").GetInt64();
        var read = (JsonObject)JsonNode.Parse((await Json(await Client.GetAsync($"/api/events/{id}"))).GetRawText())!;
        read["fatalities"] = 5;

        var edited = await Json(await Client.PostAsJsonAsync($"/api/events/{id}/review", new JsonObject { ["action"] = "edit", ["event"] = read.DeepClone() }));

        foreach (var field in new[] { "type", "date", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "actors", "targets", "evidence", "owner", "tlp" })
        {
            Assert.True(JsonNode.DeepEquals(read[field], JsonNode.Parse(edited.GetProperty(field).GetRawText())), $"{field}: {read[field]} became {edited.GetProperty(field)}");
        }

        Assert.Equal((5, "edited"), (edited.GetProperty("fatalities").GetInt32(), edited.GetProperty("review").GetString()));
    }

    [Theory]
    [InlineData("owner", "\"uz-sgb\"", "set by the server")]
    [InlineData("latitude", "\"north\"", "must be a number")]
    [InlineData("colour", "\"red\"", "not a field of an event")]
    [InlineData("actors", "42", "list of names")]
    public async Task A_field_the_server_cannot_take_is_named_in_the_400(string field, string value, string why)
    {
        var id = (await FirstEvent("review=machine")).GetProperty("id").GetInt64();
        using var content = new StringContent($$$"""{"action": "edit", "event": {"{{{field}}}": {{{value}}}}}""", System.Text.Encoding.UTF8, "application/json");

        var problem = await Json(await Client.PostAsync($"/api/events/{id}/review", content), HttpStatusCode.BadRequest);

        Assert.Equal($"Invalid field '{field}'", problem.GetProperty("title").GetString());
        Assert.Contains(why, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnalystConfirmsEditsAndRejectsAndTheHistorySaysWhoDidWhat()
    {
        var e = await FirstEvent("review=machine&type=armed_clash");
        var id = e.GetProperty("id").GetInt64();

        var confirmed = await Json(await Client.PostAsJsonAsync($"/api/events/{id}/review", new { action = "confirm", note = "checked" }));
        var edited = await Json(await Client.PostAsJsonAsync($"/api/events/{id}/review", new
        {
            action = "edit",
            @event = new { type = "attack", date = "1999-08-23", country = "KG", admin1 = "Batken", actors = "Islamic Movement of Uzbekistan", fatalities = 4 },
            note = "an attack, not a clash",
        }));
        var history = await Json(await Client.GetAsync($"/api/events/{id}/history"));

        Assert.Equal(("confirmed", ServerFixture.Analyst), (confirmed.GetProperty("review").GetString(), confirmed.GetProperty("reviewed_by").GetString()));
        Assert.Equal(("attack", 4, "edited"), (edited.GetProperty("type").GetString(), edited.GetProperty("fatalities").GetInt32(), edited.GetProperty("review").GetString()));
        Assert.Equal(e.GetProperty("evidence").GetString(), edited.GetProperty("evidence").GetString());
        Assert.Equal(["confirm", "edit"], history.EnumerateArray().Select(r => r.GetProperty("action").GetString()));
        Assert.Equal("armed_clash", history[1].GetProperty("before").GetProperty("type").GetString());

        await Json(await Client.PostAsJsonAsync($"/api/events/{id}/review", new { action = "reject" }));
        var visible = await Json(await Client.GetAsync("/api/events?limit=1000"));
        Assert.DoesNotContain(visible.GetProperty("items").EnumerateArray(), item => item.GetProperty("id").GetInt64() == id);
    }

    [Fact]
    public async Task BadReviewsAreProblemsAndChangeNothing()
    {
        var id = (await FirstEvent("review=machine")).GetProperty("id").GetInt64();

        var unknownAction = await Client.PostAsJsonAsync($"/api/events/{id}/review", new { action = "approve" });
        var badDate = await Client.PostAsJsonAsync($"/api/events/{id}/review", new { action = "edit", @event = new { type = "attack", date = "last Tuesday" } });
        var missing = await Client.PostAsJsonAsync("/api/events/99999999/review", new { action = "confirm" });

        Assert.Equal(HttpStatusCode.BadRequest, unknownAction.StatusCode);
        Assert.Contains("date", (await Json(badDate, HttpStatusCode.BadRequest)).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("machine", (await Json(await Client.GetAsync($"/api/events/{id}"))).GetProperty("review").GetString());
    }

    [Fact]
    public async Task AnEventAddedByHandMustQuoteItsDocument()
    {
        var document = (await Json(await Client.GetAsync("/api/documents?limit=1")))[0].GetProperty("id").GetString();
        var text = (await Json(await Client.GetAsync($"/api/documents/{document}"))).GetProperty("text").GetString()!;
        var sentence = text.Split(". ")[1] + ".";

        var added = await Json(await Client.PostAsJsonAsync("/api/events", new { document, @event = new { type = "warning", evidence = sentence, note = "missed" } }), HttpStatusCode.Created);
        var unknownDocument = await Client.PostAsJsonAsync("/api/events", new { document = "no-such-document", @event = new { type = "warning", evidence = "x" } });

        Assert.Equal(("manual", sentence), (added.GetProperty("review").GetString(), added.GetProperty("evidence").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknownDocument.StatusCode);
    }

    [Fact]
    public async Task FullTextSearchFindsDocumentsWithMarkedSnippets()
    {
        var hits = await Json(await Client.GetAsync("/api/search?q=Batken"));
        var prefix = await Json(await Client.GetAsync("/api/search?q=Nazarba*"));
        var none = await Json(await Client.GetAsync("/api/search?q=zzzyxw"));

        Assert.True(hits.GetArrayLength() >= 1);
        Assert.Contains("**Batken**", hits[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.True(prefix.GetArrayLength() >= 1);
        Assert.Equal(0, none.GetArrayLength());
    }

    [Fact]
    public async Task EventsSortByFatalitiesAndDocumentsList()
    {
        var sorted = (await Json(await Client.GetAsync("/api/events?sort=fatalities&limit=1000"))).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("fatalities").ValueKind == JsonValueKind.Null ? -1 : e.GetProperty("fatalities").GetInt32()).ToList();
        var documents = await Json(await Client.GetAsync("/api/documents"));

        Assert.Equal(sorted.OrderDescending(), sorted);
        Assert.True(sorted[0] > 0);
        Assert.True(documents.GetArrayLength() >= 5);
    }
}
