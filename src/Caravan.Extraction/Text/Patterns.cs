using System.Text.RegularExpressions;

namespace Caravan.Extraction.Text;

/// <summary>The regular expressions of the pipeline, compiled at build time and bounded in run time.</summary>
internal static partial class Patterns
{
    private const int TimeoutMs = 250;

    [GeneratedRegex(@"(?<iso>\b\d{4}-\d{2}-\d{2}\b)|(?:\b(?<d1>\d{1,2})\s+(?<m1>" + DateParsing.MonthPattern + @")\s+(?<y1>\d{4})\b)|(?:\b(?<m2>" + DateParsing.MonthPattern + @")\s+(?:(?<d2>\d{1,2}),?\s+)?(?<y2>\d{4})\b)", RegexOptions.None, TimeoutMs)]
    public static partial Regex AbsoluteDate();

    [GeneratedRegex(@"^By:?\s+(?<name>[A-Z][\w'’\-./]+(?:\s+[A-Z][\w'’\-./]+){0,3}?)(?<staff>\s+(?:staff|correspondents?|reporters?))?(?:,?\s+(?<date>" + DateParsing.MonthPattern + @"\s+\d{1,2},\s+\d{4}|\d{1,2}\s+" + DateParsing.MonthPattern + @"\s+\d{4}))?\s*$", RegexOptions.None, TimeoutMs)]
    public static partial Regex Byline();

    [GeneratedRegex(@"^(?<key>Published|Publication date|Date of publication|Date|Posted|Updated|Last update[d]?)\s*:\s*(?<value>.+)$", RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex HeaderField();

    [GeneratedRegex(@"^(?<key>Publication|Source|Publisher)\s*:\s*(?<name>[^\s:][^:]{0,60}?)(?:\s+Volume\s*:.*)?$", RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex PublicationHeader();


    [GeneratedRegex(@"(?:The\s+)?(?<publication>[A-Z][\w ]{1,40}?) is a publication of (?<publisher>(?:the\s+)?[A-Z][\w ]{1,60}?)[.,]", RegexOptions.None, TimeoutMs)]
    public static partial Regex PublicationOf();

    [GeneratedRegex(@"\btold (?<outlet>[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2})(?=[.,;])", RegexOptions.None, TimeoutMs)]
    public static partial Regex ToldOutlet();
}
