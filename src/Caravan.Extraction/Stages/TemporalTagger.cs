using System.Text.RegularExpressions;
using Caravan.Core.Dates;
using Caravan.Extraction.Model;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Text;

namespace Caravan.Extraction.Stages;

/// <summary>
/// Finds dates and resolves them the way a reader would, against the report's date (the dateline's day, else the
/// publication's): a year-less "October 1" takes the report's year (the year before if that would put it months
/// after the report); "two days later" counts from the date said before it; "last December" from the report's date.
/// A year the text does not support stays out: the date is kept year-less with its precision.
/// </summary>
public sealed class TemporalTagger : IExtractionStage
{
    public DocumentDraft Apply(DocumentDraft draft)
    {
        var reportDate = draft.ReportDate;
        var documentYear = reportDate?.Year ?? InferDocumentYear(draft.Text);
        var expressions = new List<TemporalExpression>();
        PartialDate? lastDay = null;
        int? narrativeYear = null;

        // Finding the expressions is the costly part and needs only the sentence; resolving them walks the narrative in order.
        var found = SentenceWork.Map(draft.Sentences, s => TemporalPatterns.MayHoldADate(s.Text) ? TemporalPatterns.DateExpression().Matches(s.Text).ToArray() : []);
        for (var i = 0; i < found.Length; i++)
        {
            var sentence = draft.Sentences[i];
            foreach (var match in found[i])
            {
                var expression = Resolve(match, sentence, reportDate, documentYear, lastDay, narrativeYear);
                if (expression is null)
                {
                    continue;
                }

                expressions.Add(expression);
                if (!expression.IsRelative && expression.Date.Day is not null && HasOwnYear(match) && !IsQuoted(sentence.Text, match.Index))
                {
                    narrativeYear = expression.Date.Year;
                }

                if (expression.Date.Day is not null)
                {
                    lastDay = expression.DateEnd ?? expression.Date;
                    if (expression.DateEnd is not null)
                    {
                        lastDay = expression.Date;
                    }
                }
            }
        }

        var metadata = draft.Metadata.Published is null && documentYear is { } inferred
            ? draft.Metadata with { Published = InferredPublication(inferred, expressions) }
            : draft.Metadata;
        return draft with { Dates = expressions, Metadata = metadata };
    }

    private static bool IsANight(string sentence, int at) =>
        sentence.AsSpan(0, at).TrimEnd().EndsWith("night of", StringComparison.OrdinalIgnoreCase);

    private static bool OpensAQuotation(string sentence, int at) =>
        at > 0 && sentence.AsSpan(0, at).TrimEnd() is [.., '“' or '"' or '«' or '‘'];

    /// <summary>
    /// Whether a position of a sentence lies inside a quotation. A full date a speaker is quoted citing ("in accordance with
    /// the concept approved as a law on September 10, 2012," said the statement) does not set the narrative's year: a
    /// later "in late July" in a report of 2014 is that July (CV event F1 0.7522 -> 0.7590, one report of the 100).
    /// </summary>
    private static bool IsQuoted(string text, int at)
    {
        var open = false;
        foreach (var c in text.AsSpan(0, at))
        {
            open = c switch
            {
                '“' or '«' => true,
                '”' or '»' => false,
                '"' => !open,
                _ => open,
            };
        }

        return open;
    }

    // "July 24, 2012", not "July 24": a day whose year the text itself prints.
    private static bool HasOwnYear(Match match) =>
        (match.Groups["mdy"].Success && match.Groups["y1"].Success) || (match.Groups["dmy"].Success && match.Groups["y2"].Success)
        || (match.Groups["range"].Success && match.Groups["ry"].Success) || match.Groups["numeric"].Success;

