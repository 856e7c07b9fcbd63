using System.Text.RegularExpressions;
using Caravan.Core.Dates;

namespace Caravan.Extraction.Text;

/// <summary>
/// The place, date and agency a wire report opens its first paragraph with: "Dushanbe, 21 October 2022 (TDI):",
/// "TASHKENT, Oct 23 (Reuters) -", "BISHKEK, January 29. /ITAR-TASS/.", "ALMATY. May 20. KAZINFORM -",
/// "Tashkent, Uzbekistan, May 20 (AKIpress) -", "Bishkek (AKIpress), May 20, 2019 -", "20.05.2019, Bishkek (24.kg) -",
/// "ASTANA, Kazakhstan (AP) —", "ASTANA. KAZINFORM -", "BISHKEK/DUSHANBE (Reuters) -" (the first place), "NUR-SULTAN (Kazinform)
/// May 20, 2019 -", "Astana, 20 May 2019 – Kazinform –". Length is where the story starts.
/// </summary>
public static partial class Dateline
{
    private const int TimeoutMs = 250;

    public sealed record Parsed(string Place, PartialDate? Date, string? Outlet, int Length);

    // Capitalised words and the small words of names ("Rio de Janeiro"): not a clause that ends in a date.
    private const string PlaceName = @"(?<place>[A-Z][A-Za-z'’\-]*(?:\s(?:[A-Z]|(?:de|del|da|al|el|of|la|le)\s)[A-Za-z'’\-]*){0,3})";

    // "Termez [Uzbekistan]", "Tashkent, Uzbekistan", "Bishkek (AKIpress)": what some agencies print after the place.
    private const string Place = PlaceName + @"(?:\s*\[[A-Z][A-Za-z ]{1,30}\]|,\s+[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)?(?:\s*\((?<outlet>[^)]{1,40})\))?";

    private const string DayWithYear = @"\d{1,2}\s+" + DateParsing.MonthPatternAnyCase + @",?\s+\d{4}|" + DateParsing.MonthPatternAnyCase + @"\s+\d{1,2},?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4}";

    // "JUNE 14" too: some agencies print the dateline in capitals.
    private const string DayWithoutYear = @"\d{1,2}\s+" + DateParsing.MonthPatternAnyCase + @"|" + DateParsing.MonthPatternAnyCase + @"\s+\d{1,2}";

    // "(Reuters)", "/ITAR-TASS/.", ", Asia-Plus –", ". KAZINFORM -", " Asia-Plus -", ", UzA. ": the agency after the date.
    private const string Agency = @"(?:\s*\((?<outlet>[^)]{1,40})\)|\.?\s*/(?<outlet>[^/]{1,30})/\.?|(?:[,.]\s*|\s+|\s+[–—]\s+)(?<outlet>[A-Z][\w\-./ ]{1,30}?)(?=\s+[\-–—]|\s*:|\.\s))?";

    // "Astana, 20 May 2019", "NUR-SULTAN (Kazinform) May 20, 2019", "Tashkent, Uzbekistan (UzDaily.com) -- May 20, 2019": between place and date.
    private const string BeforeDate = @"(?:[,.]\s+|(?<=\))\s*(?:--|[–—-])?\s*)";

    // A dash or colon hands over to the story; so does a full stop or an agency's closing mark before a space.
    private const string End = @"(?:\s*[:\-–—]+\s*|(?<=[./)])\s+|\.\s+)";

    public static Parsed? Parse(string line)
    {
        foreach (var (pattern, dated) in (ReadOnlySpan<(Regex, bool)>)[(PlaceThenDay(), true), (DayThenPlace(), true), (PlaceThenYearlessDay(), false), (PlaceOnly(), false)])
        {
            var match = pattern.Match(line);
            if (!match.Success)
            {
                continue;
            }

            var text = match.Groups["date"].Value;
            PartialDate? date = text.Length == 0 ? null : dated ? CreditLine.ParseDate(text) : DateParsing.ParseMonthDay(text);
            if (text.Length > 0 && date is null)
            {
                continue;
            }

            var outlet = match.Groups["outlet"].Value.Trim();
            return new Parsed(match.Groups["place"].Value.Trim(), date, outlet.Length > 0 ? outlet : null, match.Length);
        }

        return null;
    }

    [GeneratedRegex(@"^" + Place + BeforeDate + @"(?<date>" + DayWithYear + @")" + Agency + End, RegexOptions.None, TimeoutMs)]
    private static partial Regex PlaceThenDay();

    [GeneratedRegex(@"^(?<date>" + DayWithYear + @"),\s+(?<place>[A-Z][A-Za-z'’\-]+(?:\s[A-Z][A-Za-z'’\-]+)?)(?:\s*\((?<outlet>[^)]{1,40})\))?\s*[:\-–—]+\s", RegexOptions.None, TimeoutMs)]
    private static partial Regex DayThenPlace();

    [GeneratedRegex(@"^" + Place + @"[,.]\s+(?<date>" + DayWithoutYear + @")\b" + Agency + End, RegexOptions.None, TimeoutMs)]
    private static partial Regex PlaceThenYearlessDay();

    [GeneratedRegex(@"^(?<place>[A-Z][A-Za-z'’\-]+(?: [A-Z][A-Za-z'’\-]+)?)(?:/[A-Z][A-Za-z'’\-]+)?(?:,\s+[A-Z][A-Za-z0-9 ]{2,30})?\s*(?:\((?<outlet>[^)]{0,40})\)|\.\s+(?<outlet>[A-Z][A-Za-z\-]{1,30}))?\s*(?:--|–|—|-)\s", RegexOptions.None, TimeoutMs)]
    private static partial Regex PlaceOnly();
}
