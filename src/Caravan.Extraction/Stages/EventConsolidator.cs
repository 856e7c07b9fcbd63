using Caravan.Core.Dates;
using Caravan.Core.Events;
using Caravan.Core.Places;
using Caravan.Extraction.Model;
using Caravan.Extraction.Pipeline;

namespace Caravan.Extraction.Stages;

/// <summary>
/// Folds the reports of one happening inside a document into one event: a photo caption repeating a
/// sentence, "the attacks" two sentences after "an armed attack", a meeting named undated in the lead
/// and dated later at the same place. The first report keeps its evidence; later ones fill its gaps.
/// </summary>
public sealed class EventConsolidator : IExtractionStage
{
    private const int FollowUpReach = 2;

    // Wire reports file a happening within days: "Termez, July 7" tells rockets that hit on July 5.
    private const int DatelineReach = 7;

    // A report rarely retells a happening more than a few dozen sentences after it told it; a long file of many reports
    // must not fold one story's retelling into another's happening.
    private const int RetellingReach = 30;

    public DocumentDraft Apply(DocumentDraft draft)
    {
        var kept = new List<EventCandidate>();
        foreach (var candidate in draft.Candidates)
        {
            var index = kept.FindIndex(existing => SameHappening(existing, candidate));
            if (index < 0 && (candidate.RetellsOnly || candidate.JoinsOnly))
            {
                index = kept.FindLastIndex(told => MayBeRetold(told, candidate));
            }

            if (index >= 0)
            {
                kept[index] = Merge(kept[index], candidate, draft.Metadata.Dateline);
            }
            else if (!candidate.JoinsOnly)
            {
                kept.Add(candidate);
            }
        }

        return draft with { Events = [.. kept.Select(c => c.Event)], Candidates = [] };
    }

    /// <summary>
    /// Whether a sentence the model says tells no new happening retells <paramref name="told"/>: one of its family, not
    /// placed in another country, not dated otherwise; far from it, only if it names no time of its own, as a dated
    /// sentence far down more often tells another.
    /// </summary>
    private static bool MayBeRetold(EventCandidate told, EventCandidate candidate)
    {
        var distance = candidate.SentenceIndex - told.SentenceIndex;
        return told.Event.Type.Family() == candidate.Event.Type.Family()
            && Compatible(told.Event.Place.Country, candidate.Event.Place.Country)
            && (distance <= FollowUpReach + 1 || (!candidate.DateFromOwnSentence && distance <= RetellingReach))
            && !TellsAnotherTime(told, candidate);
    }

    // "came under fire on January 3" after a clash of January 1: a sentence that dates itself otherwise tells another happening.
    private static bool TellsAnotherTime(EventCandidate told, EventCandidate candidate) =>
        candidate.DateFromOwnSentence && told.Event.Date is { } before && candidate.Event.Date is { } own && !before.AgreesWith(own);

    private static bool SameHappening(EventCandidate a, EventCandidate b)
    {
        var x = a.Event;
        var y = b.Event;
        if (IsDatedLater(a, b))
        {
            // "Termez, July 7: rockets hit the town" … "at 16:20 on July 5, five rockets hit": the lead's day was the report's.
            // Not so for trials: a court's verdict in the lead and another court's a few days before are two.
            if (x.Type == y.Type && x.Type.Family() != EventFamily.Legal && Compatible(x.Place.Country, y.Place.Country))
            {
                return true;
            }

            x = x with { Date = null }; // else weighed as a lead with no date of its own
            a = a with { Event = x, DateSource = DateSource.None };
        }

        if (b.IsReference && ((x.Type.IsViolent() && y.Type.IsViolent()) || x.Type == y.Type) && (b.SentenceIndex - a.SentenceIndex <= FollowUpReach || IsOneOfAKind(x.Type)))
        {
            return true; // "The drills practised...", "The proposal entails...", "the attack had been ordered by militants in Syria": the one just reported
        }

        if (b.IsDefinite && x.Type == y.Type && x.Date is null && x.Place.Precision <= GeoPrecision.Country && b.SentenceIndex - a.SentenceIndex <= FollowUpReach)
        {
            return true; // "recently entered into a military agreement" … "The agreement … was finalized in Tashkent on August 19"
        }

        if (b.IsDefinite && x.Type == y.Type && IsOneOfAKind(x.Type) && Compatible(x.Place.Country, y.Place.Country) && Refines(x.Date, y.Date) && Fields(x.Date!.Value) < Fields(y.Date!.Value))
        {
            return true; // "have completed a joint exercise" (this month) … "the drills that were held …", said at a ceremony on October 23
        }

        if (x.Type.Family() != y.Type.Family() || !Compatible(x.Place.Country, y.Place.Country))
        {
            return false;
        }

        if (x.Evidence == y.Evidence)
        {
            return x.Date?.ToString() == y.Date?.ToString();
        }

        var statement = x.Type.IsSaying();
        if (a.DateFromOwnSentence && b.DateFromOwnSentence && x.Date is not null && x.Date.ToString() == y.Date?.ToString())
        {
            return !statement || x.Actors.SequenceEqual(y.Actors);
        }

        if (statement && b.DateSource != DateSource.Narrative)
        {
            return false;
        }

        if (b.DateSource == DateSource.Narrative && b.SentenceIndex - a.SentenceIndex <= FollowUpReach && x.Date is not null && x.Date?.ToString() == y.Date?.ToString())
        {
            return true;
        }

        // "an attack that killed four cyclists in July" … "on July 29, a car rammed into their group in Danghara". The day must
        // be told, not the report's own taken for an undated lead: "killed on Thursday" and "clashed last week" are two.
        if (x.Type.IsViolent() && x.Type == y.Type && Refines(x.Date, y.Date) && b.SentenceIndex - a.SentenceIndex <= FollowUpReach)
        {
            var (coarser, finer) = Fields(x.Date!.Value) < Fields(y.Date!.Value) ? (a, b) : (b, a);
            if (coarser.Event.Place.Precision <= GeoPrecision.Country && finer.DateSource != DateSource.Publication)
            {
                return true;
            }
        }

        if ((x.Type.IsViolent() || x.Type == EventType.Protest) && b.DateSource == DateSource.None && y.Place.Precision == GeoPrecision.None && b.SentenceIndex - a.SentenceIndex <= FollowUpReach + 1)
        {
            return true; // "31 people were killed on the Kyrgyz side": more on the clash just reported
        }

        if (x.Type == EventType.Sentencing && y.Type == EventType.Sentencing && b.DateSource == DateSource.None
            && (y.Place.Precision == GeoPrecision.None || x.Place.Precision <= GeoPrecision.Country))
        {
            return true; // "Abdusamadov was sentenced to life", "The Aktobe regional court found the man guilty": more of the trial reported
        }

        // An arrest and a sentence at one place are two steps of justice, not one happening.
        var oneUndated = x.Date is null ^ y.Date is null;
        return oneUndated && x.Type == y.Type && x.Place.Location is not null && x.Place.Location == y.Place.Location;
    }

