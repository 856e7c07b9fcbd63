using Caravan.Core.Review;
using Caravan.Core.Sharing;
using Caravan.Storage.Stix;

namespace Caravan.Storage.Tests;

/// <summary>
/// The STIX object store behind TAXII: versions per collection, the order objects were added, filters,
/// paging without loss or repetition, the marking rule on every read, and what waits to be published.
/// </summary>
public abstract class StixObjectContract : SharingContract
{
    private const string Collection = "c-green";

    private static StixObjectRecord Object(string id, string version, string type = "indicator", string collection = Collection, Marking? marking = null) =>
        new(collection, marking ?? new Marking("org-a", Tlp.Green), id, type, "2.1", version, $$"""{"type":"{{type}}","id":"{{id}}","modified":"{{version}}"}""");

    private static string Id(int n, string type = "indicator") => $"{type}--00000000-0000-4000-8000-{n:D12}";

    private static string V(int day) => $"2026-01-{day:D2}T00:00:00.000000Z";

    [Fact]
    public void An_object_version_is_added_once_and_a_new_version_beside_it()
    {
        var first = Store.AddStixObjects([Object(Id(1), V(1)), Object(Id(1), V(1))]);
        var second = Store.AddStixObjects([Object(Id(1), V(2))]);

        Assert.Equal([true, false], first.Select(o => o.Added));
        Assert.True(Assert.Single(second).Added);
        var all = Store.QueryStixObjects(new StixObjectQuery(Collection) { Versions = StixVersionFilter.Every });
        Assert.Equal([V(1), V(2)], all.Objects.Select(o => o.Object.Version));
    }

    [Fact]
    public void Match_version_picks_the_last_the_first_all_or_an_exact_version()
    {
        Store.AddStixObjects([Object(Id(1), V(1)), Object(Id(2), V(5))]);
        Store.AddStixObjects([Object(Id(1), V(3))]);
        Store.AddStixObjects([Object(Id(1), V(2))]);

        string[] Versions(StixVersionFilter filter) =>
            [.. Store.QueryStixObjects(new StixObjectQuery(Collection) { Versions = filter, Ids = [Id(1)] }).Objects.Select(o => o.Object.Version).Order(StringComparer.Ordinal)];

        Assert.Equal([V(3)], Versions(StixVersionFilter.Last));
        Assert.Equal([V(1)], Versions(new StixVersionFilter(true, false, false, [])));
        Assert.Equal([V(1), V(3)], Versions(new StixVersionFilter(true, true, false, [])));
        Assert.Equal([V(1), V(2), V(3)], Versions(StixVersionFilter.Every));
        Assert.Equal([V(2)], Versions(new StixVersionFilter(false, false, false, [V(2)])));
    }

    [Fact]
    public void Date_added_grows_with_every_write_and_added_after_returns_only_later_writes()
    {
        Store.AddStixObjects([Object(Id(1), V(1)), Object(Id(2), V(1))]);
        Store.AddStixObjects([Object(Id(3), V(1))]);
        var all = Store.QueryStixObjects(new StixObjectQuery(Collection)).Objects;

        Assert.Equal(all[0].DateAdded, all[1].DateAdded);
        Assert.True(string.CompareOrdinal(all[2].DateAdded, all[1].DateAdded) > 0);
        var later = Store.QueryStixObjects(new StixObjectQuery(Collection) { AddedAfter = all[1].DateAdded }).Objects;
        Assert.Equal([Id(3)], later.Select(o => o.Object.Id));
    }

    [Fact]
    public void Paging_with_the_cursor_visits_every_object_once_in_order()
    {
        for (var batch = 0; batch < 5; batch++)
        {
            Store.AddStixObjects([.. Enumerable.Range(batch * 7, 7).Select(n => Object(Id(n), V(1)))]);
        }

        var seen = new List<string>();
        var query = new StixObjectQuery(Collection) { Limit = 4 };
        StixObjectPage page;
        do
        {
            page = Store.QueryStixObjects(query);
            seen.AddRange(page.Objects.Select(o => o.Object.Id));
            query = query with { After = new StixCursor(page.Objects[^1].DateAdded, page.Objects[^1].Sequence) };
        }
        while (page.More);

        Assert.Equal(Enumerable.Range(0, 35).Select(n => Id(n)), seen);
    }

