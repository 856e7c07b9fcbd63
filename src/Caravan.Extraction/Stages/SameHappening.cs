using System.Text.RegularExpressions;
using Caravan.Core.Dates;
using Caravan.Core.Events;
using Caravan.Core.Places;
using Caravan.Extraction.Knowledge;

namespace Caravan.Extraction.Stages;

/// <summary>
/// Whether a later candidate of a report tells the happening an earlier one told: an ordered list of small rules,
/// each of which says yes, no, or nothing; the first that speaks decides, and where none does they are two.
/// </summary>
public static class SameHappening
{
    internal const int FollowUpReach = 2;

    // Wire reports file a happening within days: "Termez, July 7" tells rockets that hit on July 5.
    private const int DatelineReach = 7;

    private static readonly Lazy<Regex> InSequence = new(() => CueWords.AnyOf("event.sequence-word"));

    private static readonly Func<Pair, bool?>[] Rules =
    [
        LeadsDayWasTheReports,
        RefersBack,
        DefiniteNamesTheUndatedLead,
        DefiniteDatesTheOneOfAKind,
        OtherFamilyOrCountry,
        AnotherStep,
        OneSentence,
        OneDayTold,
        StatementsStandApart,
        NarrativeFollowUp,
        ViolenceToldToTheDay,
        MoreOnTheViolenceJustTold,
        MoreOfTheTrial,
        OneUndatedAtTheSamePlace,
    ];

    public static bool Holds(EventCandidate first, EventCandidate later)
    {
        var pair = Pair.Of(first, later);
        foreach (var rule in Rules)
        {
            if (rule(pair) is { } verdict)
            {
                return verdict;
            }
        }

        return false;
    }

    /// <summary>A lead dated only by the dateline, and a later sentence that dates a happening of its family on or before that day.</summary>
    internal static bool IsDatedLater(EventCandidate lead, EventCandidate later) =>
        lead.DateSource == DateSource.Dateline && later.DateFromOwnSentence && lead.Event.Type.Family() == later.Event.Type.Family()
        && lead.Event.Date is { Year: { } year, Month: { } month, Day: not null } leadDay && later.Event.Date is { Year: { } y, Month: { } m } own
        && (own.Day is not null ? leadDay.DaysAfter(own) is >= 0 and <= DatelineReach : (y, m) == (year, month));

    /// <summary>Whether both are dated and one date says more of the same time than the other ("July" and "July 29").</summary>
    private static bool Refines(PartialDate? a, PartialDate? b) => a is { } x && b is { } y && x.AgreesAtAnotherPrecision(y);

    internal static bool Compatible(string? a, string? b) => a is null || b is null || a == b;

    /// <summary>
    /// The candidate told first and the one after it. A lead dated only by the dateline that a later sentence dates
    /// otherwise is weighed as a lead with no date of its own, once the first rule has had its say.
    /// </summary>
    private readonly record struct Pair(EventCandidate First, EventCandidate Later, bool LeadDatedLater)
    {
        public static Pair Of(EventCandidate first, EventCandidate later) =>
            IsDatedLater(first, later)
                ? new(first with { Event = first.Event with { Date = null }, DateSource = DateSource.None }, later, LeadDatedLater: true)
                : new(first, later, LeadDatedLater: false);

        public ExtractedEvent X => First.Event;

        public ExtractedEvent Y => Later.Event;

        public int Distance => Later.SentenceIndex - First.SentenceIndex;

        public bool SameType => X.Type == Y.Type;
    }

    // "Termez, July 7: rockets hit the town" … "at 16:20 on July 5, five rockets hit": the lead's day was the report's.
    // Not so for trials: a court's verdict in the lead and another court's a few days before are two.
    private static bool? LeadsDayWasTheReports(Pair p) =>
        p.LeadDatedLater && p.SameType && p.X.Type.Family() != EventFamily.Legal && Compatible(p.X.Place.Country, p.Y.Place.Country) ? true : null;

    // "The drills practised...", "The proposal entails...", "the attack had been ordered by militants in Syria": the one just reported.
    private static bool? RefersBack(Pair p) =>
        p.Later.IsReference && ((p.X.Type.IsViolent() && p.Y.Type.IsViolent()) || p.SameType) && (p.Distance <= FollowUpReach || IsOneOfAKind(p.X.Type)) ? true : null;

    // "recently entered into a military agreement" … "The agreement … was finalized in Tashkent on August 19".
    private static bool? DefiniteNamesTheUndatedLead(Pair p) =>
        p.Later.IsDefinite && p.SameType && p.X.Date is null && p.X.Place.Precision <= GeoPrecision.Country && p.Distance <= FollowUpReach ? true : null;