    // "At the conclusion of the drills", "the talks": a report tells of one exercise or meeting, however far back it was named.
    private static bool IsOneOfAKind(EventType type) => type is EventType.MilitaryExercise or EventType.Meeting or EventType.Agreement or EventType.Visit;

    /// <summary>Whether one date says more of the same time than the other ("July" and "July 29").</summary>
    private static bool Refines(PartialDate? a, PartialDate? b) =>
        a is { } x && b is { } y && x.AgreesWith(y) && Fields(x) != Fields(y);

    private static int Fields(PartialDate date) => (date.Year is null ? 0 : 1) + (date.Month is null ? 0 : 1) + (date.Day is null ? 0 : 1);

    private static PartialDate? MorePrecise(PartialDate? first, PartialDate? second) => (first, second) switch
    {
        (null, _) => second,
        ({ } x, { } y) when x.AgreesWith(y) && Fields(y) > Fields(x) => y,
        _ => first,
    };

    /// <summary>An event's end date, where it ends the span that starts at the date kept: one report's end never closes another's start.</summary>
    private static PartialDate? EndOf(PartialDate? date, ExtractedEvent e) =>
        date is { } start && e.Date == start && e.DateEnd is { } end && (start.Precision != end.Precision || string.CompareOrdinal(start.ToString(), end.ToString()) <= 0) ? end : null;

    private static bool Compatible(string? a, string? b) => a is null || b is null || a == b;

    /// <summary>A lead dated only by the dateline, and a later sentence that dates a happening of its family on or before that day.</summary>
    private static bool IsDatedLater(EventCandidate lead, EventCandidate later) =>
        lead.DateSource == DateSource.Dateline && later.DateFromOwnSentence && lead.Event.Type.Family() == later.Event.Type.Family()
        && lead.Event.Date is { Year: { } year, Month: { } month, Day: not null } leadDay && later.Event.Date is { Year: { } y, Month: { } m } own
        && (own.Day is not null ? leadDay.DaysAfter(own) is >= 0 and <= DatelineReach : (y, m) == (year, month));

    private static EventCandidate Merge(EventCandidate first, EventCandidate second, string? dateline)
    {
        var x = first.Event;
        var y = second.Event;
        var date = IsDatedLater(first, second) ? y.Date : MorePrecise(x.Date, y.Date);
        var merged = x with
        {
            Date = date,
            DateEnd = EndOf(date, x) ?? EndOf(date, y),
            Place = PlaceOf(x.Place, y.Place, dateline),
            Actors = x.Actors.Count > 0 ? x.Actors : y.Actors,
            Targets = x.Targets.Count > 0 ? x.Targets : y.Targets,
            Fatalities = Max(x.Fatalities, y.Fatalities),
            Injured = Max(x.Injured, y.Injured),
            Arrested = Max(x.Arrested, y.Arrested),
            Confidence = Math.Min(1, Math.Max(x.Confidence, y.Confidence) + 0.1),
        };
        var source = first.DateFromOwnSentence || second.DateFromOwnSentence ? DateSource.OwnSentence : first.DateSource;
        return first with { Event = merged, DateSource = source };
    }

    /// <summary>
    /// The more precise place, except that a later report's own place outranks the dateline's city, which only
    /// said where the story was filed ("TASHKENT -- troops completed drills" … "at the Farish range in Jizzakh").
    /// </summary>
    private static PlaceReference PlaceOf(PlaceReference first, PlaceReference second, string? dateline)
    {
        var firstIsDateline = dateline is not null && string.Equals(first.Location, dateline, StringComparison.OrdinalIgnoreCase);
        if (firstIsDateline && second.Precision >= GeoPrecision.Admin1 && !string.Equals(second.Location, first.Location, StringComparison.OrdinalIgnoreCase))
        {
            return FillCountry(second, first);
        }

        return first.Precision >= second.Precision ? FillCountry(first, second) : FillCountry(second, first);
    }

    private static PlaceReference FillCountry(PlaceReference place, PlaceReference other) =>
        place.Country is null ? place with { Country = other.Country } : place;

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
