using System.Text.RegularExpressions;
using Caravan.Core.Dates;
using Caravan.Core.Events;
using Caravan.Core.Places;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Model;
using Caravan.Extraction.Pipeline;

namespace Caravan.Extraction.Stages;

/// <summary>
/// A happening told undated, or dated only to the month, takes the day a sentence soon after gives it by a definite
/// reference: "Uzbek border guards have shot dead a Kyrgyz national" … "the incident occurred on May 12 in Batken",
/// "the riot that erupted on May 19". Such a sentence names no happening of its own, so no event carries its date until
/// this stage. So too a statement: "Semerikov warns of the threat" … "He stated this at the meeting … in Moscow on
/// November 21".
/// </summary>
public sealed class HappeningsDatedAfter : IExtractionStage
{
    // Sentences between the happening and the one that dates it: a reference further on may be to another.
    private const int Reach = 3;

    private static readonly Lazy<Regex> Reference = new(() => new Regex(
        $@"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+){{0,2}}?(?:{CueWords.Alternation("date.happening-noun")})\s+(?:that\s+|which\s+)?(?:had\s+|has\s+|have\s+)?(?:{CueWords.Alternation("date.happening-verb")})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
        TimeSpan.FromMilliseconds(250)));

    // "He stated this at the meeting … in Moscow on November 21", "made the remarks on Monday": the day of a statement told before.
    private static readonly Lazy<Regex> SayingReference = new(() => new Regex(
        $@"\b(?:{CueWords.Alternation("date.saying-verb")})\s+(?:this|these|the\s+(?:remarks?|statements?|comments?|announcement|warning))\b(?!\s+(?:week|month|year|morning|afternoon|evening|time|weekend|spring|summer|autumn|winter)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
        TimeSpan.FromMilliseconds(250)));

    // "took place after", "began shortly before": what follows is another happening, which the day that comes then dates.
    private static readonly Lazy<Regex> OtherHappeningFollows = new(() => new Regex(
        @"^\s+(?:shortly\s+|soon\s+|days\s+|hours\s+|weeks\s+)?(?:after|before|following|since)\s+(?!midnight\b|noon\b|dawn\b|dusk\b|sunset\b|sunrise\b|\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
        TimeSpan.FromMilliseconds(250)));

    public DocumentDraft Apply(DocumentDraft draft)
    {
        if (draft.Events.Count == 0)
        {
            return draft;
        }

        List<ExtractedEvent>? events = null;
        foreach (var sentence in draft.Sentences)
        {
            if (sentence.IsHeading || !draft.DatesIn(sentence.Index).Any(d => d.Date.Day is not null))
            {
                continue; // most sentences name no day: no reference of theirs can give one
            }

            Func<EventType, bool> refersTo = IsOfAKindAReferenceNames;
            PlaceReference? where = null;
            if (DayGiven(draft, sentence, Reference.Value) is not { } day)
            {
                refersTo = EventTypes.IsSaying;
                if (DayGiven(draft, sentence, SayingReference.Value) is not { } said)
                {
                    continue;
                }

                day = said;
                where = WhereSaid(draft, sentence);
            }

            events ??= [.. draft.Events];
            // Every happening of the sentence told last: "shot dead a Kyrgyz national and detained another" is one incident.
            var last = events.FindLastIndex(e => e.EvidenceStart < sentence.Start && refersTo(e.Type));
            if (last < 0 || SentenceOf(draft, events[last].EvidenceStart) < sentence.Index - Reach)
            {
                continue;
            }

            var told = events[last].EvidenceStart;
            for (var i = 0; i < events.Count; i++)
            {
                if (events[i].EvidenceStart == told && refersTo(events[i].Type) && Coarser(events[i].Date, day))
                {
                    events[i] = events[i] with { Date = day, DateEnd = null, Place = where ?? events[i].Place };
                }
            }
        }

        return events is null ? draft : draft with { Events = events };
    }

    /// <summary>The day a sentence that refers back to a happening or a saying gives after the reference, if it names one.</summary>
    private static PartialDate? DayGiven(DocumentDraft draft, Sentence sentence, Regex referenceBack)
    {
        var reference = referenceBack.Match(sentence.Text);
        if (!reference.Success)
        {
            return null;
        }

        // "That attack took place after five alleged terrorists were killed … on September 12": the day is the other happening's.
        if (OtherHappeningFollows.Value.IsMatch(sentence.Text[(reference.Index + reference.Length)..]))
        {
            return null;
        }

        var after = sentence.Start + reference.Index + reference.Length;
        return draft.DatesIn(sentence.Index)
            .FirstOrDefault(d => d.Start >= after && d.Date.Day is not null && d.Also.Count == 0)?.Date;
    }

    // "He stated this at the meeting … that took place in Moscow": a statement takes the place where it was made, where the text says so.
    private static PlaceReference? WhereSaid(DocumentDraft draft, Sentence sentence)
    {
        var place = EventPlaces.Choose(draft, [.. draft.MentionsIn(sentence.Index)], sentence, sentence.Start);
        return place.Precision == GeoPrecision.None ? null : place;
    }

    private static bool Coarser(PartialDate? date, PartialDate day) =>
        date is null || (date.Value.Day is null && date.Value.AgreesWith(day));

    // The nouns a reference back names ("the incident", "the clashes", "the arrests", "the rally") are of violence, protest
    // and arrest: "their meeting took place at the crossing" … "since the fighting broke out on September 14" does not
    // date the meeting. CV event F1 +0.003 on seeds 1-3.
    private static bool IsOfAKindAReferenceNames(EventType type) => type.Family() is EventFamily.Violence or EventFamily.Protest or EventFamily.Legal;

    private static int SentenceOf(DocumentDraft draft, int offset) =>
        draft.SentenceAt(offset)?.Index ?? 0;
}