    [Fact]
    public void Filters_by_type_id_and_spec_version_combine()
    {
        Store.AddStixObjects([Object(Id(1), V(1)), Object(Id(2, "report"), V(1), "report"), Object(Id(3, "location"), V(1), "location")]);

        var byType = Store.QueryStixObjects(new StixObjectQuery(Collection) { Types = ["report", "location"] }).Objects;
        var byTypeAndId = Store.QueryStixObjects(new StixObjectQuery(Collection) { Types = ["report", "location"], Ids = [Id(3, "location"), Id(1)] }).Objects;
        var otherSpec = Store.QueryStixObjects(new StixObjectQuery(Collection) { SpecVersions = ["2.0"] }).Objects;

        Assert.Equal(["report", "location"], byType.Select(o => o.Object.Type));
        Assert.Equal([Id(3, "location")], byTypeAndId.Select(o => o.Object.Id));
        Assert.Empty(otherSpec);
    }

    [Fact]
    public void Collections_are_apart_and_the_marking_rule_applies_to_their_objects()
    {
        Store.AddStixObjects([Object(Id(1), V(1)), Object(Id(2), V(1), collection: "c-amber", marking: new Marking("org-a", Tlp.Amber))]);
        Store.SharePartner("org-a", "org-b");

        int Count(string collection, string organisation)
        {
            using var store = CreateStore(Reader.Of(organisation));
            return store.QueryStixObjects(new StixObjectQuery(collection)).Objects.Count;
        }

        Assert.Equal(1, Count(Collection, "org-c"));
        Assert.Equal(0, Count("c-amber", "org-c"));
        Assert.Equal(1, Count("c-amber", "org-b"));
        Assert.Equal(1, Count("c-amber", "org-a"));
    }

    [Fact]
    public void Changes_to_a_document_mark_it_for_publishing_until_published_at_that_revision()
    {
        var document = Document("Police in Osh detained two suspects, the ministry said.");
        Store.Save(document, [], [Event(Core.Events.EventType.Arrest, "2024-03-12", "KG")]);
        var pending = Assert.Single(Store.PendingPublications(10));
        Assert.Equal(document.Id, pending.Document);

        var e = Assert.Single(Store.FindDocument(document.Id.Value)!.Events);
        Store.ReviewEvent(e.Id, ReviewAction.Confirm, null, "aigerim", null);
        Store.Publish(pending, [Object(Id(9), V(1))]);
        var again = Assert.Single(Store.PendingPublications(10));
        Assert.True(again.Revision > pending.Revision);

        Store.Publish(again, [Object(Id(9), V(1)) with { Json = """{"changed":true}""" }]);
        Assert.Empty(Store.PendingPublications(10));
        var published = Assert.Single(Store.QueryStixObjects(new StixObjectQuery(Collection)).Objects);
        Assert.Equal("""{"changed":true}""", published.Object.Json);
    }

    [Fact]
    public void Received_documents_are_not_published()
    {
        Store.Save(Document("A partner's report of a raid in Andijan.") with { ReceivedFrom = new Provenance("taxii:partner", DateTimeOffset.UtcNow) }, [], []);

        Assert.Empty(Store.PendingPublications(10));
    }

    [Fact]
    public void Sync_watermarks_and_statuses_are_kept()
    {
        Store.SetSyncWatermark("http://partner/taxii2/caravan/", "c1", V(1));
        Store.SetSyncWatermark("http://partner/taxii2/caravan/", "c1", V(2));
        Store.SaveTaxiiStatus("s1", """{"status":"complete"}""");

        Assert.Equal(V(2), Store.SyncWatermark("http://partner/taxii2/caravan/", "c1"));
        Assert.Null(Store.SyncWatermark("http://partner/taxii2/caravan/", "c2"));
        Assert.Equal("""{"status":"complete"}""", Store.FindTaxiiStatus("s1"));
        Assert.Null(Store.FindTaxiiStatus("s2"));
    }
}