    private static TemporalExpression? Resolve(Match match, Sentence sentence, PartialDate? reportDate, int? documentYear, PartialDate? lastDay, int? narrativeYear)
    {
        var g = match.Groups;
        TemporalExpression Make(PartialDate date, PartialDate? end = null, bool relative = false) =>
            new(sentence.Start + match.Index, sentence.Start + match.Index + match.Length, match.Value, sentence.Index, date)
            {
                DateEnd = end,
                IsRelative = relative,
            };

        if (g["range"].Success)
        {
            var month = DateParsing.Month(g["rm"].Value)!.Value;
            var year = g["ry"].Success ? DateParsing.Number(g["ry"].Value) : YearFor(month, reportDate, documentYear, narrativeYear);
            if (PartialDate.TryCreateDay(year, month, DateParsing.Number(g["rd1"].Value), out var first)
                && PartialDate.TryCreateDay(year, month, DateParsing.Number(g["rd2"].Value), out var last))
            {
                // "on the night of May 11-12": what a report tells of such a night happened after midnight, on the second day.
                return IsANight(sentence.Text, match.Index) ? Make(last) : Make(first, last);
            }

            return null;
        }

        if (g["mdy"].Success || g["dmy"].Success)
        {
            var isMdy = g["mdy"].Success;
            var month = DateParsing.Month(isMdy ? g["m1"].Value : g["m2"].Value);
            var yearGroup = isMdy ? g["y1"] : g["y2"];
            if (month is null || (isMdy && g["m1"].Value == "May" && !yearGroup.Success && IsModalMay(sentence.Text, match.Index)))
            {
                return null;
            }

            var year = yearGroup.Success ? DateParsing.Number(yearGroup.Value) : YearFor(month.Value, reportDate, documentYear, narrativeYear);
            return PartialDate.TryCreateDay(year, month.Value, DateParsing.Number(isMdy ? g["d1"].Value : g["d2"].Value), out var day) ? Make(day) : null;
        }

        if (g["ordinal"].Success)
        {
            return OrdinalDay(g, reportDate, documentYear, narrativeYear, lastDay) is { } ordinal ? Make(ordinal, relative: !g["om"].Success) : null;
        }

        if (g["numeric"].Success)
        {
            // "on 18.05.2019", "on 2019-05-18": day first, as Central Asian agencies print it, or ISO, read as a credit line's.
            return CreditLine.ParseDate(match.Value) is { } day ? Make(day) : null;
        }

        if (g["my"].Success)
        {
            var month = DateParsing.Month(g["m3"].Value);
            return month is null ? null : Make(PartialDate.OfMonth(DateParsing.Number(g["y3"].Value), month.Value));
        }

        if (g["lastmonth"].Success)
        {
            var month = DateParsing.Month(g["m4"].Value)!.Value;
            var word = match.Value.Split(' ')[0].ToLowerInvariant();
            int? year = documentYear is { } y
                ? word switch
                {
                    "last" => reportDate?.Month is { } pm && month >= pm ? y - 1 : (reportDate?.Month is null ? null : y),
                    "next" => reportDate?.Month is { } nm && month <= nm ? y + 1 : y,
                    _ => y,
                }
                : null;
            return Make(PartialDate.OfMonth(year, month), relative: true);
        }

        if (g["month"].Success)
        {
            var month = DateParsing.Month(g["m5"].Value)!.Value;
            return Make(PartialDate.OfMonth(YearFor(month, reportDate, documentYear, narrativeYear), month));
        }

        if (g["years"].Success)
        {
            var first = PartialDate.OfYear(DateParsing.Number(g["y4"].Value));
            return g["y5"].Success
                ? Make(first) with { Also = [PartialDate.OfYear(DateParsing.Number(g["y5"].Value))] }
                : Make(first);
        }

        if (g["relyear"].Success)
        {
            if (documentYear is not { } y)
            {
                return null;
            }

            var offset = g["ryw"].Value switch { "last" or "the previous" => -1, "next" or "the following" => 1, _ => 0 };
            return Make(PartialDate.OfYear(y + offset), relative: true);
        }

        if (g["relweek"].Success)
        {
            // "last week": no day can be told, but the month it fell in can.
            if (reportDate is not { Year: { } wy, Month: { } wm, Day: { } wd })
            {
                return null;
            }

            var week = new DateOnly(wy, wm, wd).AddDays(g["rww"].Value.StartsWith('L') || g["rww"].Value.StartsWith('l') ? -7 : 0);
            return Make(PartialDate.OfMonth(week.Year, week.Month), relative: true);
        }

        if (g["weekend"].Success)
        {
            return reportDate is { Year: { } ey, Month: { } em, Day: { } ed } ? Make(Weekend(new DateOnly(ey, em, ed), g["wew"].Value), relative: true) : null;
        }

        if (g["relmonth"].Success)
        {
            // "last month", "earlier this month": counted from the month of publication.
            if (reportDate is not { Year: { } ry, Month: { } rm })
            {
                return null;
            }

            var shift = g["rmw"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
            var month = new DateOnly(ry, rm, 1).AddMonths(shift);
            return Make(PartialDate.OfMonth(month.Year, month.Month), relative: true);
        }

        if (g["weekday"].Success)
        {
            // "on Tuesday" in a dated report: the last such day on or before publication.
            if (reportDate is not { Year: { } py, Month: { } pm, Day: { } pd })
            {
                return null;
            }

            var date = LastOnOrBefore(new DateOnly(py, pm, pd), Enum.Parse<DayOfWeek>(g["wd"].Value));
            return Make(PartialDate.OfDay(date.Year, date.Month, date.Day), relative: true);
        }

        if (g["today"].Success || g["yesterday"].Success || g["twodays"].Success)
        {
            // "announced today", "said yesterday": the report's own day, or the one before. A quotation that opens on
            // "Today" ("“Today, this country has turned into a bridgehead”") says nowadays, on a day the report may not give.
            if (reportDate is not { Year: { } ty, Month: { } tm, Day: { } td } || OpensAQuotation(sentence.Text, match.Index))
            {
                return null;
            }

            var day = new DateOnly(ty, tm, td).AddDays(g["twodays"].Success ? -2 : g["yesterday"].Success ? -1 : 0);
            return Make(PartialDate.OfDay(day.Year, day.Month, day.Day), relative: true);
        }

        if (g["ago"].Success)
        {
            return Ago(g, reportDate) is { } ago ? Make(ago, relative: true) : null;
        }

        if (g["season"].Success)
        {
            if (g["sy"].Success)
            {
                return Make(PartialDate.OfYear(DateParsing.Number(g["sy"].Value)));
            }

            return SeasonYear(g["sn"].Value, g["sw"].Value.ToLowerInvariant(), reportDate, documentYear) is { } year
                ? Make(PartialDate.OfYear(year), relative: true)
                : null;
        }

        if (lastDay is not { } anchor)
        {
            return null;
        }

        if (g["reldays"].Success)
        {
            var count = (NumberWords.Parse(g["n"].Value.ToLowerInvariant()) ?? 1) * (g["unit"].Value.StartsWith("week", StringComparison.Ordinal) ? 7 : 1);
            var sign = g["dir"].Value is "later" or "after" ? 1 : -1;
            var made = Make(anchor.AddDays(sign * count), relative: true);
            return g["dir"].Value is "after" or "before" ? made with { PrepositionalOffset = sign * count } : made;
        }

        if (g["nextday"].Success)
        {
            return Make(anchor.AddDays(g["nd"].Value is "next" or "following" ? 1 : -1), relative: true);
        }

        if (g["dayafter"].Success)
        {
            var offset = g["da"].Value == "after" ? 1 : -1;
            return Make(anchor.AddDays(offset), relative: true) with { PrepositionalOffset = offset };
        }

        return null;
    }

    /// <summary>
    /// "on the 17th of May", "on the 17th": a day of the month named, else of the month the narrative is at, else of the
    /// month of publication, or the month before when that day is still to come.
    /// </summary>
    private static PartialDate? OrdinalDay(GroupCollection g, PartialDate? reportDate, int? documentYear, int? narrativeYear, PartialDate? lastDay)
    {
        var day = DateParsing.Number(g["od"].Value);
        if (g["om"].Success && DateParsing.Month(g["om"].Value) is { } named)
        {
            return PartialDate.TryCreateDay(YearFor(named, reportDate, documentYear, narrativeYear), named, day, out var date) ? date : null;
        }

        if ((lastDay ?? reportDate) is not { Year: { } year, Month: { } month })
        {
            return null;
        }

        if (reportDate is { Year: { } py, Month: { } pm, Day: { } pd } && (year, month) == (py, pm) && day > pd)
        {
            var before = new DateOnly(py, pm, 1).AddMonths(-1); // not yet come in the month of the report: the month before
            (year, month) = (before.Year, before.Month);
        }

        return PartialDate.TryCreateDay(year, month, day, out var resolved) ? resolved : null;
    }

    // Written in the inferred year, no earlier than the latest month of that year the text dates.
    private static PartialDate InferredPublication(int year, List<TemporalExpression> expressions)
    {
        var latestMonth = expressions.Where(e => e.Date.Year == year && e.Date.Month is not null).Select(e => e.Date.Month!.Value).DefaultIfEmpty().Max();
        return latestMonth > 0 ? PartialDate.OfMonth(year, latestMonth) : PartialDate.OfYear(year);
    }

    /// <summary>
    /// The Saturday of "last weekend": the one before the week of publication (a Monday's "last weekend" is two days
    /// before); "over the weekend", "this weekend": the latest Saturday on or before publication.
    /// </summary>
    private static PartialDate Weekend(DateOnly reportDate, string which)
    {
        var last = which.Equals("last", StringComparison.OrdinalIgnoreCase);
        var saturday = LastOnOrBefore(reportDate, DayOfWeek.Saturday);
        if (last && reportDate.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            saturday = saturday.AddDays(-7);
        }

        return PartialDate.OfDay(saturday.Year, saturday.Month, saturday.Day);
    }

    private static DateOnly LastOnOrBefore(DateOnly date, DayOfWeek day) =>
        date.AddDays(-(((int)date.DayOfWeek - (int)day + 7) % 7));

    /// <summary>"12 days ago" is a day; "a week ago" the month it fell in; "two months ago" a month; "three years ago" a year.</summary>
    private static PartialDate? Ago(GroupCollection g, PartialDate? reportDate)
    {
        if (reportDate is not { Year: { } py, Month: { } pm })
        {
            return null;
        }

        var count = NumberWords.Parse(g["an"].Value.ToLowerInvariant()) ?? 1;
        var unit = g["au"].Value;
        var from = new DateOnly(py, pm, reportDate.Value.Day ?? 1);
        if (unit.StartsWith("day", StringComparison.Ordinal))
        {
            if (reportDate.Value.Day is null)
            {
                return null;
            }

            var day = from.AddDays(-count);
            return PartialDate.OfDay(day.Year, day.Month, day.Day);
        }

        if (unit.StartsWith("week", StringComparison.Ordinal))
        {
            var week = from.AddDays(-7 * count);
            return PartialDate.OfMonth(week.Year, week.Month);
        }

        if (unit.StartsWith("month", StringComparison.Ordinal))
        {
            var month = from.AddMonths(-count);
            return PartialDate.OfMonth(month.Year, month.Month);
        }

        return PartialDate.OfYear(py - count);
    }

    private static bool IsModalMay(string text, int index) =>
        index + 4 < text.Length && !char.IsDigit(text[index + 4]);

    /// <summary>
    /// The year of a season the text does not date: the last such season begun by the report's day ("in late summer" in
    /// a report of March 2016 is 2015's), for "last" the last one over, for "this" the report's year. A winter runs into
    /// the next year, so only a dated one is read.
    /// </summary>
    private static int? SeasonYear(string season, string word, PartialDate? reportDate, int? documentYear)
    {
        if (documentYear is not { } year || season == "winter")
        {
            return null;
        }

        if (word == "this" || reportDate?.Month is not { } month)
        {
            return word is "last" or "next" ? null : year;
        }

        var (starts, ends) = season switch { "spring" => (3, 5), "summer" => (6, 8), _ => (9, 11) };
        return word switch
        {
            "last" => month > ends ? year : year - 1,
            "next" => month > ends ? year + 1 : year,
            _ => month >= starts ? year : year - 1,
        };
    }

    /// <summary>
    /// The year of a year-less month: the year of the full date the narrative last printed when that is an earlier
    /// year ("the clashes began on July 24, 2012 ... was killed on August 22" in a report of 2013), else the
    /// publication year, or the year before when that month is still to come.
    /// </summary>
    private static int? YearFor(int month, PartialDate? reportDate, int? documentYear, int? narrativeYear)
    {
        if (narrativeYear is { } told && reportDate?.Year is { } reportYear && told < reportYear)
        {
            return told;
        }

        if (reportDate is { Year: { } year, Month: { } reportMonth })
        {
            return month > reportMonth + 1 ? year - 1 : year;
        }

        return documentYear;
    }

    /// <summary>
    /// With no publication date, a text that names a run of years and then "the last two years" is written
    /// the year after that run ("the incursions of 1999 and 2000 ... those of the last two years": 2001).
    /// </summary>
    private static int? InferDocumentYear(string text)
    {
        var lastYears = TemporalPatterns.LastYears().Match(text);
        if (!lastYears.Success)
        {
            return null;
        }

        var span = NumberWords.Parse(lastYears.Groups["n"].Value) ?? 2;
        var years = TemporalPatterns.Year().Matches(text[..lastYears.Index]).Select(m => DateParsing.Number(m.Value)).ToHashSet();
        foreach (var latest in years.OrderDescending())
        {
            if (Enumerable.Range(latest - span + 1, span).All(years.Contains))
            {
                return latest + 1;
            }
        }

        return null;
    }
}
