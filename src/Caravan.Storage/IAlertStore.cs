using Caravan.Core.Alerts;

namespace Caravan.Storage;

/// <summary>Alert rules, the alerts they raised, and where their webhook deliveries stand.</summary>
public interface IAlertStore
{
    AlertRule AddAlertRule(AlertRule rule);

    IReadOnlyList<AlertRule> AlertRules();

    /// <summary>
    /// Changes what a rule of the reader's organisation (any rule for the instance) matches and its name; its webhook
    /// and the alerts it raised stay. False when there is none it may change.
    /// </summary>
    bool UpdateAlertRule(AlertRule rule);

    /// <summary>Deletes a rule of the reader's organisation (any rule for the instance) with its alerts; false when there is none it may delete.</summary>
    bool DeleteAlertRule(long id);

    /// <summary>The id of the last event the rules were run over.</summary>
    long AlertWatermark();

    void SetAlertWatermark(long eventId);

    /// <summary>Events stored after <paramref name="eventId"/>, in the order they were stored.</summary>
    IReadOnlyList<StoredEvent> EventsAfter(long eventId, int limit);

    /// <summary>Records that an event matched a rule; false if it was already recorded.</summary>
    bool RecordAlert(long ruleId, long eventId, DateTimeOffset at, bool deliver, string? detail = null);

    /// <summary>The newest alerts whose events the store's reader may see.</summary>
    IReadOnlyList<Alert> Alerts(int limit);

    /// <summary>Alerts with a webhook still to deliver whose next attempt is due.</summary>
    IReadOnlyList<Alert> DueDeliveries(DateTimeOffset now, int maxAttempts);

    void RecordDelivery(long alertId, DateTimeOffset at, string? error, DateTimeOffset? nextAttempt);
}
