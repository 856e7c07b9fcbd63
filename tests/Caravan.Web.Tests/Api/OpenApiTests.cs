using System.Net;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace Caravan.Web.Tests.Api;

/// <summary>The served OpenAPI document names the filters, the answers' shapes and the security schemes, and real answers fit it.</summary>
public sealed class OpenApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private async Task<JsonObject> Description() =>
        JsonNode.Parse(await server.Client.GetStringAsync("/api/openapi.json"))!.AsObject();

    [Fact]
    public async Task The_events_operation_lists_its_filters_and_both_security_schemes_are_declared()
    {
        var description = await Description();

        var parameters = description["paths"]!["/api/events"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToList();
        Assert.Superset(new HashSet<string> { "country", "admin1", "type", "since", "until", "actor", "text", "review", "sort", "limit", "offset" }, parameters.ToHashSet());
        var type = description["paths"]!["/api/events"]!["get"]!["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "type");
        Assert.Contains("armed_clash", type!["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        var schemes = description["components"]!["securitySchemes"]!.AsObject();
        Assert.Equal(("apiKey", "header", "X-Api-Key"), (schemes["apiKey"]!["type"]!.GetValue<string>(), schemes["apiKey"]!["in"]!.GetValue<string>(), schemes["apiKey"]!["name"]!.GetValue<string>()));
        Assert.Equal(("http", "basic"), (schemes["basic"]!["type"]!.GetValue<string>(), schemes["basic"]!["scheme"]!.GetValue<string>()));
        Assert.Equal(2, description["security"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("/api/events?limit=50")]
    [InlineData("/api/events?country=Kyrgyzstan&sort=-date")]
    [InlineData("/api/events?type=armed_clash&since=1999")]
    public async Task Real_answers_fit_the_schema_the_document_gives(string url)
    {
        var schema = await SchemaOf("/api/events", "200", "application/json");
        var response = await server.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();

        var errors = schema.Validate(body);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
        Assert.True(JsonNode.Parse(body)!["count"]!.GetValue<int>() > 0, $"{url} gave no events to check");
    }

    [Fact]
    public async Task A_wrong_answer_does_not_fit_it()
    {
        var schema = await SchemaOf("/api/events", "200", "application/json");

        Assert.NotEmpty(schema.Validate("""{"limit":1,"offset":0,"count":1,"items":[{"id":"seven","type":"picnic"}]}"""));
    }

    [Fact]
    public async Task A_bad_filter_answers_the_problem_shape_the_document_gives()
    {
        var schema = await SchemaOf("/api/events", "400", "application/problem+json");
        var response = await server.Client.GetAsync("/api/events?since=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(schema.Validate(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>An operation's answer schema as a standalone JSON Schema: the document's components come along so its references resolve.</summary>
    private async Task<JsonSchema> SchemaOf(string path, string status, string mediaType)
    {
        var description = await Description();
        var root = description["paths"]![path]!["get"]!["responses"]![status]!["content"]![mediaType]!["schema"]!.DeepClone().AsObject();
        if (root["$ref"] is { } reference)
        {
            root = description["components"]!["schemas"]![reference.GetValue<string>().Split('/')[^1]]!.DeepClone().AsObject();
        }

        root["components"] = description["components"]!.DeepClone();
        return await JsonSchema.FromJsonAsync(root.ToJsonString());
    }
}
