using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Caravan.Core.Dates;
using Caravan.Core.Documents;
using Caravan.Core.Entities;
using Caravan.Core.Events;
using Caravan.Core.Places;

namespace Caravan.Core.Evaluation;

/// <summary>Reads and writes the annotation format of GOLD-FORMAT.md (doc, entities, events).</summary>
public static class GoldFormat
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(DocumentExtraction extraction)
    {
        var metadata = extraction.Metadata;
        var root = new JsonObject
        {
            ["doc"] = new JsonObject
            {
                ["file"] = metadata.File,
                ["title"] = metadata.Title,
                ["published"] = metadata.Published?.ToString(),
                ["outlet"] = metadata.Outlet,
            },
            ["entities"] = new JsonArray([.. extraction.Entities.Select(ToJson)]),
            ["events"] = new JsonArray([.. extraction.Events.Select(ToJson)]),
        };
        return root.ToJsonString(WriteOptions);
    }

    public static DocumentExtraction Parse(string json, string sourceName)
    {
        JsonNode root;
        try
        {
            root = JsonNode.Parse(json) ?? throw new GoldFormatException(sourceName, "the file is empty");
        }
        catch (JsonException e)
        {
            throw new GoldFormatException(sourceName, $"invalid JSON at line {e.LineNumber + 1}: {e.Message}");
        }

        var doc = root["doc"] ?? throw new GoldFormatException(sourceName, "no \"doc\" object");
        var published = (string?)doc["published"];
        var metadata = new DocumentMetadata(
            (string?)doc["file"] ?? sourceName,
            (string?)doc["title"],
            PartialDate.TryParse(published, out var date) ? date : null,
            (string?)doc["outlet"]);
        var entities = (root["entities"]?.AsArray() ?? []).Select((node, i) => ParseEntity(node!, sourceName, i)).ToList();
        var events = (root["events"]?.AsArray() ?? []).Select((node, i) => ParseEvent(node!, sourceName, i)).ToList();
        return new DocumentExtraction(metadata, string.Empty, entities, events);
    }

    private static JsonObject ToJson(Entity entity) => new()
    {
        ["name"] = entity.Name,
        ["type"] = entity.Type.ToWireName(),
        ["aliases"] = new JsonArray([.. entity.Aliases.Select(alias => (JsonNode?)JsonValue.Create(alias))]),
    };

    private static JsonObject ToJson(ExtractedEvent e) => new()
    {
        ["type"] = e.Type.ToWireName(),
        ["date"] = e.Date?.ToString(),
        ["date_end"] = e.DateEnd?.ToString(),
        ["country"] = e.Place.Country,
        ["admin1"] = e.Place.Admin1,
        ["location"] = e.Place.Location,
        ["actors"] = new JsonArray([.. e.Actors.Select(a => (JsonNode?)JsonValue.Create(a))]),
        ["targets"] = new JsonArray([.. e.Targets.Select(t => (JsonNode?)JsonValue.Create(t))]),
        ["fatalities"] = e.Fatalities,
        ["injured"] = e.Injured,
        ["arrested"] = e.Arrested,
        ["evidence"] = e.Evidence,
    };

    private static Entity ParseEntity(JsonNode node, string source, int index)
    {
        var name = (string?)node["name"] ?? throw new GoldFormatException(source, $"entities[{index}] has no name");
        if (!EntityTypes.TryParse((string?)node["type"], out var type))
        {
            throw new GoldFormatException(source, $"entities[{index}] has unknown type '{(string?)node["type"]}'");
        }

        var aliases = node["aliases"]?.AsArray().Select(a => (string?)a).OfType<string>().ToList() ?? [];
        return new Entity(name, type, aliases);
    }

    private static ExtractedEvent ParseEvent(JsonNode node, string source, int index)
    {
        var typeName = (string?)node["type"];
        if (!EventTypes.TryParse(typeName, out var type))
        {
            throw new GoldFormatException(source, $"events[{index}] has unknown type '{typeName}'");
        }

        return new ExtractedEvent
        {
            Type = type,
            Date = ParseDate(node["date"], source, index),
            DateEnd = ParseDate(node["date_end"], source, index),
            Place = new PlaceReference((string?)node["country"], (string?)node["admin1"], (string?)node["location"], null, null, GeoPrecision.None),
            Actors = StringList(node["actors"]),
            Targets = StringList(node["targets"]),
            Fatalities = ParseCount(node["fatalities"]),
            Injured = ParseCount(node["injured"]),
            Arrested = ParseCount(node["arrested"]),
            Evidence = (string?)node["evidence"] ?? string.Empty,
        };
    }

    private static PartialDate? ParseDate(JsonNode? node, string source, int index)
    {
        var text = (string?)node;
        if (text is null)
        {
            return null;
        }

        return PartialDate.TryParse(text, out var date)
            ? date
            : throw new GoldFormatException(source, $"events[{index}] has a date '{text}' that is not YYYY[-MM[-DD]] or --MM[-DD]");
    }

    private static int? ParseCount(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.Number => node.GetValue<int>(),
        JsonValueKind.String when int.TryParse((string?)node, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static List<string> StringList(JsonNode? node) =>
        node?.AsArray().Select(a => (string?)a).OfType<string>().ToList() ?? [];
}
