using System.Globalization;
using System.Text.Json.Nodes;
using Caravan.Core.Entities;
using Caravan.Core.Events;
using Caravan.Core.Review;
using Caravan.Core.Sharing;
using Caravan.Core.Text;
using Caravan.Storage;

namespace Caravan.Exchange.Stix;

/// <summary>
/// What a reader may see, as STIX 2.1: a report per document (its text in the description), an incident per
/// event with the Caravan extension, locations, identities for people, organisations and owners,
/// threat-actors for armed groups, relationships between them, and the TLP 2.0 markings they carry.
/// </summary>
public sealed class StixExporter
{
    // Entities stand for things in the world rather than for a moment of ingest; they share one creation time.
    private const string EntityEpoch = "2000-01-01T00:00:00.000Z";
    private const int Page = 200;

    private readonly SortedDictionary<string, JsonObject> objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tlp> entityMarkings = new(StringComparer.Ordinal);

    /// <summary>Every document the store's reader may see, and their events; RED only when <paramref name="includeRed"/>.</summary>
    public static JsonObject Bundle(IEventStore store, bool includeRed = false)
    {
        var exporter = new StixExporter();
        var seen = 0;
        for (var page = store.ListDocuments(Page, 0); page.Count > 0; page = store.ListDocuments(Page, seen))
        {
            seen += page.Count;
            foreach (var summary in page)
            {
                if (store.FindDocument(summary.Id) is { } document && (includeRed || MarkingPolicy.MayLeaveInstance(document.Document.Marking.Tlp)))
                {
                    exporter.Add(document, includeRed, store.EventHistory);
                }
            }
        }

        return exporter.ToBundle();
    }

    /// <param name="history">An event's revisions; those with an analyst's note become STIX notes on its incident.</param>
    public void Add(StoredDocument stored, bool includeRed, Func<long, IReadOnlyList<EventRevision>> history)
    {
        var d = stored.Document;
        var owner = AddOwner(d.Marking.Owner);
        var entityRefs = stored.Entities.Select(e => AddEntity(e, d.Marking.Tlp)).OfType<string>().Distinct().ToList();
        var refs = new List<string>(entityRefs);
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in stored.Events.Where(e => includeRed || MarkingPolicy.MayLeaveInstance(e.Marking.Tlp)))
        {
            var key = $"{e.Event.Type.ToWireName()}@{e.Event.EvidenceStart}";
            keys[key] = keys.GetValueOrDefault(key) + 1;
            var name = keys[key] == 1 ? key : $"{key}#{keys[key]}";
            var incident = e.StixId ?? StixIds.For("incident", $"event:{d.Id.Value}:{name}");
            refs.AddRange(AddIncident(stored, e, incident, stored.Entities));
            refs.AddRange(history(e.Id).Where(r => !string.IsNullOrWhiteSpace(r.Note)).Select(r => AddNote(incident, r, e.Marking)));
        }

