using System.Text.RegularExpressions;
using Caravan.Core.Dates;
using Caravan.Core.Events;
using Caravan.Extraction.Model;

namespace Caravan.Extraction.Stages;

/// <summary>
/// When an event happened: the date its own sentence gives nearest the trigger (a clause's day before a bare
/// year), else the dateline's day for the lead it opens, else (for what happened, not what was said) the day the
/// narrative stands at, else for statements the reported event's or the publication's date.
/// </summary>
internal static partial class EventDates
{
    private const int NarrativeReach = 2;

    // Characters either side of a trigger read for "are holding", "is continuing", "now".
    private const int UnderWayReach = 24;

    private static readonly IReadOnlyList<string> BirthCues = Knowledge.CueWords.Words("date.birth-cue");

    // A date across a comma or semicolon from the trigger more often belongs to another clause.
    private const int ClauseBreakPenalty = 60;

    public static (PartialDate? Date, PartialDate? End, DateSource Source, TemporalExpression? Own) Choose(
        DocumentDraft draft, Sentence sentence, EventType type, int triggerOffset, PartialDate? anchorDate)
    {
        var reportDate = draft.ReportDate; // the dateline's day, else the publication's
        var statement = type.IsSaying();
        var own = draft.DatesIn(sentence.Index)
            .Where(d => !draft.IsInDateline(d.Start) && !IsBirthDate(draft, d))
            .Where(d => statement || !DatesTheSaying(draft, d))
            .Where(d => !InRelativeClauseAfter(draft, d, triggerOffset))
            .Where(d => type is not (EventType.Arrest or EventType.Sentencing) || !InTheCharge(draft, d, triggerOffset))
            .Where(d => type != EventType.Initiative || !IsThePlansTime(d.Date, reportDate))
            // "On July 24, the minister dismissed … no match for the army this year", "exchanged fire on Thursday … after
            // a similar clash killed dozens last year": a day or month in the sentence outweighs a bare year, however near.
            .OrderBy(d => d.Date.Precision == DatePrecision.Year)
            .ThenBy(d => Math.Abs(d.Start - triggerOffset) + (ClauseBreaks(sentence, d.Start < triggerOffset ? d.End : d.Start, triggerOffset) * ClauseBreakPenalty))
            .FirstOrDefault();
        if (own is not null)
        {
            var date = own.Date;
            if (own.PrepositionalOffset is { } offset && triggerOffset > own.End && date.Day is not null)
            {
                // "It came the day after Nazarbaev, on a visit to Bishkek, declared...": the visit was the day before.
                date = date.AddDays(-2 * offset);
            }

            return (date, own.DateEnd, DateSource.OwnSentence, own);
        }

        if (draft.DatesIn(sentence.Index).FirstOrDefault(d => draft.IsInDateline(d.Start)) is { } dateline)
        {
            return (dateline.Date, null, DateSource.Dateline, null); // the report's day, until a later sentence dates the happening
        }

        if (!statement && reportDate is { Day: not null } today && IsUnderWay(draft, sentence, triggerOffset))
        {
            return (today, null, DateSource.Publication, null); // "are holding talks now", "fighting is continuing": as the report is written
        }

        // A statement told undated was made as the report tells it, not on the day of the happening the sentences before
        // it told ("The U.S. Central Command has denied these reports", after a law approved on September 10, 2012).
        if (!statement && NarrativeDate(draft, sentence) is { } narrative)
        {
            return (FollowsTheNarrativesDay(type) ? narrative : narrative.WithoutDay, null, DateSource.Narrative, null);
        }

        if (type == EventType.Agreement && anchorDate is not null)
        {
            return (anchorDate, null, DateSource.ReportedEvent, null); // signed during the visit or summit the report covers
        }

        if (!statement)
        {
            // The lead of a report tells what has just happened ("Security forces have killed four suspected terrorists").
            // Undated, it happened on the report's day where neither it nor the sentence after it names a day of the week
            // before, neither "on Monday" nor "May 12"; else in the report's month, as it may have been the day or the week
            // before. Arrests and verdicts a report tells without a day when it does not know it: the month.
            if (IsHappening(type) && sentence.Index == FirstBodySentence(draft) && reportDate is { Year: { } year, Month: { } month })
            {
                if (reportDate.Value.Day is not null && type.Family() != EventFamily.Legal && !NamesARecentDay(draft, reportDate.Value))
                {
                    return (reportDate.Value, null, DateSource.Publication, null);
                }

                return (PartialDate.OfMonth(year, month), null, DateSource.Publication, null);
            }

            return (null, null, DateSource.None, null);
        }

        if (anchorDate is not null)
        {
            return (anchorDate, null, DateSource.ReportedEvent, null);
        }

        // "Recently told": on the report's day, as a report seldom tells old statements undated, unless its lead or the
        // sentence after names a recent day ("on Monday"); then in the report's month (CV matched date over fold seeds 1-5
        // 0.844 -> 0.856, strict 0.531 -> 0.534, against the month for every such statement).
        if (reportDate is { Day: not null } day && !NamesARecentDay(draft, day))
        {
            return (day, null, DateSource.Publication, null);
        }

        return reportDate switch
        {
            { Year: { } year, Month: { } month } => (PartialDate.OfMonth(year, month), null, DateSource.Publication, null),
            { Year: not null } p => (p, null, DateSource.Publication, null),
            _ => (null, null, DateSource.None, null),
        };
    }

