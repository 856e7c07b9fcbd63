using System.Text.Json.Nodes;
using Caravan.Core.Documents;
using Caravan.Core.Sharing;
using Caravan.Exchange.Stix;
using Caravan.Storage;
using Caravan.Storage.Stix;

namespace Caravan.Exchange.Taxii;

/// <summary>
/// Puts what changed locally into the TAXII collections: each pending document's report, incidents, entities
/// and relationships, in the collection of its owner and marking. Documents received from partners are not
/// passed on, and nothing marked RED is ever published.
/// </summary>
public static class StixPublisher
{
    private const int Batch = 100;

    /// <summary>Publishes every pending document; <paramref name="store"/> must read as the instance. Returns how many.</summary>
    public static int CatchUp(IEventStore store)
    {
        if (!store.Reader.IsInstance)
        {
            throw new InvalidOperationException("publishing reads every document, so it runs as the instance");
        }

        var published = 0;
        for (var pending = store.PendingPublications(Batch); pending.Count > 0; pending = store.PendingPublications(Batch))
        {
            foreach (var publication in pending)
            {
                store.Publish(publication, ObjectsOf(store, store.FindDocument(publication.Document.Value)));
                published++;
            }
        }

        return published;
    }

    /// <summary>The collection records of one document; none for a received or RED document.</summary>
    public static IReadOnlyList<StixObjectRecord> ObjectsOf(IEventStore store, StoredDocument? stored)
    {
        if (stored is null || stored.Document.ReceivedFrom is not null || !MarkingPolicy.MayLeaveInstance(stored.Document.Marking.Tlp))
        {
            return [];
        }

        var exporter = new StixExporter();
        exporter.Add(stored, includeRed: false, store.EventHistory);
        var objects = exporter.ToBundle()["objects"]!.AsArray().OfType<JsonObject>().ToList();
        var owner = stored.Document.Marking.Owner;
        var marked = objects.Select(o => (Object: o, Tlp: MarkingOf(o))).ToList();
        var markings = marked.Where(m => m.Tlp is not null).Select(m => m.Tlp!.Value).Distinct().ToList();

        // Definitions and the owner's identity carry no marking: each collection the document reaches gets them,
        // so that what a partner pulls from one collection is whole.
        return
        [
            .. marked.SelectMany(m => (m.Tlp is { } tlp ? [tlp] : markings)
                .Where(MarkingPolicy.MayLeaveInstance)
                .Select(tlp => Record(new TaxiiCollection(owner, tlp), m.Object))),
        ];
    }

    public static StixObjectRecord Record(TaxiiCollection collection, JsonObject o) => new(
        collection.Id,
        collection.Marking,
        o["id"]!.GetValue<string>(),
        o["type"]!.GetValue<string>(),
        o["spec_version"]?.GetValue<string>() ?? "2.1",
        VersionOf(o),
        o.ToJsonString(StixJson.Compact));

    /// <summary>The object's modified time, else its created time, normalised; empty for objects with neither.</summary>
    public static string VersionOf(JsonObject o)
    {
        var stamp = (o["modified"] ?? o["created"]) is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
        return StixVersions.TryNormalise(stamp, out var version) ? version : "";
    }

    /// <summary>The most restrictive TLP among an object's markings; null when it has none.</summary>
    public static Tlp? MarkingOf(JsonObject o)
    {
        var markings = o["object_marking_refs"]?.AsArray()
            .Select(r => r is JsonValue v && v.TryGetValue<string>(out var id) ? Tlps.FromStixMarkingId(id) : null)
            .OfType<Tlp>()
            .ToList() ?? [];
        return markings.Count > 0 ? markings.MostRestrictive() : null;
    }
}
