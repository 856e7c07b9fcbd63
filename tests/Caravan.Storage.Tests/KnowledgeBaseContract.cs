using Caravan.Core.Entities;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Resolution;

namespace Caravan.Storage.Tests;

/// <summary>The knowledge-base part of the store contract, with the real entity matcher.</summary>
public abstract class KnowledgeBaseContract : IngestQueueContract
{
    private static readonly EntityMatcher Matcher = new(KnowledgeBase.Default);

    private void Ingest(string text, params Entity[] entities) => Store.Save(Document(text), entities, [], Matcher);

    [Fact]
    public void VariantsAcrossDocumentsBecomeOneEntity()
    {
        Ingest("first", new Entity("Nursultan Nazarbayev", EntityType.Person, ["Nursultan Nazarbayev", "Nazarbayev"]));
        Ingest("second", new Entity("Nursultan Nazarbaev", EntityType.Person, ["Nursultan Nazarbaev"]));
        Ingest("third", new Entity("Fergana Valley", EntityType.Loc, ["Fergana Valley"]), new Entity("Islamic State", EntityType.ArmedGroup, ["ISIL"]));
        Ingest("fourth", new Entity("Fergana Valley", EntityType.Loc, ["Ferghana Valley"]), new Entity("Islamic State", EntityType.ArmedGroup, ["Isis", "Daesh"]));

        var nazarbayev = Assert.Single(Store.SearchEntities("Nazarba", EntityType.Person, 10));
        Assert.Equal(2, nazarbayev.Documents);
        Assert.Contains("Nursultan Nazarbaev", nazarbayev.Aliases);
        Assert.Contains("Ferghana Valley", Assert.Single(Store.SearchEntities("Valley", null, 10)).Aliases);
        Assert.Superset(new HashSet<string> { "ISIL", "Isis", "Daesh" }, Assert.Single(Store.SearchEntities(null, EntityType.ArmedGroup, 10)).Aliases.ToHashSet());
    }

    [Fact]
    public void ADocumentNamingThousandsOfEntitiesLinksThemAllAndTheirNextMention()
    {
        // More spellings, keys and links than one statement may carry parameters for.
        var random = new Random(7);
        var surnames = Enumerable.Range(0, 5000).Select(_ => "Q" + new string([.. Enumerable.Range(0, 11).Select(_ => (char)random.Next('a', 'z' + 1))])).Distinct().ToList();
        Ingest("a long text", [.. surnames.Select(s => new Entity($"Commander {s}", EntityType.Person, [$"Commander {s}", s]))]);
        Ingest("a later report", new Entity(surnames[750], EntityType.Person, [surnames[750]]));

        Assert.Equal(surnames.Count, Store.SearchEntities("Commander", EntityType.Person, 10_000).Count);
        Assert.Equal(2, Assert.Single(Store.SearchEntities(surnames[750], EntityType.Person, 10)).Documents);
    }

    [Fact]
    public void ACityAndItsRegionStayApart()
    {
        Ingest("city", new Entity("Osh city", EntityType.Gpe, ["Osh city"]) { Country = "KG" });
        Ingest("region", new Entity("Osh Region", EntityType.Gpe, ["Osh Region"]) { Country = "KG" });

        Assert.Equal(2, Store.SearchEntities("Osh", EntityType.Gpe, 10).Count);
    }

    [Fact]
    public void AMergeIsKeptAndLaterMentionsFollowIt()
    {
        Ingest("one", new Entity("Kamolot", EntityType.Org, ["Kamolot"]));
        Ingest("two", new Entity("Kamolot youth movement", EntityType.Org, ["Kamolot youth movement"]));
        var kept = Store.SearchEntities("Kamolot", null, 10).Single(e => e.Name == "Kamolot");
        var other = Store.SearchEntities("Kamolot", null, 10).Single(e => e.Name != "Kamolot");

        var merged = Store.MergeEntities(kept.Id, other.Id, "analyst-a", "same youth organisation");
        Ingest("three", new Entity("Kamolot youth movement", EntityType.Org, ["Kamolot youth movement"]));

        Assert.Equal(3, Assert.Single(Store.SearchEntities("Kamolot", null, 10)).Documents);
        Assert.Equal(kept.Id, merged.Id);
        var decision = Assert.Single(Store.EntityDecisions());
        Assert.Equal(("merge", "analyst-a", "same youth organisation"), (decision.Action, decision.Analyst, decision.Note));
        Assert.Equal(merged.Id, Store.GetEntity(other.Id)?.Id);
    }

    [Fact]
    public void ASplitIsKeptAndLaterIngestsRespectIt()
    {
        Ingest("one", new Entity("Islamic State", EntityType.ArmedGroup, ["Islamic State", "Khorasan"]));
        var entity = Assert.Single(Store.SearchEntities("Islamic State", null, 10));

        var created = Store.SplitAlias(entity.Id, "Khorasan", "analyst-b", "the branch, not the whole", Matcher);
        Ingest("two", new Entity("Islamic State", EntityType.ArmedGroup, ["Islamic State", "Khorasan"]));

        Assert.Equal(["Khorasan"], created.Aliases);
        Assert.Equal(2, Store.SearchEntities(null, EntityType.ArmedGroup, 10).Count);
        Assert.Equal("split", Store.EntityDecisions().Single().Action);
    }

    [Fact]
    public void MergingDifferentTypesIsRefused()
    {
        Ingest("one", new Entity("Batken", EntityType.Gpe, ["Batken"]), new Entity("Kamolot", EntityType.Org, ["Kamolot"]));
        var ids = Store.SearchEntities(null, null, 10).Select(e => e.Id).ToList();

        var error = Assert.Throws<StoreException>(() => Store.MergeEntities(ids[0], ids[1], "a", null));

        Assert.Contains("only entities of one type merge", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEntityPageHasItsEventsDocumentsAndNeighbours()
    {
        var imu = new Entity("Islamic Movement of Uzbekistan", EntityType.ArmedGroup, ["Islamic Movement of Uzbekistan", "IMU"]);
        var batken = new Entity("Batken", EntityType.Gpe, ["Batken"]) { Country = "KG" };
        var bishkek = new Entity("Bishkek", EntityType.Gpe, ["Bishkek"]) { Country = "KG" };
        Store.Save(Document("first report"), [imu, batken], [Event(Core.Events.EventType.ArmedClash, "1999-08-01", "KG", actor: "IMU fighters")], Matcher);
        Store.Save(Document("second report"), [imu, batken, bishkek], [Event(Core.Events.EventType.Meeting, "2000-01-01", "KG", actor: "Kyrgyz government")], Matcher);
        var entity = Assert.Single(Store.SearchEntities("IMU", EntityType.ArmedGroup, 10));

        Assert.Equal("IMU fighters", Assert.Single(Store.EventsOfEntity(entity.Id, 10)).Event.Actors[0]);
        Assert.Equal(2, Store.DocumentsOfEntity(entity.Id, 10).Count);
        var neighbours = Store.CoOccurring(entity.Id, 10);
        Assert.Equal([("Batken", 2), ("Bishkek", 1)], neighbours.Select(n => (n.Entity.Name, n.SharedDocuments)));
        Assert.Empty(Store.EventsOfEntity(999_999, 10));
    }
}
