using System.Text.RegularExpressions;
using Caravan.Core.Dates;
using Caravan.Core.Events;
using Caravan.Core.Places;
using Caravan.Extraction.Knowledge;
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
    // A report rarely retells a happening more than a few dozen sentences after it told it; a long file of many reports
    // must not fold one story's retelling into another's happening.
    private const int RetellingReach = 30;

    private static readonly Lazy<Regex> Others = new(() => CueWords.AnyOf("legal.others"));

    public DocumentDraft Apply(DocumentDraft draft)
    {
        var kept = new List<EventCandidate>();
        foreach (var candidate in draft.Candidates)
        {
            var index = kept.FindIndex(existing => SameHappening.Holds(existing, candidate));
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
    /// Whether a sentence the model says tells no new happening retells <paramref name="told"/>: one of its family that is
    /// not another step (an arrest after a trial), not placed in another country, not dated otherwise; far from it, only
    /// if it names no time of its own, as a dated sentence far down more often tells another.
    /// </summary>
    private static bool MayBeRetold(EventCandidate told, EventCandidate candidate)
    {
        var distance = candidate.SentenceIndex - told.SentenceIndex;
        return told.Event.Type.Family() == candidate.Event.Type.Family()
            && !TellsAnotherStep(told, candidate)
            && SameHappening.Compatible(told.Event.Place.Country, candidate.Event.Place.Country)
            && (distance <= SameHappening.FollowUpReach + 1 || (!candidate.DateFromOwnSentence && distance <= RetellingReach))
            && !TellsAnotherTime(told, candidate);
    }

    // Acts of one family that are steps of their own, which the gold counts apart: "The police apprehended the convict in
    // late summer" in the report of his sentence came before it; a denial answers a warning rather than retelling it;
    // "police detained many other suspected members" are other arrests; and the steps `SameHappening` keeps apart, talks
    // during a visit and hostages taken in fighting. An arrest is no retelling of a trial (CV event F1 0.7166 -> 0.7196),
    // nor a meeting of a visit, a visit of a meeting, a warning of a denial or a denial of a warning (0.7194 -> 0.7240),
    // nor arrests or trials of others (0.7240 -> 0.7258), nor hostages taken of other violence (0.7274 -> 0.7294); the
    // other kinds of violence keep joining across their types, which its own stage settles last.
    private static bool TellsAnotherStep(EventCandidate told, EventCandidate candidate)
    {
        var (before, now) = (told.Event.Type, candidate.Event.Type);
        return (now == EventType.Arrest && before == EventType.Sentencing)
            || SameHappening.IsAnotherStep(before, now)
            || (now != before && now.Family() == EventFamily.Statement)
            || (now.Family() == EventFamily.Legal && Others.Value.IsMatch(candidate.Event.Evidence));
    }

    // "came under fire on January 3" after a clash of January 1: a sentence that dates itself otherwise tells another happening.
    private static bool TellsAnotherTime(EventCandidate told, EventCandidate candidate) =>
        candidate.DateFromOwnSentence && told.Event.Date is { } before && candidate.Event.Date is { } own && !before.AgreesWith(own);

    private static PartialDate? MorePrecise(PartialDate? first, PartialDate? second) => (first, second) switch
    {
        (null, _) => second,
        ({ } x, { } y) when x.AgreesWith(y) && y.KnownFields > x.KnownFields => y,
        _ => first,
    };

    /// <summary>An event's end date, where it ends the span that starts at the date kept: one report's end never closes another's start.</summary>
    private static PartialDate? EndOf(PartialDate? date, ExtractedEvent e) =>
        date is { } start && e.Date == start && e.DateEnd is { } end && (start.Precision != end.Precision || string.CompareOrdinal(start.ToString(), end.ToString()) <= 0) ? end : null;

    private static EventCandidate Merge(EventCandidate first, EventCandidate second, string? dateline)
    {
        var x = first.Event;
        var y = second.Event;
        var date = SameHappening.IsDatedLater(first, second) ? y.Date : MorePrecise(x.Date, y.Date);
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
