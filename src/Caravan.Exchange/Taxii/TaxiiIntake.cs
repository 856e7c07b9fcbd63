using System.Text.Json.Nodes;
using Caravan.Core.Documents;
using Caravan.Core.Resolution;
using Caravan.Core.Sharing;
using Caravan.Exchange.Stix;
using Caravan.Storage;
using Caravan.Storage.Stix;

namespace Caravan.Exchange.Taxii;

/// <summary>
/// Adds the objects of a POSTed envelope to a collection (TAXII 2.1 section 5.5) and answers with a status
/// resource. Each object is judged alone: one that is not STIX 2.1, or is marked more strictly than the
/// collection (a RED object, an AMBER object sent to a GREEN collection), fails and the others still land.
/// Reports and Caravan incidents among them are also imported for analysis, with the sender as provenance.
/// </summary>
public static class TaxiiIntake
{
    public static JsonObject Add(IEventStore store, TaxiiCollection collection, JsonObject envelope, string actor, DateTimeOffset now, IEntityMatcher matcher)
    {
        if (envelope["objects"] is not JsonArray array)
        {
            throw new TaxiiFilterException("the envelope has no \"objects\" list");
        }

        var accepted = new List<(JsonObject Object, StixObjectRecord Record)>();
        var failures = new JsonArray();
        foreach (var node in array)
        {
            var (record, problem) = Judge(node, collection);
            if (record is null)
            {
                failures.Add(Detail(node, problem));
            }
            else
            {
                accepted.Add(((JsonObject)node!, record));
            }
        }

        var outcomes = store.AddStixObjects([.. accepted.Select(a => a.Record)]);
        var successes = new JsonArray([.. outcomes.Select(o => (JsonNode)new JsonObject
        {
            ["id"] = o.Id,
            ["version"] = o.Version.Length > 0 ? o.Version : StixVersions.Normalise(now),
            ["message"] = o.Added ? "added" : "already in the collection",
        })]);
        if (accepted.Count > 0)
        {
            var bundle = new JsonObject { ["objects"] = new JsonArray([.. accepted.Select(a => (JsonNode)a.Object.DeepClone())]) };
            // The sender's organisation owns what it sends, whatever identity the objects name.
            StixImporter.Import(store, bundle, new Provenance($"taxii:{actor}", now), actor, ImportOwner.Of(store.Reader.Organisation ?? Marking.LocalOwner), matcher);
        }

        return Status(Guid.NewGuid().ToString(), now, array.Count, successes, failures);
    }

    private static (StixObjectRecord? Record, string Problem) Judge(JsonNode? node, TaxiiCollection collection)
    {
        if (node is not JsonObject o || Text(o, "type") is not { Length: > 0 } type || Text(o, "id") is not { } id
            || !id.StartsWith(type + "--", StringComparison.Ordinal) || !Guid.TryParse(id[(type.Length + 2)..], out _))
        {
            return (null, "not a STIX object: it needs a type and an id of the form type--UUID");
        }

        if (Text(o, "spec_version") is not "2.1" && type != "marking-definition")
        {
            return (null, $"spec_version '{Text(o, "spec_version") ?? "(none)"}' is not accepted; this collection holds STIX 2.1");
        }

        if (StixPublisher.MarkingOf(o) is { } tlp && tlp > collection.Tlp)
        {
            return (null, MarkingPolicy.MayLeaveInstance(tlp)
                ? $"marked {tlp.Label()}, more restricted than this {collection.Tlp.Label()} collection"
                : $"marked {tlp.Label()}, which is never shared");
        }

        return (StixPublisher.Record(collection, o), "");
    }

    private static JsonObject Detail(JsonNode? node, string message) => new()
    {
        ["id"] = node is JsonObject o && Text(o, "id") is { } id ? id : "(none)",
        ["version"] = node is JsonObject v ? StixPublisher.VersionOf(v) : "",
        ["message"] = message,
    };

    public static JsonObject Status(string id, DateTimeOffset at, int total, JsonArray successes, JsonArray failures)
    {
        var status = new JsonObject
        {
            ["id"] = id,
            ["status"] = "complete",
            ["request_timestamp"] = StixVersions.Normalise(at),
            ["total_count"] = total,
            ["success_count"] = successes.Count,
            ["failure_count"] = failures.Count,
            ["pending_count"] = 0,
        };

        // TAXII has no empty lists: a list with nothing in it is left out.
        if (successes.Count > 0)
        {
            status["successes"] = successes;
        }

        if (failures.Count > 0)
        {
            status["failures"] = failures;
        }

        return status;
    }

    private static string? Text(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
