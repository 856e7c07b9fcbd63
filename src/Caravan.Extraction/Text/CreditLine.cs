using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Caravan.Core.Dates;

namespace Caravan.Extraction.Text;

/// <summary>
/// A line that says who published a report and when: "RFE/RL, November 30, 2011", "BBC News, Tuesday, 26 November,
/// 2002, 08:43 GMT", "UzA, 17.09.2019", "RFE/RL, 2018-11-13", "Outlet (Site), Published: Saturday, May 14, 2005",
/// "12 October 2017 18:17", "09/23/2019", "Kazakhstan Today, 15:19 02.02.2005", "By Almaz Kumenov for Eurasianet
/// April 25, 2023", a feed's "Tue, 03 Mar 2015 10:15:00 +0600". The line is a credit when, once the date, clock times,
/// weekdays and time zones are taken out, no more than a short name is left.
/// </summary>
public static partial class CreditLine
{
    private const int MaxOutletWords = 8;
    private const int TimeoutMs = 250;

    public sealed record Credit(PartialDate Date, string? Outlet);

    public static Credit? Parse(string line)
    {
        if (line.Length > 160)
        {
            return null;
        }

        // "Published on 21 May 2019 | Updated 22 May 2019": the first date is the publication's, the update's is no part of the credit.
        if (UpdatedTail().Match(line) is { Success: true, Index: > 0 } updated && AnyDate().IsMatch(line.AsSpan(0, updated.Index)))
        {
            line = line[..updated.Index];
        }

        var match = AnyDate().Match(line);
        if (!match.Success || ToDate(match) is not { } date)
        {
            return null;
        }

        var before = Noise().Replace(line[..match.Index], " ");
        var rawAfter = Noise().Replace(line[(match.Index + match.Length)..], " ").TrimStart(' ', ',');
        var after = rawAfter.Trim(' ', ',', '.', '|', '-', '–', '—', '(', ')', '/', ']');
        var outlet = before.Trim(' ', ',', ';', ':', '|', '-', '–', '—', '/', '[', '(');
        if (after.Length > 0)
        {
            // "3 March 2015 — Eurasianet", "Posted on March 3, 2015 by admin": a short name after the date.
            var trailing = TrailingName().Match(after);
            var separated = rawAfter.Length > 0 && (rawAfter[0] is '—' or '–' or '-' or '|' or '/' || rawAfter.StartsWith("by ", StringComparison.OrdinalIgnoreCase));
            if (!trailing.Success || !separated)
            {
                return null;
            }

            if (outlet.Length == 0 && !trailing.Groups["by"].Success)
            {
                outlet = trailing.Groups["name"].Value;
            }
        }

        if (ByFor().Match(outlet) is { Success: true } byline)
        {
            outlet = byline.Groups["outlet"].Value; // "By Almaz Kumenov for Eurasianet": the outlet, not the writer
        }
        else if (ByWriter().Match(outlet) is { Success: true } writer)
        {
            // "By Bruce Pannier, RFE/RL, May 21, 2019": the outlet after the writer; "By John Smith | May 20, 2019": none.
            outlet = writer.Groups["outlet"].Value;
        }

        var words = outlet.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxOutletWords || outlet.EndsWith('.') || (words.Length > 0 && !char.IsLetterOrDigit(outlet[0])) || !IsName(words))
        {
            return null;
        }

        // A year alone is a credit only with a name before it ("Kazinform, 2014"), never a bare number or a headline's last word.
        if (date.Precision == DatePrecision.Year && (words.Length == 0 || !before.TrimEnd().EndsWith(',')))
        {
            return null;
        }

