using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Caravan.Core.Audit;
using Caravan.Core.Dates;
using Caravan.Core.Documents;
using Caravan.Core.Entities;
using Caravan.Core.Events;
using Caravan.Core.Places;
using Caravan.Core.Resolution;
using Caravan.Core.Review;
using Caravan.Core.Sharing;
using Caravan.Storage;

namespace Caravan.Exchange.Stix;

/// <summary>What an import did: documents and events added, and objects of kinds Caravan does not keep.</summary>
public sealed record ImportOutcome(int Objects, int DocumentsAdded, int DocumentsPresent, ReceivedEventsOutcome Events, IReadOnlyDictionary<string, int> NotKept)
{
    /// <summary>Documents already here of which the sender sent a newer version (another marking, title or date).</summary>
    public int DocumentsUpdated { get; init; }

    public int EventsAdded => Events.Added;

    /// <summary>"3 events added, 2 updated, 1 withdrawn, 1 newer version kept beside a local edit": only what happened.</summary>
    public string EventsInWords()
    {
        var parts = new List<string> { $"{Events.Added} events added" };
        if (Events.Updated > 0)
        {
            parts.Add($"{Events.Updated} updated to a newer version");
        }

        if (Events.Withdrawn > 0)
        {
            parts.Add($"{Events.Withdrawn} withdrawn by the sender");
        }

        if (Events.HeldForLocalEdits > 0)
        {
            parts.Add($"{Events.HeldForLocalEdits} newer versions kept in the history beside a local edit");
        }

        return string.Join(", ", parts);
    }
}

/// <summary>
/// Whom imported objects belong to. Ownership comes from credentials, never from content: objects belong to
/// the organisation that sent them (the TAXII account's, the partner a sync is configured for, the one named
/// on the command line). Only restoring this instance's own export keeps the owners the bundle names.
/// </summary>
public sealed record ImportOwner
{
    private ImportOwner(string? organisation) => Organisation = organisation;

    /// <summary>The owner of every imported object; null when the bundle's own creators are kept.</summary>
    public string? Organisation { get; }

    public static ImportOwner Of(string organisation) =>
        string.IsNullOrWhiteSpace(organisation) ? throw new ArgumentException("objects belong to an organisation", nameof(organisation)) : new(organisation);

    /// <summary>A backup of this instance, restored by its operator: the owners it names are this instance's own.</summary>
    public static ImportOwner AsStatedForRestore { get; } = new((string?)null);
}

/// <summary>
/// Reads a STIX 2.1 bundle (or a TAXII envelope's objects) into the store. Reports become documents with
/// their entities; incidents with the Caravan extension become events with their own marking and STIX id.
/// Importing the same objects again adds nothing. Objects without a TLP marking are kept as AMBER.
/// </summary>
public static class StixImporter
{
    private static readonly Tlp Unmarked = Tlp.Amber;

    /// <param name="matcher">Links the received documents' entities into the knowledge base exactly as ingest does; null leaves them unlinked.</param>
    public static ImportOutcome Import(IEventStore store, JsonObject bundle, Provenance provenance, string actor, ImportOwner owner, IEntityMatcher? matcher)
    {
        var objects = Objects(bundle);
        var byId = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var o in objects)
        {
            byId[Text(o, "id")!] = o;
        }

        int documentsAdded = 0, documentsPresent = 0, documentsUpdated = 0;
        var events = ReceivedEventsOutcome.None;
        var used = new HashSet<string>(StringComparer.Ordinal);

        // Where events happened is part of the events, not an entity the report names.
        var eventPlaces = objects
            .Where(o => Text(o, "type") == "relationship" && Text(o, "relationship_type") == "located-at")
            .Select(o => Text(o, "target_ref"))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        // Our analysts' notes travel as STIX notes on the incident they explain.
        var notes = objects
            .Where(o => Text(o, "type") == "note" && Ours(o) is not null)
            .SelectMany(o => Strings(o, "object_refs").Select(target => (Target: target, Note: o)))
            .ToLookup(n => n.Target, n => n.Note, StringComparer.Ordinal);
        foreach (var report in objects.Where(o => Text(o, "type") == "report"))
        {
            used.Add(Text(report, "id")!);
            var refs = report["object_refs"]?.AsArray().Select(r => r!.GetValue<string>()).Where(byId.ContainsKey).Select(r => byId[r]).ToList() ?? [];
            var document = Document(report, byId, provenance, owner);
            var entities = refs.Where(o => !eventPlaces.Contains(Text(o, "id")!)).Select(Entity).OfType<Entity>().ToList();
            var received = refs.Where(o => Text(o, "type") == "incident" && Ours(o) is not null).Select(o => Event(o, byId, notes[Text(o, "id")!], owner)).ToList();
            refs.ForEach(o => used.Add(Text(o, "id")!));
            received.SelectMany(e => notes[e.StixId]).ToList().ForEach(n => used.Add(Text(n, "id")!));
            if (store.Save(document, entities, [], matcher) == SaveOutcome.Added)
            {
                documentsAdded++;
            }
            else if (store.UpdateReceivedDocument(document))
            {
                documentsUpdated++; // the sender's newer version: its marking, title or dates changed
            }
            else
            {
                documentsPresent++;
            }

            events = events.Plus(store.SaveReceivedEvents(document.Id, received));
        }