    // "have completed a joint exercise" (this month, or today) … "the drills that were held …", said at a ceremony on
    // October 23.
    private static bool? DefiniteDatesTheOneOfAKind(Pair p) =>
        p.Later.IsDefinite && p.SameType && IsOneOfAKind(p.X.Type) && Compatible(p.X.Place.Country, p.Y.Place.Country)
        && p.X.Date is { } told && p.Y.Date is { } named && told.AgreesWith(named) && told.KnownFields <= named.KnownFields ? true : null;

    private static bool? OtherFamilyOrCountry(Pair p) =>
        p.X.Type.Family() != p.Y.Type.Family() || !Compatible(p.X.Place.Country, p.Y.Place.Country) ? false : null;

    // Hostages taken beside the fighting they were taken in, talks held during a visit: the gold counts each apart
    // ("The militants have captured several villages" … "They also captured a number of hostages"; "On the first day of
    // his visit, the president held talks"). Hostages: CV event F1 0.7274 -> 0.7294; talks: 0.7344 -> 0.7364.
    private static bool? AnotherStep(Pair p) => IsAnotherStep(p.X.Type, p.Y.Type) ? false : null;

    /// <summary>Whether two types of one family tell different steps of a story: hostages taken and other violence, a visit and talks.</summary>
    internal static bool IsAnotherStep(EventType a, EventType b) =>
        (a == EventType.Abduction) != (b == EventType.Abduction)
        || (a != b && (a is EventType.Visit or EventType.Meeting) && (b is EventType.Visit or EventType.Meeting));

    // A photo caption repeating a sentence; two dates of one sentence are two happenings.
    private static bool? OneSentence(Pair p) =>
        p.X.Evidence == p.Y.Evidence ? p.X.Date?.ToString() == p.Y.Date?.ToString() : null;

    // Two sentences that each name the same day; two statements of one day are one only if the same people made them.
    private static bool? OneDayTold(Pair p) =>
        p.First.DateFromOwnSentence && p.Later.DateFromOwnSentence && p.X.Date is not null && p.X.Date.ToString() == p.Y.Date?.ToString()
            ? !p.X.Type.IsSaying() || p.X.Actors.SequenceEqual(p.Y.Actors)
            : null;

    private static bool? StatementsStandApart(Pair p) =>
        p.X.Type.IsSaying() && p.Later.DateSource != DateSource.Narrative ? false : null;

    private static bool? NarrativeFollowUp(Pair p) =>
        p.Later.DateSource == DateSource.Narrative && p.Distance <= FollowUpReach && p.X.Date is not null && p.X.Date?.ToString() == p.Y.Date?.ToString() ? true : null;

    // "an attack that killed four cyclists in July" … "on July 29, a car rammed into their group in Danghara". The day must
    // be told, not the report's own taken for an undated lead: "killed on Thursday" and "clashed last week" are two.
    private static bool? ViolenceToldToTheDay(Pair p)
    {
        if (!p.X.Type.IsViolent() || !p.SameType || !Refines(p.X.Date, p.Y.Date) || p.Distance > FollowUpReach)
        {
            return null;
        }

        var (coarser, finer) = p.X.Date!.Value.KnownFields < p.Y.Date!.Value.KnownFields ? (p.First, p.Later) : (p.Later, p.First);
        return coarser.Event.Place.Precision <= GeoPrecision.Country && finer.DateSource != DateSource.Publication ? true : null;
    }

    // "31 people were killed on the Kyrgyz side": more on the clash just reported; but "Kariev later set off an explosive
    // device when cornered, killing himself" tells what came after it (CV event F1 +0.002 on seeds 1-2, equal on 3-5).
    private static bool? MoreOnTheViolenceJustTold(Pair p) =>
        (p.X.Type.IsViolent() || p.X.Type == EventType.Protest) && p.Later.DateSource == DateSource.None && p.Y.Place.Precision == GeoPrecision.None
        && p.Distance <= FollowUpReach + 1 && !InSequence.Value.IsMatch(p.Y.Evidence) ? true : null;

    // "Abdusamadov was sentenced to life", "The Aktobe regional court found the man guilty": more of the trial reported.
    private static bool? MoreOfTheTrial(Pair p) =>
        p.X.Type == EventType.Sentencing && p.Y.Type == EventType.Sentencing && p.Later.DateSource == DateSource.None
        && (p.Y.Place.Precision == GeoPrecision.None || p.X.Place.Precision <= GeoPrecision.Country) ? true : null;

    // One of them undated, told at the same place; an arrest and a sentence at one place are two steps of justice, not one happening.
    private static bool? OneUndatedAtTheSamePlace(Pair p) =>
        (p.X.Date is null ^ p.Y.Date is null) && p.SameType && p.X.Place.Location is not null && p.X.Place.Location == p.Y.Place.Location ? true : null;

    // "At the conclusion of the drills", "the talks": a report tells of one exercise or meeting, however far back it was named.
    private static bool IsOneOfAKind(EventType type) => type is EventType.MilitaryExercise or EventType.Meeting or EventType.Agreement or EventType.Visit;
}