        return new Credit(date, words.Length == 0 ? null : outlet);
    }

    // "The Times of Central Asia", "24.kg news agency" and "dpa" are names; "Police detained three men in Osh on" before a
    // date is a sentence.
    private static bool IsName(string[] words) =>
        words.Length < 3 || words.Count(word => char.IsLower(word[0]) && !OutletNouns.Contains(word)) * 3 <= words.Length;

    private static readonly FrozenSet<string> OutletNouns = Knowledge.CueWords.Set("credit.outlet-noun");

    /// <summary>The first date of any credit-line form in the text ("17.09.2019", "Tue 07th December 2021").</summary>
    public static PartialDate? ParseDate(string text) => AnyDate().Match(text) is { Success: true } match ? ToDate(match) : null;

    private static PartialDate? ToDate(Match match)
    {
        var g = match.Groups;
        if (g["iso"].Success)
        {
            return PartialDate.TryParse(g["iso"].Value, out var iso) ? iso : null;
        }

        if (g["ymd"].Success)
        {
            return Day(DateParsing.Number(g["yy"].Value), DateParsing.Number(g["ym"].Value), DateParsing.Number(g["yd"].Value));
        }

        if (g["dmy"].Success)
        {
            // "17.09.2019", "12-03-2019", "12.03.19": day first, as the region's agencies print it; "09-23-2019" can only be month first.
            var day = DateParsing.Number(g["nd"].Value);
            var month = DateParsing.Number(g["nm"].Value);
            var year = FullYear(g["ny"].Value);
            return month <= 12 ? Day(year, month, day) : Day(year, day, month);
        }

        if (g["us"].Success)
        {
            // "09/23/2019" is American; "23/09/2019" can only be day first.
            var first = DateParsing.Number(g["u1"].Value);
            var second = DateParsing.Number(g["u2"].Value);
            var year = FullYear(g["uy"].Value);
            return first <= 12 ? Day(year, first, second) : Day(year, second, first);
        }

        if (g["named"].Success)
        {
            var monthWord = g["m1"].Success ? g["m1"].Value : g["m2"].Value;
            var day = g["d1"].Success ? g["d1"].Value : g["d2"].Value;
            var year = DateParsing.Number(g["y1"].Success ? g["y1"].Value : g["y2"].Value);
            if (DateParsing.Month(monthWord) is not { } month)
            {
                return null;
            }

            return day.Length == 0 ? PartialDate.OfMonth(year, month) : Day(year, month, DateParsing.Number(day));
        }

        return g["year"].Success && DateParsing.Number(g["year"].Value) is var y and >= 1900 and <= 2100 ? PartialDate.OfYear(y) : null;
    }

    // "12/03/19": a two-digit year is of this century up to 50, else of the last.
    private static int FullYear(string digits) =>
        DateParsing.Number(digits) is var year && digits.Length == 2 ? (year <= 50 ? 2000 + year : 1900 + year) : year;

    private static PartialDate? Day(int year, int month, int day) =>
        year is >= 1900 and <= 2100 && PartialDate.TryCreateDay(year, month, day, out var date) ? date : null;

    [GeneratedRegex(
        @"(?<iso>\b[0-9]{4}-[0-9]{2}-[0-9]{2})(?:\b|T[0-9:.]+(?:Z|[+-][0-9:]+)?)"
        + @"|(?<ymd>\b(?<yy>[0-9]{4})[/.](?<ym>[0-9]{1,2})[/.](?<yd>[0-9]{1,2})\b)"
        + @"|(?<dmy>\b(?<nd>[0-9]{1,2})(?<ns>[.-])(?<nm>[0-9]{1,2})\k<ns>(?<ny>[0-9]{4}|[0-9]{2}(?![0-9.-]))\b)"
        + @"|(?<us>\b(?<u1>[0-9]{1,2})/(?<u2>[0-9]{1,2})/(?<uy>[0-9]{4}|[0-9]{2}(?![0-9/]))\b)"
        + @"|(?<named>\b(?<d1>[0-9]{1,2})(?:st|nd|rd|th)?(?:\s+|-)(?<m1>" + DateParsing.MonthPatternAnyCase + @")\.?(?:,?\s+|-)(?<y1>[0-9]{4})\b"
        + @"|\b(?<m2>" + DateParsing.MonthPatternAnyCase + @")\.?\s+(?:(?<d2>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+)?(?<y2>[0-9]{4})\b)"
        + @"|(?<year>\b[0-9]{4}\b)",
        RegexOptions.None, TimeoutMs)]
    private static partial Regex AnyDate();

    // What a credit line carries beside its date: field labels, weekdays, clock times, time zones.
    [GeneratedRegex(
        @"(?i:\b(?:(?:First|Originally|Last)\s+)?(?:Published|Posted|Updated|Modified|Edited|Date of publication|Date|Publication date)(?:\s+on)?\s*:?)|\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\b\.?,?"
        + @"|\b(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[+-][0-9]{2}:?[0-9]{2}\b)?|\b(?:GMT|UTC|MSK|msk|EST|EDT|CET|CEST|BST|IST|PKT|ALMT|ET|PT|CT|local time)\b(?:\s*[+-][0-9]{1,2}(?::?[0-9]{2})?)?|\(\s*\)",
        RegexOptions.None, TimeoutMs)]
    private static partial Regex Noise();

    [GeneratedRegex(@"[|,;–—-]?\s*\b(?:Last\s+)?(?:Updated|Modified|Edited)\b.*$", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex UpdatedTail();

    // [0-9], not \d: \d also matches other scripts' digits, which int.Parse does not read.
    [GeneratedRegex(@"^(?:(?<by>by\s+)?(?<name>[A-Z][\w.&'’/\-]*(?:\s+[\w.&'’/\-]+){0,4}))$", RegexOptions.IgnoreCase, TimeoutMs)]
    private static partial Regex TrailingName();

    [GeneratedRegex(@"^By\s+.+?\s+for\s+(?<outlet>.+)$", RegexOptions.None, TimeoutMs)]
    private static partial Regex ByFor();

    [GeneratedRegex(@"^(?:Written\s+)?[Bb]y\s+[^,]+(?:,\s+(?<outlet>.+))?$", RegexOptions.None, TimeoutMs)]
    private static partial Regex ByWriter();
}