    // Violence told on after a dated sentence follows the narrative's day ("At least 13 people were killed"), as do
    // arrests, laws and drills; a protest goes on for days ("the ongoing demonstrations in Khorog") and talks and deals
    // answer a happening days before or after it ("have agreed to disarm", after the clashes of July 24): the month.
    // CV event F1 +0.006, strict +0.003, matched dates +0.002.
    private static bool FollowsTheNarrativesDay(EventType type) => type.Family() is not (EventFamily.Protest or EventFamily.Diplomacy or EventFamily.Agreement);

    // "Border services are holding talks now", "fighting in southeastern Uzbekistan is continuing": the trigger in the present progressive.
    private static bool IsUnderWay(DocumentDraft draft, Sentence sentence, int triggerOffset)
    {
        var from = Math.Max(sentence.Start, triggerOffset - UnderWayReach);
        var to = Math.Min(sentence.End, triggerOffset + UnderWayReach);
        return UnderWayBefore().IsMatch(draft.Text.AsSpan(from, triggerOffset - from)) || UnderWayAt().IsMatch(draft.Text.AsSpan(triggerOffset, to - triggerOffset));
    }

    // "Abdulkodirov, born in 1965": a birth dates no event.
    private static bool IsBirthDate(DocumentDraft draft, TemporalExpression date)
    {
        var before = draft.Text.AsSpan(Math.Max(0, date.Start - 12), Math.Min(12, date.Start)).Trim();
        foreach (var cue in BirthCues)
        {
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase) || before.EndsWith(cue + " in", StringComparison.OrdinalIgnoreCase) || before.EndsWith(cue + " on", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "32 people were killed in a riot, authorities said Monday", "police said in a statement on January 26 that officers
    // apprehended ...": the day of the telling, not of the killing.
    private static bool DatesTheSaying(DocumentDraft draft, TemporalExpression date)
    {
        var before = draft.Text[Math.Max(0, date.Start - 48)..date.Start];
        return SpeechBefore().IsMatch(before);
    }

    // "a decree ... in Zhanaozen, a town where 11 people were shot dead on December 16": the date of the relative clause's happening.
    // So too "30 citizens were taken hostage, all of whom were released on January 7".
    // A comma closes the clause: "Clashes between Kyrgyz and Uzbeks, who account for 15% of the population, broke out on June 11".
    private static bool InRelativeClauseAfter(DocumentDraft draft, TemporalExpression date, int triggerOffset)
    {
        if (date.Start <= triggerOffset)
        {
            return false;
        }

        var clause = RelativeClause().Match(draft.Text, triggerOffset, date.Start - triggerOffset);
        return clause.Success && !draft.Text.AsSpan(clause.Index + clause.Length, date.Start - clause.Index - clause.Length).Contains(',');
    }

    // "sentenced Masimov to 18 years over his role in the January 2022 unrest", "arrested 16 people suspected of an attempt
    // on the president on Monday": the date of what they are charged with, not of the arrest or the verdict.
    private static bool InTheCharge(DocumentDraft draft, TemporalExpression date, int triggerOffset) =>
        date.Start > triggerOffset && Charge().IsMatch(draft.Text.AsSpan(triggerOffset, date.Start - triggerOffset));

    private static bool IsHappening(EventType type) => type.IsViolent() || type is EventType.Protest or EventType.Arrest or EventType.Sentencing or EventType.Legislation or EventType.MilitaryExercise;

    // A date across a comma or semicolon from the trigger more often belongs to another clause ("said in April, in reference to legislation signed into law in July").
    private static int ClauseBreaks(Sentence sentence, int a, int b)
    {
        var (from, to) = a < b ? (a, b) : (b, a);
        var breaks = 0;
        for (var i = Math.Max(from, sentence.Start) - sentence.Start; i < Math.Min(to, sentence.End) - sentence.Start; i++)
        {
            breaks += sentence.Text[i] is ',' or ';' ? 1 : 0;
        }

        return breaks;
    }

    // A proposal's own date is when it was made, not the time it plans for: a date after the report's, or a bare year not
    // before it ("A decision was taken on holding in 2018 a joint border operation", said in April 2018). The bare year:
    // CV strict +0.003 on fold seeds 1-5.
    private static bool IsThePlansTime(PartialDate date, PartialDate? reportDate) =>
        IsAfter(date, reportDate) || (date.Precision == DatePrecision.Year && reportDate is { Year: { } year } && date.Year >= year);

    private static bool IsAfter(PartialDate date, PartialDate? published) =>
        published is { Year: { } py } && date.Year is { } y && (y > py || (y == py && date.Month is { } m && published.Value.Month is { } pm && m > pm));

    /// <summary>"a curfew until January 5": a date the narrative looks ahead to, not one it has reached.</summary>
    private static bool IsDeadline(DocumentDraft draft, TemporalExpression date)
    {
        var before = draft.Text[Math.Max(0, date.Start - 8)..date.Start];
        return before.EndsWith("until ", StringComparison.Ordinal) || before.EndsWith("till ", StringComparison.Ordinal) || before.EndsWith("through ", StringComparison.Ordinal);
    }

    // A day within the week before the report, named in the lead or the sentence after it, may be the lead's ("... on
    // Monday"); one further back is another happening's, told as history, and the report's own day ("overnight",
    // "today") or a later one says nothing against the lead being the report's. A recent day named further down tells
    // what the report goes on to ("had entered from Afghanistan on November 3"): CV matched dates 0.825 -> 0.838.
    private const int RecentDays = 7;

    private const int RecentDayReach = 2;

    private static bool NamesARecentDay(DocumentDraft draft, PartialDate reportDay)
    {
        var lead = FirstBodySentence(draft);
        return draft.Dates.Any(d => d.SentenceIndex - lead < RecentDayReach && d.Start >= draft.BodyStart && !draft.IsInDateline(d.Start)
            && d.Date.Day is not null && IsRecent(d.Date, reportDay));
    }

    // A day with no year may be of any year, the report's too.
    private static bool IsRecent(PartialDate day, PartialDate reportDay) =>
        day.Year is null || reportDay.DaysAfter(day) is >= 1 and <= RecentDays;

    public static int FirstBodySentence(DocumentDraft draft) => draft.Sentences.FirstOrDefault(s => !s.IsHeading)?.Index ?? 0;

    private static PartialDate? NarrativeDate(DocumentDraft draft, Sentence sentence)
    {
        // The nearest earlier sentence of the paragraph, within reach, that names a date the narrative has reached.
        List<TemporalExpression>? nearest = null;
        for (var k = sentence.Index - 1; k >= Math.Max(0, sentence.Index - NarrativeReach) && nearest is null; k--)
        {
            if (draft.Sentences[k].Paragraph == sentence.Paragraph
                && draft.DatesIn(k).Where(d => !IsDeadline(draft, d) && !IsAfter(d.Date, draft.ReportDate)).ToList() is { Count: > 0 } dated)
            {
                nearest = dated;
            }
        }

        // The narrative stands at the day its last dated sentence named, not at a bare "this year" said in passing.
        var earlier = nearest?.LastOrDefault(d => d.Date.Precision != DatePrecision.Year) ?? nearest?.LastOrDefault();
        if (earlier is { Also.Count: > 0 } || earlier?.Text.StartsWith("since", StringComparison.OrdinalIgnoreCase) == true)
        {
            return null; // "in 1999 and 2000", "since 2011": no single date the narrative is at
        }

        return earlier?.Date;
    }

    [GeneratedRegex(@"\b(?:said|says|told\s+\S+(?:\s+\S+)?|announced|reported|stated|added|confirmed)(?:\s+(?:in|at)\s+(?:a|an|its|his|her|their)\s+(?:\S+\s+)?(?:statement|release|conference|briefing|interview))?\s+(?:on\s+)?$", RegexOptions.None, 250)]
    private static partial Regex SpeechBefore();

    [GeneratedRegex(@"\b(?:is|are)\s+(?:still\s+|now\s+)?(?:\w+ing\s+)?$", RegexOptions.IgnoreCase, 250)]
    private static partial Regex UnderWayBefore();

    [GeneratedRegex(@"^\w+(?:\s+\w+){0,3}?\s+(?:now|currently)\b|^(?:is|are)\s+(?:still\s+)?(?:continuing|ongoing|under\s*way)\b", RegexOptions.IgnoreCase, 250)]
    private static partial Regex UnderWayAt();

    [GeneratedRegex(@"\b(?:for(?!\s+(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|life)\b)|over|suspicion|suspected|charges|charged|accused|attempting|planning)\b", RegexOptions.None, 250)]
    private static partial Regex Charge();

    [GeneratedRegex(@",\s+(?:(?:all|some|most|many|none|both|each|several|one|two|three|four|five|[0-9]+)\s+of\s+)?(?:where|which|who|whom|when)\b|,\s+an?\s+\w+(?:\s+\w+)?\s+(?:town|city|village|region)\s+where\b", RegexOptions.None, 250)]
    private static partial Regex RelativeClause();
}
