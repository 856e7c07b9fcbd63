using System.Text.Json.Nodes;

namespace Caravan.Exchange.Stix;

/// <summary>
/// The extension-definition that carries what STIX has no property for: an event's type, date and its
/// precision, place, counts, actors and evidence sentence; a report's file, source and outlet.
/// </summary>
public static class CaravanExtension
{
    public const string Version = "1.0";

    public static string Id { get; } = StixIds.For("extension-definition", "caravan-extension-v1");

    /// <summary>The identity of the Caravan project, creator of the extension.</summary>
    public static string CreatorId { get; } = StixIds.For("identity", "caravan-project");

    public static IEnumerable<JsonObject> Definitions() =>
    [
        new JsonObject
        {
            ["type"] = "identity",
            ["spec_version"] = "2.1",
            ["id"] = CreatorId,
            ["created"] = "2026-11-23T00:00:00.000Z",
            ["modified"] = "2026-11-23T00:00:00.000Z",
            ["name"] = "Caravan",
            ["identity_class"] = "system",
            ["description"] = "Regional security monitoring software; defines the Caravan STIX extension.",
        },
        new JsonObject
        {
            ["type"] = "extension-definition",
            ["spec_version"] = "2.1",
            ["id"] = Id,
            ["created_by_ref"] = CreatorId,
            ["created"] = "2026-11-23T00:00:00.000Z",
            ["modified"] = "2026-11-23T00:00:00.000Z",
            ["name"] = "Caravan event and report properties",
            ["description"] = "On incident: event_type (ACLED-style), date and date_precision, date_end, country, admin1, location, latitude, longitude, fatalities, injured, arrested, actors, targets, evidence, evidence_start, confidence, review. On report: document_id, file_name, source_path, media_type, outlet, published, ingested_at, received_from. On note: review_action and analyst, for a note an analyst wrote with a decision.",
            ["schema"] = "https://caravan.invalid/stix/extension-v1.md",
            ["version"] = Version,
            ["extension_types"] = new JsonArray("property-extension"),
        },
    ];
}
