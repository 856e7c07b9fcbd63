using System.Collections.Frozen;
using Caravan.Core.Events;
using Caravan.Extraction.Knowledge;

namespace Caravan.Extraction.Stages;

/// <summary>
/// The types a sentence reports, from the trigger words found in it: ordered rules each drop a type that is only the
/// setting or the subject of another (the meeting a treaty was signed at, the violence a denial denies), then one
/// violent type is kept, by priority, and an arrest told with its sentence gives way to the sentence.
/// </summary>
internal static class EventTypeChoice
{
    public static readonly FrozenSet<string> Militants = CueWords.Set("actor.militant", ignoreCase: true);

    public static readonly FrozenSet<string> MilitaryTargets = CueWords.Set("actor.military", ignoreCase: true);

    private static readonly FrozenSet<string> CivilianCrowds = CueWords.Set("actor.civilian-crowd", ignoreCase: true);

    private static readonly FrozenSet<string> GunfireWords = CueWords.Set("clash.gunfire");

    private static readonly EventType[] ViolencePriority =
        [EventType.SuicideBombing, EventType.ArmedClash, EventType.RemoteViolence, EventType.Abduction, EventType.Attack];

    /// <summary>A rule that drops from the triggers found (type → token index) a type another one outranks.</summary>
    private delegate void Pruning(Dictionary<EventType, int> found, string[] lower);

    private static readonly Pruning[] Prunings =
    [
        AgreementOutranksItsVenue,
        DenialVoidsWhatItDenies,
        ReportedViolenceIsNoWarning,
        ProposalOutranksItsVenue,
        ViolenceInARelativeClauseIsBackground,
    ];

    public static IEnumerable<(EventType Type, int At)> Choose(Dictionary<EventType, int> found, string[] lower)
    {
        foreach (var prune in Prunings)
        {
            prune(found, lower);
        }

        var violent = ViolencePriority.FirstOrDefault(found.ContainsKey);
        foreach (var (type, at) in found.OrderBy(pair => pair.Value))
        {
            if (type.IsViolent())
            {
                if (type == violent)
                {
                    yield return (MilitantsOnTheMilitaryFight(type, lower) ? EventType.ArmedClash : CiviliansClashing(type, lower, at) ? EventType.Protest : type, at);
                }
            }
            else if (!IsAStepOfAnother(type, found))
            {
                yield return (type, at);
            }
        }
    }

    // "signed at the Consultative Meeting": the meeting is only the venue.
    private static void AgreementOutranksItsVenue(Dictionary<EventType, int> found, string[] lower)
    {
        if (found.TryGetValue(EventType.Agreement, out var agreementAt) && found.TryGetValue(EventType.Meeting, out var meetingAt) && meetingAt > agreementAt)
        {
            found.Remove(EventType.Meeting);
        }
    }

    // "denied reports that border guards had been killed in clashes": a denial answers, it does not warn, and what it denies did not happen.
    private static void DenialVoidsWhatItDenies(Dictionary<EventType, int> found, string[] lower)
    {
        if (!found.TryGetValue(EventType.Denial, out var denialAt))
        {
            return;
        }

        found.Remove(EventType.Warning);
        foreach (var denied in found.Where(pair => pair.Key.IsViolent() && pair.Value > denialAt).Select(pair => pair.Key).ToList())
        {
            found.Remove(denied);
        }
    }

    // "officials said 24 people were killed in the fighting": a report of the violence, not a warning.
    private static void ReportedViolenceIsNoWarning(Dictionary<EventType, int> found, string[] lower)
    {
        if (found.TryGetValue(EventType.Warning, out var warningAt) && lower[warningAt] == "said" && found.Keys.Any(t => t.IsViolent()))
        {
            found.Remove(EventType.Warning);
        }
    }

    // "proposed at the meeting ...": the proposal is the news, the meeting its venue.
    private static void ProposalOutranksItsVenue(Dictionary<EventType, int> found, string[] lower)
    {
        if (found.TryGetValue(EventType.Initiative, out var proposalAt) && found.TryGetValue(EventType.Meeting, out var meetingAt) && proposalAt < meetingAt)
        {
            found.Remove(EventType.Meeting);
        }
    }

    // "police arrested six associates of a terrorist who killed seven people", "a decree … in Zhanaozen, a town where
    // 11 people were shot": violence told in a relative clause after another happening is its background.
    private static void ViolenceInARelativeClauseIsBackground(Dictionary<EventType, int> found, string[] lower)
    {
        var main = found.Where(pair => !pair.Key.IsViolent() && !pair.Key.IsSaying()).Select(pair => pair.Value).DefaultIfEmpty(-1).Min();
        if (main < 0)
        {
            return;
        }

        foreach (var (violent, at) in found.Where(pair => pair.Key.IsViolent() && pair.Value > main).ToList())
        {
            if (lower[(main + 1)..at].Any(word => word is "who" or "which" or "that" or "where" or "whose"))
            {
                found.Remove(violent);
            }
        }
    }

    // "gunmen attacked a border post": militants attacking the military is a clash.
    private static bool MilitantsOnTheMilitaryFight(EventType type, string[] lower) =>
        type == EventType.Attack && lower.Any(Militants.Contains) && lower.Any(MilitaryTargets.Contains);

    // "Clashes between ethnic Kyrgyz and Uzbeks", "residents clashed with border guards": a riot, not a battle of armed
    // groups; but crowds trade no gunfire ("residents were evacuated as troops exchanged gunfire": CV event F1 0.7364 -> 0.7388).
    private static bool CiviliansClashing(EventType type, string[] lower, int at) =>
        type == EventType.ArmedClash && lower.Any(CivilianCrowds.Contains) && !lower.Any(Militants.Contains) && !GunfireWords.Contains(lower[at]);

    // An arrest told with its sentence is a step of the trial. Talks held during a visit are not a step of it: "On the first
    // day of his visit to Turkmenistan, the president held talks" is a visit and a meeting, as the consolidator keeps them
    // (CV event F1 0.7332 -> 0.7344, strict 0.5138 -> 0.5148).
    private static bool IsAStepOfAnother(EventType type, Dictionary<EventType, int> found) =>
        type == EventType.Arrest && found.ContainsKey(EventType.Sentencing);
}
