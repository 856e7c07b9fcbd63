using System.Globalization;
using Caravan.Core.Dates;

namespace Caravan.Extraction.Text;

/// <summary>Month names and the absolute date forms of English news copy.</summary>
public static class DateParsing
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public const string MonthPattern =
        @"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

    /// <summary>The month names in any case, as agencies print them in credit lines and datelines ("NOVEMBER 30, 2011").</summary>
    public const string MonthPatternAnyCase = "(?i:" + MonthPattern + ")";

    /// <summary>1-12 for an English month name or its usual abbreviation, else null.</summary>
    public static int? Month(string word)
    {
        var lower = word.TrimEnd('.').ToLowerInvariant();
        if (lower.Length < 3)
        {
            return null;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].StartsWith(lower, StringComparison.Ordinal) && (lower.Length >= 3))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>"On March 2", "2 May": a month written beside a day's number, not the verb "march" or the modal "may".</summary>
    public static bool IsMonthOfADate(IReadOnlyList<string> lower, int i) =>
        Month(lower[i]) is not null && lower[i].Length >= 3
        && ((i + 1 < lower.Count && lower[i + 1].Length > 0 && char.IsAsciiDigit(lower[i + 1][0])) || (i > 0 && lower[i - 1].Length > 0 && char.IsAsciiDigit(lower[i - 1][0])));

    public static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>"Nov 6", "6 November": a day of a month, its year left to the reader.</summary>
    public static PartialDate? ParseMonthDay(string text)
    {
        var words = text.Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries);
        var month = words.Select(w => Month(w.ToLowerInvariant())).FirstOrDefault(m => m is not null);
        var day = words.FirstOrDefault(w => w.Length <= 2 && w.All(char.IsAsciiDigit));
        return month is { } m && day is not null && PartialDate.TryCreateDay(null, m, Number(day), out var date) ? date : null;
    }

    /// <summary>"21 October 2022", "October 18, 2022", "September 1, 2017", "2022-10-21", "June 2016".</summary>
    public static PartialDate? ParseAbsolute(string text)
    {
        var match = Patterns.AbsoluteDate().Match(text);
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["iso"].Success)
        {
            return PartialDate.TryParse(match.Groups["iso"].Value, out var iso) ? iso : null;
        }

        var month = Month(match.Groups["m1"].Success ? match.Groups["m1"].Value : match.Groups["m2"].Value);
        var day = match.Groups["d1"].Success ? match.Groups["d1"].Value : match.Groups["d2"].Value;
        var year = Number(match.Groups["y1"].Success ? match.Groups["y1"].Value : match.Groups["y2"].Value);
        if (month is null)
        {
            return null;
        }

        if (day.Length == 0)
        {
            return PartialDate.OfMonth(year, month.Value);
        }

        return PartialDate.TryCreateDay(year, month.Value, Number(day), out var date) ? date : null;
    }
}
