using System.Text.Json.Nodes;
using Caravan.Core.Events;
using Caravan.Core.Review;
using Microsoft.OpenApi;

namespace Caravan.Web.OpenApi;

/// <summary>The JSON shapes the API writes by hand (Storage/Export/EventJson), as OpenAPI schemas.</summary>
internal static class Schemas
{
    public static OpenApiSchema Event() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An event as extracted or as an analyst left it, with its source and evidence sentence.",
        Required = new HashSet<string> { "id", "document_id", "type", "evidence", "review", "tlp", "owner" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["id"] = Of(JsonSchemaType.Integer),
            ["document_id"] = Of(JsonSchemaType.String),
            ["source"] = Of(JsonSchemaType.String),
            ["outlet"] = Nullable(JsonSchemaType.String),
            ["type"] = Enumeration(EventTypes.All.Select(t => t.ToWireName())),
            ["date"] = Nullable(JsonSchemaType.String, "YYYY, YYYY-MM, YYYY-MM-DD, --MM or --MM-DD"),
            ["date_end"] = Nullable(JsonSchemaType.String),
            ["date_precision"] = Nullable(JsonSchemaType.String),
            ["country"] = Nullable(JsonSchemaType.String, "ISO 3166-1 alpha-2"),
            ["admin1"] = Nullable(JsonSchemaType.String),
            ["location"] = Nullable(JsonSchemaType.String),
            ["latitude"] = Nullable(JsonSchemaType.Number),
            ["longitude"] = Nullable(JsonSchemaType.Number),
            ["geo_precision"] = Of(JsonSchemaType.String),
            ["actors"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Of(JsonSchemaType.String) },
            ["targets"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Of(JsonSchemaType.String) },
            ["fatalities"] = Nullable(JsonSchemaType.Integer),
            ["injured"] = Nullable(JsonSchemaType.Integer),
            ["arrested"] = Nullable(JsonSchemaType.Integer),
            ["evidence"] = Of(JsonSchemaType.String, "The sentence of the source that reports the event."),
            ["confidence"] = Of(JsonSchemaType.Number),
            ["review"] = Enumeration(ReviewStates.All.Select(s => s.ToWireName())),
            ["tlp"] = Enumeration(["clear", "green", "amber", "amber+strict", "red"]),
            ["owner"] = Of(JsonSchemaType.String),
            ["reviewed_by"] = Nullable(JsonSchemaType.String),
            ["reviewed_at"] = Nullable(JsonSchemaType.String),
        },
    };

    public static OpenApiSchema Page(IOpenApiSchema item) => new()
    {
        Type = JsonSchemaType.Object,
        Required = new HashSet<string> { "limit", "offset", "count", "items" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["limit"] = Of(JsonSchemaType.Integer),
            ["offset"] = Of(JsonSchemaType.Integer),
            ["count"] = Of(JsonSchemaType.Integer, "Events on this page."),
            ["items"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = item },
        },
    };

    public static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details.",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Of(JsonSchemaType.String),
            ["title"] = Of(JsonSchemaType.String),
            ["status"] = Of(JsonSchemaType.Integer),
            ["detail"] = Of(JsonSchemaType.String),
        },
    };

    private static OpenApiSchema Of(JsonSchemaType type, string? description = null) => new() { Type = type, Description = description };

    private static OpenApiSchema Nullable(JsonSchemaType type, string? description = null) => new() { Type = type | JsonSchemaType.Null, Description = description };

    public static OpenApiSchema Enumeration(IEnumerable<string> values) =>
        new() { Type = JsonSchemaType.String, Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))] };
}
