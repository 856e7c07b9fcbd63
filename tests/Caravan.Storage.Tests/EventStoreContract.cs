using Caravan.Core.Accounts;
using Caravan.Core.Dates;
using Caravan.Core.Documents;
using Caravan.Core.Entities;
using Caravan.Core.Events;
using Caravan.Core.Places;
using Caravan.Core.Sharing;

namespace Caravan.Storage.Tests;

/// <summary>
/// What every <see cref="IEventStore"/> must do. Each implementation's test class derives from this and
/// supplies a fresh store on a real database.
/// </summary>
public abstract class EventStoreContract : IDisposable
{
    private readonly Lazy<IEventStore> store;

    protected EventStoreContract()
    {
        store = new Lazy<IEventStore>(() =>
        {
            var created = CreateStore();
            created.Migrate();
            return created;
        });
    }

    protected IEventStore Store => store.Value;

    /// <summary>Another connection to the same database, as the instance.</summary>
    protected IEventStore CreateStore() => CreateStore(Reader.Instance);

    /// <summary>Another connection to the same database, reading and writing as <paramref name="reader"/>.</summary>
    protected abstract IEventStore CreateStore(Reader reader);

    // A count the database would spend minutes on, row by row, in either dialect.
    private const string EndlessCount = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2000000000) SELECT COUNT(*) FROM n";

    [Fact]
    public void ARunningStatementStopsWhenTheStoresTokenIsCancelledAndNoNewOneStarts()
    {
        Store.Save(Document("kept"), [], []);
        using var store = (Relational.RelationalEventStore)CreateStore(Reader.Of("org-a", Role.Analyst));
        using var stop = new CancellationTokenSource();
        store.StopWhen(stop.Token);
        stop.CancelAfter(TimeSpan.FromMilliseconds(300));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var interrupted = Assert.ThrowsAny<Exception>(() => store.Scalar(EndlessCount));

        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(10));
        Assert.True(interrupted is System.Data.Common.DbException or OperationCanceledException, interrupted.ToString());
        Assert.Throws<OperationCanceledException>(() => store.CountDocuments());
        Assert.Equal(1, Store.CountDocuments()); // the database itself goes on
    }

    [Fact]
    public void TheOverviewCountsThePeriodByTypeCountryAndMonthAndTheChangesSinceAMoment()
    {
        Store.Save(Document("one"), [], [
            Event(EventType.Attack, "2022-09-14", "KG", killed: 3),
            Event(EventType.Attack, "2022-09-16", "TJ", killed: 2),
            Event(EventType.ArmedClash, "2022-10", "KG", killed: 5),
            Event(EventType.Arrest, "2022", "KG"),
            Event(EventType.Meeting, "2021-05-01", "UZ"),
            Event(EventType.Warning, null, "KZ"),
        ]);
        var rejected = Store.QueryEvents(new EventQuery { Type = EventType.Arrest }).Single();
        Store.ReviewEvent(rejected.Id, Core.Review.ReviewAction.Reject, null, "aigerim", "not an arrest");

        var overview = Store.Overview(PartialDate.Parse("2022"), PartialDate.Parse("2022"), DateTimeOffset.Parse("2026-11-22T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal([(EventType.Attack, 2, 5), (EventType.ArmedClash, 1, 5)], overview.ByType.Select(c => (c.Key, c.Events, c.Fatalities)));
        Assert.Equal([("KG", 2, 8), ("TJ", 1, 2)], overview.ByCountry.Select(c => (c.Key, c.Events, c.Fatalities)));
        Assert.Equal([("2022-09", 2, 5), ("2022-10", 1, 5)], overview.ByMonth.Select(c => (c.Key, c.Events, c.Fatalities)));
        Assert.Equal(5, overview.Backlog); // six events, one rejected
        Assert.Equal((1, 5, 1), (overview.Changes!.Documents, overview.Changes.Events, overview.Changes.Decisions));
        Assert.Equal((0, 0, 0), Store.Overview(null, null, DateTimeOffset.UtcNow.AddMinutes(1)).Changes is { } none ? (none.Documents, none.Events, none.Decisions) : (-1, -1, -1));
        Assert.Equal(1, Store.Overview(null, null, null).Undated);
        Assert.Equal(
            [("2022-09-14", EventType.Attack), ("2022-10", EventType.ArmedClash)],
            Store.DatesAndTypes(new EventQuery { Country = "KG", Since = PartialDate.Parse("2022"), Limit = 1 }).Select(r => (r.Date?.ToString(), r.Type)).Order());
    }

    [Fact]
    public void TheChangeStampMovesWithEveryChangeTheAnalysesReadAndOnlyThen()
    {
        var empty = Store.ChangeStamp();
        Assert.Equal(empty, Store.ChangeStamp());

        Store.Save(Document("stamped"), [], [Event(EventType.Warning, "2022-09-14", "KG")]);
        var saved = Store.ChangeStamp();
        var stored = Store.QueryEvents(new EventQuery()).Single();
        Store.ReviewEvent(stored.Id, Core.Review.ReviewAction.Confirm, null, "aigerim", null);
        var reviewed = Store.ChangeStamp();
        Store.RuleOnCommitment(new StoredCommitmentRuling("border-plan", "agreed", "aigerim", DateTimeOffset.UtcNow, null));
        var ruled = Store.ChangeStamp();
        Store.SharePartner("kg-cert", "uz-sgb");

        Assert.Equal(5, new HashSet<string> { empty, saved, reviewed, ruled, Store.ChangeStamp() }.Count);
    }

    [Fact]
    public void AnOrganisationEditsAndDeletesItsOwnAlertRulesOnly()
    {
        var rule = Store.AddAlertRule(new Core.Alerts.AlertRule(0, "Clashes in Batken", "kg-cert") { Type = EventType.ArmedClash, Country = "KG" });
        using var theirs = CreateStore(Reader.Of("kg-cert", Role.Analyst));
        using var others = CreateStore(Reader.Of("uz-sgb", Role.Analyst));

        Assert.False(others.UpdateAlertRule(rule with { Name = "taken over" }));
        Assert.False(others.DeleteAlertRule(rule.Id));
        Assert.True(theirs.UpdateAlertRule(rule with { Name = "Deadly clashes in Tajikistan", Country = "tj", MinFatalities = 3 }));

        var saved = Assert.Single(Store.AlertRules());
        Assert.Equal(("Deadly clashes in Tajikistan", EventType.ArmedClash, "TJ", 3), (saved.Name, saved.Type, saved.Country, saved.MinFatalities));
        Assert.Contains(Store.AuditEntries(0, 100), a => a.Object == $"alert-rule/{rule.Id}" && a.Action == "change");
        Assert.True(theirs.DeleteAlertRule(rule.Id));
        Assert.Empty(Store.AlertRules());
    }

    [Fact]
    public void SignInFailuresAreKeptPerNameWhateverItsCaseAndClearedByARightPassword()
    {
        var until = DateTimeOffset.Parse("2026-12-02T10:15:00Z", System.Globalization.CultureInfo.InvariantCulture);
        Store.SaveSignInFailures("Farrukh", new SignInFailures(3, null));
        Assert.Equal(new SignInFailures(3, null), Store.SignInFailures("farrukh"));

        Store.SaveSignInFailures("farrukh", new SignInFailures(0, until));
        using (var other = CreateStore())
        {
            Assert.Equal(until, other.SignInFailures("FARRUKH").LockedUntil);
        }

        Store.SaveSignInFailures("farrukh", default);
        Assert.Equal(default, Store.SignInFailures("farrukh"));
        Assert.Equal(default, Store.SignInFailures("nobody"));
    }

    public virtual void Dispose()
    {
        if (store.IsValueCreated)
        {
            store.Value.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    internal static DocumentRecord Document(string text, string file = "report.txt", string? outlet = "Caravanserai") => new(
        DocumentId.FromContent(text), "/reports/" + file, file, "text/plain", text,
        new DocumentMetadata(file, "Headline", PartialDate.Parse("2017-09-01"), outlet), DateTimeOffset.Parse("2026-11-22T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    internal static ExtractedEvent Event(EventType type, string? date, string? country, string actor = "Islamic Movement of Uzbekistan", int? killed = null) => new()
    {
        Type = type,
        Date = date is null ? null : PartialDate.Parse(date),
        Place = new PlaceReference(country, country is null ? null : "Batken", country is null ? null : "Batken", country is null ? null : 40.06, country is null ? null : 70.82, country is null ? GeoPrecision.None : GeoPrecision.Exact),
        Actors = [actor],
        Targets = ["Kyrgyzstan"],
        Fatalities = killed,
        Evidence = $"{type} on {date} in {country}.",
        EvidenceStart = 10,
        Confidence = 0.7,
    };

    [Fact]
    public void ASavedDocumentComesBackWithItsEntitiesAndEvents()
    {
        var document = Document("On July 25-26, gunmen attacked a military outpost in the Batken Region.");
        Entity[] entities = [new("Islamic Movement of Uzbekistan", EntityType.ArmedGroup, ["IMU", "Islamic Movement of Uzbekistan"]) { Country = null }];

        Assert.Equal(SaveOutcome.Added, Store.Save(document, entities, [Event(EventType.ArmedClash, "2001-07-25", "KG", killed: 2)]));
        var found = Store.FindDocument(document.Id.Value[..10]);

        Assert.NotNull(found);
        Assert.Equal(document.Text, found.Document.Text);
        Assert.Equal(document.Metadata, found.Document.Metadata);
        Assert.Equal(["IMU", "Islamic Movement of Uzbekistan"], Assert.Single(found.Entities).Aliases);
        var stored = Assert.Single(found.Events).Event;
        Assert.Equal(("2001-07-25", "KG", "Batken", 2, GeoPrecision.Exact), (stored.Date?.ToString(), stored.Place.Country, stored.Place.Admin1, stored.Fatalities, stored.Place.Precision));
    }

    [Fact]
    public void SavingTheSameTextTwiceStoresItOnce()
    {
        var document = Document("The same report, sent twice.");

        Store.Save(document, [], [Event(EventType.Arrest, null, "KG")]);
        var second = Store.Save(document with { SourcePath = "/elsewhere/copy.txt" }, [], [Event(EventType.Arrest, null, "KG")]);

        Assert.Equal(SaveOutcome.AlreadyPresent, second);
        Assert.Equal(1, Store.CountDocuments());
        Assert.Equal(1, Store.CountEvents());
    }

    [Fact]
    public void EventsFilterByCountryTypeDatesActorAndText()
    {
        Store.Save(Document("one"), [], [
            Event(EventType.ArmedClash, "2001-07-25", "KG"),
            Event(EventType.ArmedClash, "1999", "KG"),
            Event(EventType.Arrest, "2022-03", "UZ", actor: "State Security Service (Uzbekistan)"),
            Event(EventType.Meeting, "--09-15", "KG", actor: "Abdulaziz Kamilov"),
        ]);

        Assert.Equal(3, Store.QueryEvents(new EventQuery { Country = "kg" }).Count);
        Assert.Equal(2, Store.QueryEvents(new EventQuery { Type = EventType.ArmedClash }).Count);
        Assert.Equal(["2001-07-25", "2022-03"], Store.QueryEvents(new EventQuery { Since = PartialDate.Parse("2000") }).Select(e => e.Event.Date?.ToString()));
        Assert.Equal(["1999"], Store.QueryEvents(new EventQuery { Until = PartialDate.Parse("1999-12") }).Select(e => e.Event.Date?.ToString()));
        Assert.Single(Store.QueryEvents(new EventQuery { Actor = "kamilov" }));
        Assert.Single(Store.QueryEvents(new EventQuery { Text = "Arrest on" }));
    }

    [Fact]
    public void EventsComeInDateOrderWithUndatedLast()
    {
        Store.Save(Document("two"), [], [Event(EventType.Attack, null, "KZ"), Event(EventType.Attack, "2016-06", "KZ"), Event(EventType.Attack, "2001", "KZ")]);

        Assert.Equal(["2001", "2016-06", null], Store.QueryEvents(new EventQuery()).Select(e => e.Event.Date?.ToString()));
    }

    [Fact]
    public void LimitAndOffsetPage()
    {
        Store.Save(Document("three"), [], [.. Enumerable.Range(1, 9).Select(d => Event(EventType.Protest, $"2020-01-0{d}", "KG"))]);

        var page = Store.QueryEvents(new EventQuery { Limit = 3, Offset = 3 });

        Assert.Equal(["2020-01-04", "2020-01-05", "2020-01-06"], page.Select(e => e.Event.Date?.ToString()));
    }

    [Fact]
    public void AnAmbiguousIdPrefixIsAClearError()
    {
        Store.Save(Document("alpha"), [], []);
        Store.Save(Document("beta"), [], []);

        Assert.Null(Store.FindDocument("no-such-document"));
        var error = Assert.Throws<StoreException>(() => Store.FindDocument("report.txt"));
        Assert.Contains("more than one", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MigratingTwiceChangesNothing()
    {
        Store.Save(Document("kept"), [], [Event(EventType.Arrest, null, null)]);

        Store.Migrate();

        Assert.Equal((1, 1), (Store.CountDocuments(), Store.CountEvents()));
    }
}