        // A newer version of an incident travels alone when its report did not change: it goes to the document it is stored under.
        foreach (var incident in objects.Where(o => Text(o, "type") == "incident" && Ours(o) is not null && !used.Contains(Text(o, "id")!)))
        {
            var update = Event(incident, byId, notes[Text(incident, "id")!], owner);
            if (store.DocumentOfReceivedEvent(update.StixId, update.Marking.Owner) is { } document)
            {
                used.Add(update.StixId);
                notes[update.StixId].ToList().ForEach(n => used.Add(Text(n, "id")!));
                events = events.Plus(store.SaveReceivedEvents(document, [update]));
            }
        }

        var notKept = objects
            .Where(o => !used.Contains(Text(o, "id")!) && Text(o, "type") is not ("marking-definition" or "extension-definition" or "identity" or "relationship"))
            .GroupBy(o => Text(o, "type")!)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        store.Audit(new AuditEntry(DateTimeOffset.UtcNow, actor, store.Reader.Organisation, AuditActions.Import, provenance.Source,
            $"{objects.Count} objects: {documentsAdded} documents and {events.Added} events added, {documentsUpdated} documents and {events.Updated} events updated, {events.Withdrawn} withdrawn"));
        return new ImportOutcome(objects.Count, documentsAdded, documentsPresent, events, notKept) { DocumentsUpdated = documentsUpdated };
    }

    /// <summary>The objects of a bundle or envelope, each checked to be an object with a type and a well-formed id.</summary>
    public static IReadOnlyList<JsonObject> Objects(JsonObject container)
    {
        if (container["objects"] is not JsonArray array)
        {
            // A lone object, as the OASIS examples give some, imports as a bundle of one.
            return Text(container, "type") is { } type && type != "bundle"
                ? Objects(new JsonObject { ["objects"] = new JsonArray(container.DeepClone()) })
                : throw new StixFormatException("the bundle has no \"objects\" array");
        }

        var objects = new List<JsonObject>();
        foreach (var (node, index) in array.Select((n, i) => (n, i)))
        {
            if (node is not JsonObject o || Text(o, "type") is not { Length: > 0 } type || Text(o, "id") is not { } id
                || !id.StartsWith(type + "--", StringComparison.Ordinal) || !Guid.TryParse(id[(type.Length + 2)..], out _))
            {
                throw new StixFormatException($"object {index} has no type, or an id that is not \"type--UUID\"");
            }

            objects.Add(o);
        }

        return objects;
    }

    private static DocumentRecord Document(JsonObject report, Dictionary<string, JsonObject> byId, Provenance provenance, ImportOwner owner)
    {
        var ours = Ours(report);
        var text = Text(report, "description") ?? Text(report, "name") ?? "";
        var name = Text(report, "name") ?? "report";
        var file = Text(ours, "file_name") ?? name + ".stix.txt";
        var published = ours is not null
            ? Date(Text(ours, "published"))
            : Text(report, "published") is { Length: >= 10 } ts ? Date(ts[..10]) : null;
        var stated = MarkingOf(report, byId, ImportOwner.AsStatedForRestore);
        var marking = MarkingOf(report, byId, owner);
        // Only a restore may keep the id the bundle gives; anyone else's copy is their own document.
        var id = owner.Organisation is null && Text(ours, "document_id") is { Length: 64 } known ? new DocumentId(known) : DocumentId.For(marking.Owner, text);
        var ingested = Text(ours, "ingested_at") is { } at ? StixTime.Parse(at) : provenance.At;
        return new DocumentRecord(id, Text(ours, "source_path") ?? Text(report, "id")!, file, Text(ours, "media_type") ?? "text/plain", text,
            new DocumentMetadata(file, Text(report, "name"), published, Text(ours, "outlet")), ingested)
        {
            Marking = marking,
            ReceivedFrom = provenance with { StatedOwner = stated.Owner == NoStatedOwner ? null : stated.Owner },
            ModifiedAt = Text(report, "modified") is { } modified && modified != Text(report, "created") ? StixTime.Parse(modified) : null,
        };
    }

    private static ReceivedEvent Event(JsonObject incident, Dictionary<string, JsonObject> byId, IEnumerable<JsonObject> notes, ImportOwner owner)
    {
        var x = Ours(incident)!;
        var e = new ExtractedEvent
        {
            Type = EventTypes.Parse(Text(x, "event_type")!),
            Date = Date(Text(x, "date")),
            DateEnd = Date(Text(x, "date_end")),
            Place = new PlaceReference(Text(x, "country"), Text(x, "admin1"), Text(x, "location"), Number(x, "latitude"), Number(x, "longitude"),
                Enum.TryParse<GeoPrecision>(Text(x, "geo_precision"), ignoreCase: true, out var precision) ? precision : GeoPrecision.None),
            Actors = Strings(x, "actors"),
            Targets = Strings(x, "targets"),
            Fatalities = (int?)Number(x, "fatalities"),
            Injured = (int?)Number(x, "injured"),
            Arrested = (int?)Number(x, "arrested"),
            Evidence = Text(x, "evidence") ?? Text(incident, "description") ?? "",
            EvidenceStart = (int?)Number(x, "evidence_start") ?? 0,
            Confidence = Number(x, "confidence") ?? 0.5,
        };
        var review = ReviewStates.TryParse(Text(x, "review"), out var state) ? state : ReviewState.Machine;
        var reviewedAt = Text(x, "reviewed_at") is { } at ? StixTime.Parse(at) : (DateTimeOffset?)null;
        var marking = MarkingOf(incident, byId, owner);
        return new ReceivedEvent(e, marking, Text(incident, "id")!, review, Text(x, "reviewed_by"), reviewedAt)
        {
            Version = Text(incident, "modified") is { } modified ? StixTime.Parse(modified) : null,
            Revoked = incident["revoked"] is JsonValue revoked && revoked.GetValueKind() == JsonValueKind.True,
            From = marking.Owner,
            Comments = [.. notes.Select(Comment).OfType<ReceivedComment>().OrderBy(c => c.At)],
        };
    }

    private static ReceivedComment? Comment(JsonObject note)
    {
        var ours = Ours(note)!;
        return ReviewActions.TryParse(Text(ours, "review_action"), out var action) && Text(ours, "analyst") is { } analyst
            && Text(note, "content") is { } content && Text(note, "created") is { } created
            ? new ReceivedComment(action, analyst, StixTime.Parse(created), content)
            : null;
    }

    private static Entity? Entity(JsonObject o) => (Text(o, "type"), Text(o, "identity_class")) switch
    {
        ("identity", "individual") => new Entity(Text(o, "name")!, EntityType.Person, Aliases(o, "x_caravan_aliases")),
        ("identity", "organization") => new Entity(Text(o, "name")!, EntityType.Org, Aliases(o, "x_caravan_aliases")),
        ("threat-actor", _) or ("intrusion-set", _) => new Entity(Text(o, "name")!, EntityType.ArmedGroup, Aliases(o, "aliases")),
        ("location", _) when Text(o, "name") is { } name => new Entity(name, Text(o, "region") is null ? EntityType.Gpe : EntityType.Loc, [name]) { Country = Text(o, "country") },
        _ => null,
    };

    private const string NoStatedOwner = "partner";

    private static Marking MarkingOf(JsonObject o, Dictionary<string, JsonObject> byId, ImportOwner importOwner)
    {
        var owner = importOwner.Organisation
            ?? (Text(o, "created_by_ref") is { } creator && byId.TryGetValue(creator, out var identity) ? Text(identity, "name") ?? creator : NoStatedOwner);
        var markings = o["object_marking_refs"]?.AsArray().Select(r => Tlps.FromStixMarkingId(r!.GetValue<string>())).OfType<Tlp>().ToList() ?? [];
        return new Marking(owner, markings.Count > 0 ? markings.MostRestrictive() : Unmarked);
    }

    private static JsonObject? Ours(JsonObject o) => o["extensions"]?[CaravanExtension.Id] as JsonObject;

    private static string? Text(JsonObject? o, string name) =>
        o?[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static double? Number(JsonObject o, string name) =>
        o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture) : null;

    private static List<string> Strings(JsonObject o, string name) =>
        o[name] is JsonArray a ? [.. a.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>())] : [];

    private static List<string> Aliases(JsonObject o, string name) => [Text(o, "name")!, .. Strings(o, name)];

    private static PartialDate? Date(string? text) => PartialDate.TryParse(text, out var date) ? date : null;
}

public sealed class StixFormatException(string message) : Exception(message);
