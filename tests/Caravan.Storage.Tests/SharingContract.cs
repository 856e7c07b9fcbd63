using Caravan.Core.Audit;
using Caravan.Core.Entities;
using Caravan.Core.Events;
using Caravan.Core.Review;
using Caravan.Core.Sharing;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Resolution;

namespace Caravan.Storage.Tests;

/// <summary>
/// Markings, partners and the audit log of the store contract. The permission matrix reads every marking
/// through every read path as every kind of reader and compares with <see cref="MarkingPolicy"/>.
/// </summary>
public abstract class SharingContract : CatalogContract
{
    private const string Owner = "org-a";
    private const string Partner = "org-b";
    private const string Stranger = "org-c";

    private static readonly string[] Names = ["Clearwater", "Greenfield", "Amberley", "Strictland", "Redmond"];

    /// <summary>One document per marking, owned by org-a, each with an event, an organisation and a reviewed event.</summary>
    private Dictionary<Tlp, (string Document, long Event, string Entity)> SeedOnePerMarking()
    {
        var matcher = new EntityMatcher(KnowledgeBase.Default);
        Store.SharePartner(Owner, Partner);
        var seeded = new Dictionary<Tlp, (string, long, string)>();
        foreach (var tlp in Tlps.All)
        {
            var name = $"{Names[(int)tlp]} Committee";
            var document = Document($"The {name} reported a checkpoint attack near Batken; marking {tlp}.") with { Marking = new Marking(Owner, tlp) };
            Store.Save(document, [new Entity(name, EntityType.Org, [])], [Event(EventType.Attack, "2024-05-03", "KG", actor: name)], matcher);
            var stored = Store.FindDocument(document.Id.Value)!;
            var e = Assert.Single(stored.Events);
            Store.ReviewEvent(e.Id, ReviewAction.Confirm, null, "aigerim", null);
            seeded[tlp] = (document.Id.Value, e.Id, name);
        }

        return seeded;
    }

    private static bool Expected(Reader reader, Tlp tlp) =>
        MarkingPolicy.Allows(reader, new Marking(Owner, tlp), (owner, partner) => owner == Owner && partner == Partner);

    public static TheoryData<string?> Readers => new() { Owner, Partner, Stranger, null };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Every_read_path_shows_exactly_what_the_markings_allow(string? organisation)
    {
        var seeded = SeedOnePerMarking();
        var entityIds = seeded.ToDictionary(s => s.Key, s => Store.SearchEntities(s.Value.Entity, EntityType.Org, 5).Single().Id);
        var reader = organisation is null ? Reader.Instance : Reader.Of(organisation);
        using var store = CreateStore(reader);

        var expected = Tlps.All.Where(t => Expected(reader, t)).ToHashSet();
        var documentOf = seeded.ToDictionary(s => s.Value.Document, s => s.Key);
        var eventOf = seeded.ToDictionary(s => s.Value.Event, s => s.Key);
        var paths = new Dictionary<string, IEnumerable<Tlp>>
        {
            ["events query"] = store.QueryEvents(new EventQuery { Limit = 1000 }).Select(e => eventOf[e.Id]),
            ["event by id"] = seeded.Where(s => store.GetEvent(s.Value.Event) is not null).Select(s => s.Key),
            ["event history"] = seeded.Where(s => store.EventHistory(s.Value.Event).Count > 0).Select(s => s.Key),
            ["recent decisions"] = store.RecentRevisions(100).Select(r => eventOf[r.EventId]),
            ["document by id"] = seeded.Where(s => store.FindDocument(s.Value.Document) is not null).Select(s => s.Key),
            ["document list"] = store.ListDocuments(100, 0).Select(d => documentOf[d.Id]),
            ["full-text search"] = store.SearchDocuments("checkpoint", 100, ("[", "]")).Select(h => documentOf[h.Document.Id]),
            ["entity search"] = seeded.Where(s => store.SearchEntities(s.Value.Entity, null, 5).Count > 0).Select(s => s.Key),
            ["entity by id"] = entityIds.Where(e => store.GetEntity(e.Value) is not null).Select(e => e.Key),
            ["documents of entity"] = entityIds.Where(e => store.DocumentsOfEntity(e.Value, 10).Count > 0).Select(e => e.Key),
            ["events of entity"] = entityIds.Where(e => store.EventsOfEntity(e.Value, 10).Count > 0).Select(e => e.Key),
        };

        foreach (var (path, seen) in paths)
        {
            Assert.True(expected.SetEquals(seen), $"{path} as {reader}: saw [{string.Join(", ", seen)}], expected [{string.Join(", ", expected)}]");
        }

        Assert.Equal(expected.Count, store.CountDocuments());
        Assert.Equal(expected.Count, store.CountEvents());
    }

    [Fact]
    public void Events_take_the_marking_of_their_document()
    {
        var document = Document("A RED report of an arrest in Osh.") with { Marking = new Marking("kg-cert", Tlp.Red) };
        Store.Save(document, [], [Event(EventType.Arrest, "2024-01-02", "KG")]);

        var stored = Store.FindDocument(document.Id.Value)!;

        Assert.Equal(new Marking("kg-cert", Tlp.Red), stored.Document.Marking);
        Assert.Equal(new Marking("kg-cert", Tlp.Red), Assert.Single(stored.Events).Marking);
    }

    [Fact]
    public void A_source_marking_is_found_by_outlet_before_path_prefix()
    {
        Store.SetSourceMarking("/feeds/ministry/", Tlp.Amber);
        Store.SetSourceMarking("/feeds/", Tlp.Green);
        Store.SetSourceMarking("Caravanserai", Tlp.Clear);

        Assert.Equal(Tlp.Clear, Store.SourceMarking("caravanserai", "/feeds/ministry/a.txt"));
        Assert.Equal(Tlp.Amber, Store.SourceMarking("Other", "/feeds/ministry/a.txt"));
        Assert.Equal(Tlp.Green, Store.SourceMarking(null, "/feeds/news/b.txt"));
        Assert.Null(Store.SourceMarking(null, "/elsewhere/c.txt"));
    }

    [Fact]
    public void Edits_and_merges_are_audited_in_an_unbroken_chain()
    {
        Store.Save(Document("An arrest in Osh."), [], [Event(EventType.Arrest, "2024-01-02", "KG")]);
        var id = Store.QueryEvents(new EventQuery()).Single().Id;
        Store.Audit(new AuditEntry(DateTimeOffset.UtcNow, "aigerim", "kg-cert", AuditActions.Login, null, "form"));

        Store.ReviewEvent(id, ReviewAction.Reject, null, "aigerim", "a duplicate");

        var entries = Store.AuditEntries(0, 100);
        Assert.Equal([AuditActions.Login, AuditActions.Review], entries.Select(e => e.Action));
        Assert.Equal($"event/{id}", entries[1].Object);
        Assert.Equal(entries[0].Hash, entries[1].Previous);
        Assert.Null(AuditChain.FirstBroken(entries));
        Assert.Equal(entries[1].Id, AuditChain.FirstBroken(entries.Select(e => e.Id == entries[1].Id ? e with { Detail = "confirm" } : e))?.Id);
    }
}
