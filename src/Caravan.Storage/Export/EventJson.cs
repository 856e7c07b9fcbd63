using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Caravan.Core.Events;
using Caravan.Core.Review;

namespace Caravan.Storage.Export;

/// <summary>Events as a JSON array and as a GeoJSON FeatureCollection (events without coordinates are left out of GeoJSON).</summary>
public static class EventJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject ToJson(StoredEvent stored)
    {
        var e = stored.Event;
        return new JsonObject
        {
            ["id"] = stored.Id,
            ["document_id"] = stored.DocumentId.Value,
            ["source"] = stored.SourceFile,
            ["outlet"] = stored.Outlet,
            ["type"] = e.Type.ToWireName(),
            ["date"] = e.Date?.ToString(),
            ["date_end"] = e.DateEnd?.ToString(),
            ["date_precision"] = e.Date?.Precision.ToString().ToLowerInvariant(),
            ["country"] = e.Place.Country,
            ["admin1"] = e.Place.Admin1,
            ["location"] = e.Place.Location,
            ["latitude"] = e.Place.Latitude,
            ["longitude"] = e.Place.Longitude,
            ["geo_precision"] = e.Place.Precision.ToString().ToLowerInvariant(),
            ["actors"] = new JsonArray([.. e.Actors.Select(a => (JsonNode?)a)]),
            ["targets"] = new JsonArray([.. e.Targets.Select(t => (JsonNode?)t)]),
            ["fatalities"] = e.Fatalities,
            ["injured"] = e.Injured,
            ["arrested"] = e.Arrested,
            ["evidence"] = e.Evidence,
            ["confidence"] = Math.Round(e.Confidence, 2),
            ["review"] = stored.Review.ToWireName(),
            ["tlp"] = Caravan.Core.Sharing.Tlps.ToWireName(stored.Marking.Tlp),
            ["owner"] = stored.Marking.Owner,
            ["reviewed_by"] = stored.ReviewedBy,
            ["reviewed_at"] = stored.ReviewedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public static string Array(IEnumerable<StoredEvent> events) =>
        new JsonArray([.. events.Select(e => (JsonNode?)ToJson(e))]).ToJsonString(Options);

    public static string GeoJson(IEnumerable<StoredEvent> events)
    {
        var features = new JsonArray();
        foreach (var stored in events.Where(e => e.Event.Place.Latitude is not null && e.Event.Place.Longitude is not null))
        {
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["geometry"] = new JsonObject
                {
                    ["type"] = "Point",
                    ["coordinates"] = new JsonArray(stored.Event.Place.Longitude, stored.Event.Place.Latitude),
                },
                ["properties"] = ToJson(stored),
            });
        }

        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString(Options);
    }
}
