using System.Collections.Frozen;

namespace Caravan.Core.Events;

/// <summary>Wire names and families of <see cref="EventType"/>.</summary>
public static class EventTypes
{
    private static readonly FrozenDictionary<EventType, string> WireNames = new Dictionary<EventType, string>
    {
        [EventType.ArmedClash] = "armed_clash",
        [EventType.Attack] = "attack",
        [EventType.RemoteViolence] = "remote_violence",
        [EventType.SuicideBombing] = "suicide_bombing",
        [EventType.Abduction] = "abduction",
        [EventType.Protest] = "protest",
        [EventType.Arrest] = "arrest",
        [EventType.Sentencing] = "sentencing",
        [EventType.Legislation] = "legislation",
        [EventType.Agreement] = "agreement",
        [EventType.Meeting] = "meeting",
        [EventType.Visit] = "visit",
        [EventType.Initiative] = "initiative",
        [EventType.MilitaryExercise] = "military_exercise",
        [EventType.Warning] = "warning",
        [EventType.Denial] = "denial",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, EventType> ByWireName =
        WireNames.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<EventType> All => WireNames.Keys;

    public static string ToWireName(this EventType type) => WireNames[type];

    public static bool TryParse(string? wireName, out EventType type)
    {
        type = default;
        return wireName is not null && ByWireName.TryGetValue(wireName.Trim(), out type);
    }

    public static EventType Parse(string wireName) =>
        TryParse(wireName, out var type)
            ? type
            : throw new FormatException($"'{wireName}' is not an event type; expected one of {string.Join(", ", WireNames.Values)}.");

    public static EventFamily Family(this EventType type) => type switch
    {
        EventType.ArmedClash or EventType.Attack or EventType.RemoteViolence or EventType.SuicideBombing
            or EventType.Abduction => EventFamily.Violence,
        EventType.Protest => EventFamily.Protest,
        EventType.Arrest or EventType.Sentencing => EventFamily.Legal,
        EventType.Legislation => EventFamily.Legislation,
        EventType.Agreement => EventFamily.Agreement,
        EventType.Meeting or EventType.Visit => EventFamily.Diplomacy,
        EventType.Initiative => EventFamily.Initiative,
        EventType.MilitaryExercise => EventFamily.MilitaryExercise,
        _ => EventFamily.Statement,
    };

    public static bool IsViolent(this EventType type) => type.Family() == EventFamily.Violence;

    /// <summary>What is said rather than done: warnings, denials and proposals.</summary>
    public static bool IsSaying(this EventType type) => type.Family() is EventFamily.Statement or EventFamily.Initiative;
}
