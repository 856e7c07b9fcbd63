using Caravan.Core.Sharing;
using Caravan.Storage;

namespace Caravan.Analysis.Alerts;

/// <summary>
/// Runs every rule over the events stored since the last run, once each, and records what matched. A rule
/// sees only events its organisation may read (the marking rule), so an alert never carries an event to
/// someone the marking keeps it from. The store must read as the instance.
/// </summary>
public static class AlertEngine
{
    private const int Batch = 500;

    /// <summary>Returns how many alerts were raised.</summary>
    public static int Evaluate(IEventStore store, DateTimeOffset now)
    {
        var rules = store.AlertRules();
        var partners = store.Partners().ToHashSet();
        var raised = 0;
        for (var events = store.EventsAfter(store.AlertWatermark(), Batch); events.Count > 0; events = store.EventsAfter(store.AlertWatermark(), Batch))
        {
            foreach (var stored in events)
            {
                foreach (var rule in rules.Where(r => r.Matches(stored.Event)
                    && MarkingPolicy.Allows(Reader.Of(r.Owner), stored.Marking, (owner, partner) => partners.Contains((owner, partner)))))
                {
                    raised += store.RecordAlert(rule.Id, stored.Id, now, deliver: rule.Webhook is not null) ? 1 : 0;
                }
            }

            store.SetAlertWatermark(events[^1].Id);
        }

        return raised;
    }
}
