using Caravan.Core.Events;
using Caravan.Core.Text;

namespace Caravan.Core.Alerts;

/// <summary>
/// What an organisation wants to hear of at once: events of a type, in a country or region, naming an actor
/// or a keyword, with at least so many killed. Every condition given must hold; none given matches everything.
/// Matches go to the alert list, the Atom feed and, when set, a webhook signed with the rule's secret.
/// </summary>
public sealed record AlertRule(long Id, string Name, string Owner)
{
    public EventType? Type { get; init; }

    public string? Country { get; init; }

    public string? Admin1 { get; init; }

    public string? Actor { get; init; }

    public string? Keyword { get; init; }

    public int? MinFatalities { get; init; }

    public Uri? Webhook { get; init; }

    /// <summary>The key webhook payloads are signed with (HMAC-SHA256), so the receiver knows they came from us.</summary>
    public string? Secret { get; init; }

    /// <summary>
    /// Raise on weeks in which a region had unusually many matching events (against the weeks before), rather than
    /// on every matching event.
    /// </summary>
    public bool Anomalies { get; init; }

    public bool Matches(ExtractedEvent e) =>
        (Type is null || e.Type == Type)
        && (Country is null || string.Equals(e.Place.Country, Country, StringComparison.OrdinalIgnoreCase))
        && (Admin1 is null || (e.Place.Admin1 is { } admin1 && NameFolding.FoldAdministrative(admin1) == NameFolding.FoldAdministrative(Admin1)))
        && (Actor is null || e.Actors.Concat(e.Targets).Any(a => NameFolding.Fold(a).Contains(NameFolding.Fold(Actor), StringComparison.Ordinal)))
        && (Keyword is null || e.Evidence.Contains(Keyword, StringComparison.OrdinalIgnoreCase))
        && (MinFatalities is null || e.Fatalities >= MinFatalities);

    /// <summary>The conditions in words, for lists and feeds.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Type is { } type)
        {
            parts.Add(type.ToWireName());
        }

        if (Country is not null)
        {
            parts.Add("in " + Country);
        }

        if (Admin1 is not null)
        {
            parts.Add("in " + Admin1);
        }

        if (Actor is not null)
        {
            parts.Add("naming " + Actor);
        }

        if (Keyword is not null)
        {
            parts.Add($"saying \"{Keyword}\"");
        }

        if (MinFatalities is { } min)
        {
            parts.Add($"at least {min} killed");
        }

        var conditions = parts.Count == 0 ? "any event" : string.Join(", ", parts);
        return Anomalies ? $"unusually many per region and week of: {conditions}" : conditions;
    }
}

/// <summary>One event that matched one rule, and how its webhook delivery stands.</summary>
public sealed record Alert(long Id, long RuleId, string RuleName, long EventId, DateTimeOffset At)
{
    /// <summary>For an anomaly, what was unusual ("9 events in Batken in the week of 2024-05-06; baseline 1.2 ± 1.0").</summary>
    public string? Detail { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }

    public int Attempts { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? NextAttemptAt { get; init; }
}
