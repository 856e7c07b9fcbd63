using System.Globalization;
using Caravan.Core.Alerts;
using Caravan.Core.Dates;
using Caravan.Core.Sharing;
using Caravan.Storage;

namespace Caravan.Analysis.Alerts;

/// <summary>
/// Runs every rule over the events stored since the last run, once each, and records what matched. A rule
/// sees only events its organisation may read (the marking rule), so an alert never carries an event to
/// someone the marking keeps it from. Anomaly rules look at the weeks the new events fall in, against the
/// weeks before, and raise once per region and week. The store must read as the instance.
/// </summary>
public static class AlertEngine
{
    private const int Batch = 500;

    /// <summary>Returns how many alerts were raised.</summary>
    public static int Evaluate(IEventStore store, DateTimeOffset now)
    {
        var rules = store.AlertRules();
        var partners = store.Partners().ToHashSet();
        bool Visible(AlertRule rule, StoredEvent e) => MarkingPolicy.Allows(Reader.Of(rule.Owner), e.Marking, (owner, partner) => partners.Contains((owner, partner)));

        var raised = 0;
        var weeks = new HashSet<(string Region, DateOnly Week)>();
        for (var events = store.EventsAfter(store.AlertWatermark(), Batch); events.Count > 0; events = store.EventsAfter(store.AlertWatermark(), Batch))
        {
            foreach (var stored in events)
            {
                foreach (var rule in rules.Where(r => !r.Anomalies && r.Matches(stored.Event) && Visible(r, stored)))
                {
                    raised += store.RecordAlert(rule.Id, stored.Id, now, deliver: rule.Webhook is not null) ? 1 : 0;
                }

                if (RegionWeek(stored) is { } week)
                {
                    weeks.Add(week);
                }
            }

            store.SetAlertWatermark(events[^1].Id);
        }

        var anomalyRules = rules.Where(r => r.Anomalies).ToList();
        if (anomalyRules.Count > 0 && weeks.Count > 0)
        {
            raised += RaiseAnomalies(store, anomalyRules, weeks, Visible, now);
        }

        return raised;
    }

    private static int RaiseAnomalies(IEventStore store, List<AlertRule> rules, HashSet<(string Region, DateOnly Week)> weeks, Func<AlertRule, StoredEvent, bool> visible, DateTimeOffset now)
    {
        // Only the weeks new events fell in can have become anomalous; their baselines reach eight weeks back.
        var from = weeks.Min(w => w.Week).AddDays(-7 * AnomalyDetector.BaselineWeeks);
        var to = weeks.Max(w => w.Week).AddDays(6);
        var events = store.QueryEvents(new EventQuery { Since = Day(from), Until = Day(to), Limit = 1_000_000 });
        var raised = 0;
        foreach (var rule in rules)
        {
            var matching = events.Where(e => rule.Matches(e.Event) && visible(rule, e)).ToList();
            foreach (var anomaly in AnomalyDetector.Detect(matching.Select(e => e.Event)).Where(a => weeks.Contains((a.Region, a.WeekStart))))
            {
                // The week's first event stands for it, so the same anomaly is raised once however many events follow.
                var first = matching.Where(e => RegionWeek(e) == (anomaly.Region, anomaly.WeekStart)).OrderBy(e => Mentions.Day(e.Event.Date), StringComparer.Ordinal).ThenBy(e => e.Id).First();
                var detail = string.Create(CultureInfo.InvariantCulture,
                    $"{anomaly.Count} events in {anomaly.Region} in the week of {anomaly.WeekStart:yyyy-MM-dd}; the {AnomalyDetector.BaselineWeeks} weeks before averaged {anomaly.Baseline:F1} ± {anomaly.Spread:F1}");
                raised += store.RecordAlert(rule.Id, first.Id, now, deliver: rule.Webhook is not null, detail) ? 1 : 0;
            }
        }

        return raised;
    }

    private static (string Region, DateOnly Week)? RegionWeek(StoredEvent e) =>
        e.Event.Place.Admin1 is { } region && e.Event.Date is { Precision: DatePrecision.Day } && Mentions.DateOf(e.Event.Date) is { } day
            ? (region, AnomalyDetector.WeekStart(day))
            : null;

    private static PartialDate Day(DateOnly day) => PartialDate.OfDay(day.Year, day.Month, day.Day);
}