        var ingested = StixTime.Format(d.IngestedAt);
        objects[ReportId(d.Id.Value)] = new JsonObject
        {
            ["type"] = "report",
            ["spec_version"] = "2.1",
            ["id"] = ReportId(d.Id.Value),
            ["created_by_ref"] = owner,
            ["created"] = ingested,
            ["modified"] = d.ModifiedAt is { } modified && modified > d.IngestedAt ? StixTime.Format(modified) : ingested,
            ["name"] = d.Metadata.Title ?? d.FileName,
            ["description"] = d.Text,
            ["report_types"] = new JsonArray("threat-report"),
            ["published"] = StixTime.FirstMoment(d.Metadata.Published) ?? ingested,
            ["object_refs"] = new JsonArray([.. (refs.Count > 0 ? refs : [owner]).Distinct().Select(r => (JsonNode)r)]),
            ["object_marking_refs"] = new JsonArray(d.Marking.Tlp.StixMarkingId()),
            ["external_references"] = ExternalReferences(d),
            ["extensions"] = Extension(new JsonObject
            {
                ["document_id"] = d.Id.Value,
                ["file_name"] = d.FileName,
                ["source_path"] = d.SourcePath,
                ["media_type"] = d.MediaType,
                ["outlet"] = d.Metadata.Outlet,
                ["published"] = d.Metadata.Published?.ToString(),
                ["ingested_at"] = d.IngestedAt.ToString("O", CultureInfo.InvariantCulture),
            }),
        };
    }

    /// <summary>
    /// Where the report comes from, for a partner's analyst: the outlet and the file it was ingested from, and for
    /// what this instance itself received, the partner's collection, when, and the owner and marking it came with.
    /// </summary>
    private static JsonArray ExternalReferences(DocumentRecord d)
    {
        var references = new JsonArray(new JsonObject
        {
            ["source_name"] = d.Metadata.Outlet ?? "caravan",
            ["description"] = string.Create(CultureInfo.InvariantCulture, $"{d.FileName}, {d.Origin}"),
            ["external_id"] = d.Id.Value,
        });
        if (d.ReceivedFrom is { } received)
        {
            var reference = new JsonObject
            {
                ["source_name"] = "caravan-partner",
                ["description"] = string.Create(CultureInfo.InvariantCulture, $"{d.Origin}; marked {d.Marking.Tlp.Label()}"),
            };
            if (received.Source.StartsWith("taxii:http", StringComparison.Ordinal))
            {
                reference["url"] = received.Source["taxii:".Length..];
            }

            references.Add(reference);
        }

        return references;
    }

    public JsonObject ToBundle()
    {
        foreach (var (id, tlp) in entityMarkings)
        {
            objects[id]["object_marking_refs"] = new JsonArray(tlp.StixMarkingId());
        }

        var markings = objects.Values
            .SelectMany(o => o["object_marking_refs"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
            .Distinct()
            .Select(id => Tlps.FromStixMarkingId(id))
            .OfType<Tlp>()
            .Select(TlpMarkings.Definition);
        var all = CaravanExtension.Definitions().Concat(markings).Concat(objects.Values).ToList();
        var content = string.Join(",", all.Select(o => o["id"]!.GetValue<string>()));
        return new JsonObject
        {
            ["type"] = "bundle",
            ["id"] = StixIds.For("bundle", content),
            ["objects"] = new JsonArray([.. all.Select(o => (JsonNode)o.DeepClone())]),
        };
    }

    public static string ReportId(string documentId) => StixIds.For("report", "document:" + documentId);

    public static string OwnerId(string organisation) => StixIds.For("identity", "organisation:" + organisation);

    private string AddOwner(string organisation)
    {
        var id = OwnerId(organisation);
        objects.TryAdd(id, new JsonObject
        {
            ["type"] = "identity",
            ["spec_version"] = "2.1",
            ["id"] = id,
            ["created"] = EntityEpoch,
            ["modified"] = EntityEpoch,
            ["name"] = organisation,
            ["identity_class"] = "organization",
        });
        return id;
    }

    private string? AddEntity(Entity entity, Tlp tlp)
    {
        var (type, extra) = entity.Type switch
        {
            EntityType.Person => ("identity", new JsonObject { ["identity_class"] = "individual" }),
            EntityType.Org => ("identity", new JsonObject { ["identity_class"] = "organization" }),
            EntityType.ArmedGroup => ("threat-actor", new JsonObject { ["threat_actor_types"] = new JsonArray("terrorist") }),
            EntityType.Gpe when entity.Country is { Length: 2 } country => ("location", new JsonObject { ["country"] = country }),
            // A region of no one country ("Central Asia", "Fergana Valley") is a location by its region.
            EntityType.Loc => ("location", entity.Country is { Length: 2 } where ? new JsonObject { ["region"] = entity.Name, ["country"] = where } : new JsonObject { ["region"] = entity.Name }),
            _ => ((string?)null, (JsonObject?)null),
        };
        if (type is null || extra is null)
        {
            return null;
        }

        var id = StixIds.For(type, $"entity:{entity.Type.ToWireName()}:{NameFolding.Fold(entity.Name)}");
        if (!objects.ContainsKey(id))
        {
            var node = new JsonObject
            {
                ["type"] = type,
                ["spec_version"] = "2.1",
                ["id"] = id,
                ["created"] = EntityEpoch,
                ["modified"] = EntityEpoch,
                ["name"] = entity.Name,
            };
            foreach (var (key, value) in extra)
            {
                node[key] = value?.DeepClone();
            }

            var aliases = entity.Aliases.Where(a => a != entity.Name).Distinct().ToList();
            if (aliases.Count > 0 && type != "location")
            {
                node[type == "identity" ? "x_caravan_aliases" : "aliases"] = new JsonArray([.. aliases.Select(a => (JsonNode)a)]);
            }

            objects[id] = node;
        }

        MarkShared(id, tlp);
        return id;
    }

    private IEnumerable<string> AddIncident(StoredDocument stored, StoredEvent storedEvent, string id, IReadOnlyList<Entity> entities)
    {
        var e = storedEvent.Event;
        var created = StixTime.Format(stored.Document.IngestedAt);
        var marking = new JsonArray(storedEvent.Marking.Tlp.StixMarkingId());
        var owner = AddOwner(storedEvent.Marking.Owner);
        objects[id] = new JsonObject
        {
            ["type"] = "incident",
            ["spec_version"] = "2.1",
            ["id"] = id,
            ["created_by_ref"] = owner,
            ["created"] = created,
            ["modified"] = storedEvent.ReviewedAt is { } reviewed ? StixTime.Format(reviewed) : created,
            ["name"] = string.Join(" ", new[] { e.Type.ToWireName().Replace('_', ' '), e.Date?.ToString(), e.Place.Location ?? e.Place.Admin1 ?? e.Place.Country }.Where(p => p is not null)),
            ["description"] = e.Evidence,
            ["object_marking_refs"] = marking,
            ["extensions"] = Extension(new JsonObject
            {
                ["event_type"] = e.Type.ToWireName(),
                ["date"] = e.Date?.ToString(),
                ["date_precision"] = e.Date?.Precision.ToString().ToLowerInvariant(),
                ["date_end"] = e.DateEnd?.ToString(),
                ["country"] = e.Place.Country,
                ["admin1"] = e.Place.Admin1,
                ["location"] = e.Place.Location,
                ["latitude"] = e.Place.Latitude,
                ["longitude"] = e.Place.Longitude,
                ["geo_precision"] = e.Place.Precision.ToString().ToLowerInvariant(),
                ["fatalities"] = e.Fatalities,
                ["injured"] = e.Injured,
                ["arrested"] = e.Arrested,
                ["actors"] = new JsonArray([.. e.Actors.Select(a => (JsonNode)a)]),
                ["targets"] = new JsonArray([.. e.Targets.Select(t => (JsonNode)t)]),
                ["evidence"] = e.Evidence,
                ["evidence_start"] = e.EvidenceStart,
                ["confidence"] = e.Confidence,
                ["review"] = storedEvent.Review.ToWireName(),
                ["reviewed_by"] = storedEvent.ReviewedBy,
                ["reviewed_at"] = storedEvent.ReviewedAt?.ToString("O", CultureInfo.InvariantCulture),
            }),
        };
        if (storedEvent.Review == ReviewState.Rejected)
        {
            // An analyst rejected it: partners withdraw their copies (STIX revocation), which they keep hidden, not deleted.
            objects[id]["revoked"] = true;
        }

        var refs = new List<string> { id };
        if (AddPlace(e, storedEvent.Marking.Tlp) is { } place)
        {
            refs.Add(place);
            refs.Add(AddRelationship(id, "located-at", place, created, marking));
        }

        foreach (var (names, relation) in new[] { (e.Actors, "attributed-to"), (e.Targets, "targets") })
        {
            foreach (var entity in entities.Where(x => names.Any(n => string.Equals(NameFolding.Fold(n), NameFolding.Fold(x.Name), StringComparison.Ordinal))))
            {
                if (AddEntity(entity, storedEvent.Marking.Tlp) is { } target && !target.StartsWith("location--", StringComparison.Ordinal))
                {
                    refs.Add(AddRelationship(id, relation, target, created, marking));
                }
            }
        }

        return refs;
    }

    /// <summary>An analyst's note on a decision, as a STIX note on the incident, by the analyst, when it was made.</summary>
    private string AddNote(string incident, EventRevision revision, Marking marking)
    {
        var at = StixTime.Format(revision.At);
        var id = StixIds.For("note", $"{incident}|{at}|{revision.Analyst}");
        objects[id] = new JsonObject
        {
            ["type"] = "note",
            ["spec_version"] = "2.1",
            ["id"] = id,
            ["created_by_ref"] = AddOwner(marking.Owner),
            ["created"] = at,
            ["modified"] = at,
            ["abstract"] = $"{revision.Action.ToWireName()} by {revision.Analyst}",
            ["content"] = revision.Note!.Trim(),
            ["authors"] = new JsonArray(revision.Analyst),
            ["object_refs"] = new JsonArray(incident),
            ["object_marking_refs"] = new JsonArray(marking.Tlp.StixMarkingId()),
            ["extensions"] = Extension(new JsonObject
            {
                ["review_action"] = revision.Action.ToWireName(),
                ["analyst"] = revision.Analyst,
            }),
        };
        return id;
    }

    private string? AddPlace(ExtractedEvent e, Tlp tlp)
    {
        var place = e.Place;
        if (place.Country is null && (place.Latitude is null || place.Longitude is null))
        {
            return null;
        }

        var id = StixIds.For("location", $"place:{place.Country}|{place.Admin1}|{place.Location}");
        var node = new JsonObject
        {
            ["type"] = "location",
            ["spec_version"] = "2.1",
            ["id"] = id,
            ["created"] = EntityEpoch,
            ["modified"] = EntityEpoch,
            ["name"] = place.Location ?? place.Admin1 ?? place.Country,
        };
        if (place.Country is { } country)
        {
            node["country"] = country;
        }

        if (place.Admin1 is { } admin1)
        {
            node["administrative_area"] = admin1;
        }

        if (place.Latitude is { } lat && place.Longitude is { } lon)
        {
            node["latitude"] = lat;
            node["longitude"] = lon;
        }

        objects.TryAdd(id, node);
        MarkShared(id, tlp);
        return id;
    }

    // An entity or place named in documents of several markings is marked as the most open of them: whoever may
    // read that document already sees the name.
    private void MarkShared(string id, Tlp tlp) =>
        entityMarkings[id] = entityMarkings.TryGetValue(id, out var known) && known < tlp ? known : tlp;

    private string AddRelationship(string source, string type, string target, string created, JsonArray marking)
    {
        var id = StixIds.For("relationship", $"{source}|{type}|{target}");
        objects[id] = new JsonObject
        {
            ["type"] = "relationship",
            ["spec_version"] = "2.1",
            ["id"] = id,
            ["created"] = created,
            ["modified"] = created,
            ["relationship_type"] = type,
            ["source_ref"] = source,
            ["target_ref"] = target,
            ["object_marking_refs"] = marking.DeepClone(),
        };
        return id;
    }

    private static JsonObject Extension(JsonObject properties)
    {
        properties["extension_type"] = "property-extension";
        // STIX has no empty values: a property without one is left out, and so is an empty list.
        foreach (var empty in properties.Where(p => p.Value is null or JsonArray { Count: 0 }).Select(p => p.Key).ToList())
        {
            properties.Remove(empty);
        }

        return new JsonObject { [CaravanExtension.Id] = properties };
    }
}
