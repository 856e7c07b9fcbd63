using Caravan.Core.Dates;
using Caravan.Core.Entities;
using Caravan.Core.Events;
using Caravan.Core.Places;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Model;

namespace Caravan.Extraction.Stages;

/// <summary>
/// Rules that tell a built event is no happening of its own, in order: a warning nobody gave, a visit with nowhere
/// to go, violence with nothing to place on a map or a timeline, protests in general, what is told as a habit.
/// </summary>
internal static class NoHappening
{
    // Words either side of the trigger read for a habit: "have frequently erupted", "are detained regularly".
    private const int HabitReach = 3;

    // Words after a visit's trigger read for where it goes: "on an official trip to Europe".
    private const int DestinationReach = 3;

    private static readonly string[][] HabitCues = CueWords.Phrases("event.habitual");

    /// <summary>
    /// What the rules look at: the event's type, its sentence's lower-case words and the trigger's place among them,
    /// its sentence's mentions, its date and place, its counts.
    /// </summary>
    public readonly record struct Sketch(
        EventType Type, string[] Words, int At, IReadOnlyList<Mention> Mentions, PartialDate? Date, DateSource Source,
        TemporalExpression? OwnDate, PlaceReference Place, int? Killed, int? Injured)
    {
        public string TriggerWord => Words[At];
    }

    private delegate bool Rule(Sketch sketch);

    private static readonly Rule[] Rules =
    [
        WarningWithoutSpeaker,
        VisitWithNowhereToGo,
        ViolenceWithNothingToPlace,
        ProtestsInGeneral,
        ToldAsAHabit,
    ];

    public static bool Applies(Sketch sketch)
    {
        foreach (var rule in Rules)
        {
            if (rule(sketch))
            {
                return true;
            }
        }

        return false;
    }

    // A warning needs someone who gives it.
    private static bool WarningWithoutSpeaker(Sketch s) =>
        s.Type == EventType.Warning && !s.Mentions.Any(m => m.Type is EntityType.Person or EntityType.Org or EntityType.ArmedGroup);

    // "before his visit": a visit with nowhere to go is a reference, not an event; "on an official trip to Europe" has
    // somewhere to go, though no country to place it in (CV event F1 +0.001 to +0.002 on seeds 1-5).
    private static bool VisitWithNowhereToGo(Sketch s) => s.Type == EventType.Visit && s.Place.Precision == GeoPrecision.None && !GoesToANamedPlace(s);

    // Unlike EventPlaces.Destination, which places the visit, any place-typed name counts here, in the gazetteer or not:
    // "flew to Berzengi" is a visit somewhere even when nothing can put it on the map.
    private static bool GoesToANamedPlace(Sketch s)
    {
        for (var k = s.At + 1; k <= s.At + DestinationReach && k + 1 < s.Words.Length; k++)
        {
            var next = s.Words[k + 1];
            if (s.Words[k] == "to" && s.Mentions.Any(m => m.Type is EntityType.Loc or EntityType.Gpe && m.Text.StartsWith(next, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    // "the attack's timing": an anaphor or a generality, with nothing to place on a map or timeline.
    private static bool ViolenceWithNothingToPlace(Sketch s) =>
        s.Type.IsViolent() && (s.Date is null || s.Source == DateSource.Publication) && s.Place.Precision == GeoPrecision.None && s.Killed is null && s.Injured is null;

    // "there have been pro-independence uprisings": protests in general, not one that happened somewhere on a day.
    private static bool ProtestsInGeneral(Sketch s) =>
        s.Type == EventType.Protest && s.OwnDate is null && s.Place.Precision <= GeoPrecision.Country && s.TriggerWord.EndsWith('s') && s.Killed is null;

    // "clashes have frequently erupted in recent months", "members are regularly detained", "have held several rounds of
    // talks in recent years": background to the report, which the gold leaves out (CV event F1 +0.005 with fold seeds 1-3,
    // five predictions fewer over the 100 reports and no pair lost).
    private static bool ToldAsAHabit(Sketch s)
    {
        for (var k = Math.Max(0, s.At - HabitReach); k <= Math.Min(s.Words.Length - 1, s.At + HabitReach); k++)
        {
            foreach (var cue in HabitCues)
            {
                if (s.Words.AsSpan(k).StartsWith(cue))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
