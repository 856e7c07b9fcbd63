using Caravan.Core.Events;
using Caravan.Core.Review;

namespace Caravan.Storage.Tests;

/// <summary>The review part of the store contract: decisions, their history, and re-extraction that keeps them.</summary>
public abstract class ReviewContract : EventStoreContract
{
    private const string Report = "Gunmen attacked an outpost in Batken. Police arrested four men. Officials met in Bishkek. A warning was issued.";

    private ExtractedEvent At(EventType type, int start, string country = "KG") => Event(type, "2001-07-25", country) with { EvidenceStart = start, Evidence = $"sentence at {start}" };

    private IReadOnlyList<StoredEvent> SaveReport(params ExtractedEvent[] events)
    {
        var document = Document(Report);
        Store.Save(document, [], events);
        return Store.QueryEvents(new EventQuery { Document = document.Id, Review = null });
    }

    [Fact]
    public void AConfirmationIsRecordedWithWhoAndWhen()
    {
        var stored = SaveReport(At(EventType.ArmedClash, 0)).Single();

        var confirmed = Store.ReviewEvent(stored.Id, ReviewAction.Confirm, null, "aigerim", "matches the wire report");

        Assert.Equal((ReviewState.Confirmed, "aigerim"), (confirmed.Review, confirmed.ReviewedBy));
        Assert.NotNull(confirmed.ReviewedAt);
        var revision = Assert.Single(Store.EventHistory(stored.Id));
        Assert.Equal((ReviewAction.Confirm, "aigerim", "matches the wire report"), (revision.Action, revision.Analyst, revision.Note));
        Assert.Contains("\"review\":\"machine\"", revision.Before, StringComparison.Ordinal);
        Assert.Contains("\"review\":\"confirmed\"", revision.After, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditChangesTheFactsButNeverTheEvidence()
    {
        var stored = SaveReport(At(EventType.ArmedClash, 0)).Single();
        var edited = stored.Event with { Type = EventType.Attack, Fatalities = 3, Evidence = "an analyst's paraphrase", EvidenceStart = 99 };

        var after = Store.ReviewEvent(stored.Id, ReviewAction.Edit, edited, "timur", null);

        Assert.Equal((EventType.Attack, 3, ReviewState.Edited), (after.Event.Type, after.Event.Fatalities, after.Review));
        Assert.Equal((stored.Event.Evidence, stored.Event.EvidenceStart), (after.Event.Evidence, after.Event.EvidenceStart));
        var revision = Assert.Single(Store.EventHistory(stored.Id));
        Assert.Contains("\"type\":\"armed_clash\"", revision.Before, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"attack\"", revision.After, StringComparison.Ordinal);
    }

    [Fact]
    public void ARejectedEventLeavesTheDefaultListsButNotTheStore()
    {
        var stored = SaveReport(At(EventType.ArmedClash, 0), At(EventType.Arrest, 38));
        var rejected = stored.Single(e => e.Event.Type == EventType.Arrest);

        Store.ReviewEvent(rejected.Id, ReviewAction.Reject, null, "timur", "not an arrest: a detention for questioning");

        Assert.DoesNotContain(Store.QueryEvents(new EventQuery()), e => e.Id == rejected.Id);
        Assert.Equal(rejected.Id, Assert.Single(Store.QueryEvents(new EventQuery { Review = ReviewState.Rejected })).Id);
        Assert.Equal(ReviewState.Rejected, Store.GetEvent(rejected.Id)?.Review);
    }

    [Fact]
    public void AnEventAddedByHandIsManualAndHasItsHistory()
    {
        var document = Document(Report);
        Store.Save(document, [], []);

        var added = Store.AddEvent(document.Id, At(EventType.Warning, 95), "aigerim", "the warning the extractor missed");

        Assert.Equal((ReviewState.Manual, 1.0), (added.Review, added.Event.Confidence));
        var revision = Assert.Single(Store.EventHistory(added.Id));
        Assert.Equal((ReviewAction.Add, (string?)null), (revision.Action, revision.Before));
        Assert.Throws<StoreException>(() => Store.AddEvent(Document("another text").Id, At(EventType.Warning, 0), "aigerim", null));
    }

    [Fact]
    public void ReextractionReplacesOnlyWhatNoAnalystTouched()
    {
        var clash = At(EventType.ArmedClash, 0);
        var arrest = At(EventType.Arrest, 38);
        var meeting = At(EventType.Meeting, 63);
        var warning = At(EventType.Warning, 95);
        var stored = SaveReport(clash, arrest, meeting, warning);
        long Id(EventType type) => stored.Single(e => e.Event.Type == type).Id;
        Store.ReviewEvent(Id(EventType.ArmedClash), ReviewAction.Confirm, null, "a", null);
        Store.ReviewEvent(Id(EventType.Arrest), ReviewAction.Reject, null, "a", null);
        Store.ReviewEvent(Id(EventType.Meeting), ReviewAction.Edit, meeting with { Type = EventType.Visit, Fatalities = 0 }, "a", null);
        var visit = new ExtractedEvent { Type = EventType.Agreement, Evidence = "new", EvidenceStart = 80 };

        var outcome = Store.Reextract(stored[0].DocumentId, [], [clash, arrest, meeting, warning with { Fatalities = 0 }, visit]);

        Assert.Equal(new ReextractOutcome(Removed: 1, Added: 2, KeptHumanDecisions: 3), outcome);
        var after = Store.QueryEvents(new EventQuery { Document = stored[0].DocumentId });
        Assert.Equal(
            ["agreement/machine", "armed_clash/confirmed", "visit/edited", "warning/machine"],
            after.Select(e => $"{e.Event.Type.ToWireName()}/{e.Review.ToWireName()}").Order(StringComparer.Ordinal));
        Assert.Single(Store.QueryEvents(new EventQuery { Review = ReviewState.Rejected }));
    }

    [Fact]
    public void TheLatestDecisionsComeNewestFirst()
    {
        var stored = SaveReport(At(EventType.ArmedClash, 0), At(EventType.Arrest, 38));
        Store.ReviewEvent(stored[0].Id, ReviewAction.Confirm, null, "first", null);
        Store.ReviewEvent(stored[1].Id, ReviewAction.Reject, null, "second", null);

        Assert.Equal(["second", "first"], Store.RecentRevisions(10).Select(r => r.Analyst));
    }

    [Fact]
    public void EventsSortAndFilterByRegionAndReviewState()
    {
        var document = Document("three events");
        Store.Save(document, [], [
            Event(EventType.Attack, "2001-07-25", "KG", killed: 2),
            Event(EventType.Attack, "2016-08-30", "KG", killed: 7),
            Event(EventType.Attack, "2010-01-01", "KG", killed: null) with { Place = new Core.Places.PlaceReference("KG", "Osh", "Osh", null, null, Core.Places.GeoPrecision.Admin1) },
        ]);

        Assert.Equal([7, 2, null], Store.QueryEvents(new EventQuery { Sort = EventSort.Fatalities }).Select(e => e.Event.Fatalities));
        Assert.Equal(["2016-08-30", "2010-01-01", "2001-07-25"], Store.QueryEvents(new EventQuery { Sort = EventSort.DateDescending }).Select(e => e.Event.Date?.ToString()));
        Assert.Equal(2, Store.QueryEvents(new EventQuery { Admin1 = "batken" }).Count);
        Assert.Equal(3, Store.QueryEvents(new EventQuery { Review = ReviewState.Machine }).Count);
        Assert.Empty(Store.QueryEvents(new EventQuery { Review = ReviewState.Confirmed }));
    }
}
