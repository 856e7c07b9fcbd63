using Caravan.Analysis.Alerts;
using Caravan.Core.Alerts;
using Caravan.Core.Documents;
using Caravan.Core.Events;
using Caravan.Core.Sharing;
using Caravan.Storage;

namespace Caravan.Analysis.Tests.Alerts;

public sealed class AlertEngineTests : IDisposable
{
    private readonly SeedStore seeds = new();
    private int documents;

    [Fact]
    public void A_rule_raises_once_per_matching_event_and_never_on_what_its_organisation_may_not_read()
    {
        var rule = seeds.Store.AddAlertRule(new AlertRule(0, "Batken attacks", "org-b") { Type = EventType.Attack, Admin1 = "Batken Region" });
        Save(Marking.Default, TestEvents.Event("2024-05-03", EventType.Attack, "Batken"), TestEvents.Event("2024-05-04", EventType.Arrest, "Batken"), TestEvents.Event("2024-05-05", EventType.Attack, "Sughd"));
        Save(new Marking("org-a", Tlp.Amber), TestEvents.Event("2024-05-06", EventType.Attack, "Batken"));

        var first = AlertEngine.Evaluate(seeds.Store, DateTimeOffset.UtcNow);
        var again = AlertEngine.Evaluate(seeds.Store, DateTimeOffset.UtcNow);
        seeds.Store.SharePartner("org-a", "org-b");
        Save(new Marking("org-a", Tlp.Amber), TestEvents.Event("2024-05-07", EventType.Attack, "Batken"));
        var afterSharing = AlertEngine.Evaluate(seeds.Store, DateTimeOffset.UtcNow);

        Assert.Equal((1, 0, 1), (first, again, afterSharing));
        Assert.All(seeds.Store.Alerts(10), a => Assert.Equal(rule.Id, a.RuleId));
    }

    [Fact]
    public void A_week_with_unusually_many_events_in_a_region_raises_one_anomaly()
    {
        seeds.Store.AddAlertRule(new AlertRule(0, "Unusual weeks", "org-b") { Country = "KG", Anomalies = true });
        var quiet = new DateOnly(2024, 3, 4);
        for (var week = 0; week < 8; week++)
        {
            Save(Marking.Default, TestEvents.Event(quiet.AddDays(7 * week).AddDays(week % 3).ToString("yyyy-MM-dd"), EventType.Arrest, "Batken"));
        }

        Assert.Equal(0, AlertEngine.Evaluate(seeds.Store, DateTimeOffset.UtcNow));
        var busy = quiet.AddDays(7 * 8);
        Save(Marking.Default, [.. Enumerable.Range(0, 6).Select(d => TestEvents.Event(busy.AddDays(d % 5).ToString("yyyy-MM-dd"), EventType.Attack, "Batken"))]);
        var raised = AlertEngine.Evaluate(seeds.Store, DateTimeOffset.UtcNow);
        Save(Marking.Default, TestEvents.Event(busy.AddDays(2).ToString("yyyy-MM-dd"), EventType.Attack, "Batken"));
        var more = AlertEngine.Evaluate(seeds.Store, DateTimeOffset.UtcNow);

        Assert.Equal((1, 0), (raised, more));
        var alert = Assert.Single(seeds.Store.Alerts(10));
        Assert.StartsWith("6 events in Batken in the week of 2024-04-29", alert.Detail, StringComparison.Ordinal);
    }

    private void Save(Marking marking, params ExtractedEvent[] events)
    {
        var text = $"Synthetic report {++documents}.";
        var document = new DocumentRecord(DocumentId.FromContent(text), $"/alerts/{documents}.txt", $"{documents}.txt", "text/plain", text,
            new DocumentMetadata($"{documents}.txt", null, null, "Wire"), DateTimeOffset.UtcNow) { Marking = marking };
        seeds.Store.Save(document, [], events);
    }


    public void Dispose() => seeds.Dispose();
}
