using System.Buffers;
using System.Text.RegularExpressions;

namespace Caravan.Extraction.Text;

/// <summary>Date expressions inside sentences, absolute and relative.</summary>
internal static partial class TemporalPatterns
{
    private const string Month = DateParsing.MonthPattern;
    private const string FullMonth = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string NumberWord = @"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a)";

    // "July 25-26", "May 11-12, 2019"
    private const string DayRange =
        @"(?<range>\b(?<rm>" + Month + @")\s+(?<rd1>\d{1,2})\s*[-–]\s*(?<rd2>\d{1,2})(?:,?\s+(?<ry>\d{4}))?\b)";

    // "July 24", "July 24th, 2012"; not "July 24-" of a range
    private const string MonthDay =
        @"(?<mdy>\b(?<m1>" + Month + @")\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y1>\d{4}))?\b(?![-–]))";

    // "24 July", "24th July 2012"
    private const string DayMonth =
        @"(?<dmy>\b(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>" + Month + @")(?:,?\s+(?<y2>\d{4}))?\b)";

    // "July 2012"
    private const string MonthYear =
        @"(?<my>\b(?<m3>" + Month + @")\s+(?<y3>\d{4})\b)";

    // "18.05.2019", "2019-05-18"
    private const string Numeric =
        @"(?<numeric>\b[0-9]{1,2}\.[0-9]{1,2}\.(?:19|20)[0-9]{2}\b|\b(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}\b)";

    // "last December", "next March"
    private const string NamedMonthNearby =
        @"(?<lastmonth>\b(?:last|this|next)\s+(?<m4>" + FullMonth + @")\b)";

    // "in June", "since early March"; not "June 5"
    private const string BareMonth =
        @"(?<month>\b(?:in|In|since|Since|during|until|from|early|late|mid|mid-|of|by|By)\s+(?<m5>" + FullMonth + @")\b(?!\s+\d))";

    // "in 1999", "since 2014", "in 1999 and 2000"
    private const string Years =
        @"(?<years>\b(?:in|In|since|Since|during|until|from|of|by|By|early|late|mid)\s+(?<y4>(?:19|20)\d{2})(?:\s+and\s+(?<y5>(?:19|20)\d{2}))?\b(?![-–]\d))";

    // "last year", "earlier this year"
    private const string RelativeYear =
        @"(?<relyear>\b(?<ryw>last|this|next|earlier this|later this|the previous|the following)\s+year\b)";

    // "over the weekend", "last weekend"
    private const string Weekend =
        @"(?<weekend>\b(?<wew>[Ll]ast|[Tt]his|over the|at the|on the)\s+weekend\b)";

    // "last week", "earlier this week"
    private const string RelativeWeek =
        @"(?<relweek>\b(?<rww>[Ll]ast|[Tt]his|[Ee]arlier this)\s+week\b)";

    // "last month", "later this month"
    private const string RelativeMonth =
        @"(?<relmonth>\b(?<rmw>[Ll]ast|[Tt]his|[Ee]arlier this|[Ll]ater this|[Nn]ext)\s+month\b)";

    // "two days later", "a week earlier"; not "for two days after"
    private const string DaysAround =
        @"(?<reldays>(?<!\bfor\s)\b(?<n>(?i:" + NumberWord + @"))\s+(?<unit>days?|weeks?)\s+(?<dir>later|earlier|before|after)\b)";

    // "the next day", "the previous day"
    private const string NextDay =
        @"(?<nextday>\bthe\s+(?<nd>next|following|previous|preceding)\s+day\b)";

    // "the day before yesterday"
    private const string DayBeforeYesterday =
        @"(?<twodays>\b[Tt]he\s+day\s+before\s+yesterday\b)";

    // "the day after", "the day before"
    private const string DayAfter =
        @"(?<dayafter>\bthe\s+day\s+(?<da>after|before)\b)";

    // "on the 17th", "by the 3rd of May"
    private const string OrdinalOfMonth =
        @"(?<ordinal>\b(?:on|On|by|until|since)\s+the\s+(?<od>[0-9]{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(?<om>" + Month + @"))?(?!\s*[A-Za-z]))";

    // "on Monday", "last Friday", "late Sunday"
    private const string Weekday =
        @"(?<weekday>\b(?:(?:on|On|last|Last|this|This|late|early)\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)";

    // "today", "tonight", "this morning"
    private const string Today =
        @"(?<today>\b(?:[Tt]oday|[Tt]onight|this morning|this afternoon|this evening)\b)";

    // "yesterday", "last night"
    private const string Yesterday =
        @"(?<yesterday>\b(?:[Yy]esterday|[Ll]ast night)\b)";

    // "in late summer", "last winter", "in the spring of 2019"; not "the fall of the Soviet Union"
    private const string Season =
        @"(?<season>\b(?<sw>[Ii]n|[Dd]uring|[Ss]ince|[Bb]y|[Tt]his|[Ll]ast|[Nn]ext)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?<sn>spring|summer|autumn|winter)\b(?:\s+of\s+(?<sy>(?:19|20)\d{2}))?)";

    // "three days ago", "a year ago"
    private const string Ago =
        @"(?<ago>\b(?<an>(?i:" + NumberWord + @"))\s+(?<au>days?|weeks?|months?|years?)\s+ago\b)";

    // One alternation, in this order: where two could match at one place, the first listed wins ("July 24-26" is a range,
    // not a day).
    [GeneratedRegex(
        DayRange + "|" + MonthDay + "|" + DayMonth + "|" + MonthYear + "|" + Numeric + "|" + NamedMonthNearby
        + "|" + BareMonth + "|" + Years + "|" + RelativeYear + "|" + Weekend + "|" + RelativeWeek
        + "|" + RelativeMonth + "|" + DaysAround + "|" + NextDay + "|" + DayBeforeYesterday + "|" + DayAfter
        + "|" + OrdinalOfMonth + "|" + Weekday + "|" + Today + "|" + Yesterday + "|" + Ago + "|" + Season,
        RegexOptions.None, 250)]
    public static partial Regex DateExpression();

    // Every branch of DateExpression holds a year, a capitalised month name or one of these words: a sentence with
    // none of them is passed over without running the expression (more than half of a report's sentences).
    private static readonly SearchValues<string> Words = SearchValues.Create(["day", "week", "month", "year", "tonight", "night", "morning", "afternoon", "evening", "spring", "summer", "autumn", "winter"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> Months = SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    /// <summary>Whether <see cref="DateExpression"/> can match anything in <paramref name="text"/>.</summary>
    /// <remarks>Of the branches, only a bare year ("in 1999") has digits without a month's name or a word of time: a count
    /// ("killed 12 people") is no reason to run the expression.</remarks>
    public static bool MayHoldADate(ReadOnlySpan<char> text) =>
        text.IndexOfAny(Words) >= 0 || text.IndexOfAny(Months) >= 0 || (text.ContainsAnyInRange('0', '9') && (Year().IsMatch(text) || OrdinalDay().IsMatch(text)));

    // "on the 17th": a day of the month the narrative is in.
    [GeneratedRegex(@"\bthe\s+[0-9]{1,2}(?:st|nd|rd|th)\b", RegexOptions.None, 250)]
    private static partial Regex OrdinalDay();

    [GeneratedRegex(@"\b(?:the\s+)?(?:last|past|previous)\s+(?<n>two|three|2|3)\s+years\b", RegexOptions.IgnoreCase, 250)]
    public static partial Regex LastYears();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b", RegexOptions.None, 250)]
    public static partial Regex Year();
}
