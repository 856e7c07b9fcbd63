using System.Text.RegularExpressions;
using Caravan.Core.Dates;
using Caravan.Extraction.Model;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Text;

namespace Caravan.Extraction.Stages;

/// <summary>
/// Reads headline, byline, dateline ("Dushanbe, 21 October 2022 (TDI):"), header fields ("Published: ...",
/// "Al Jazeera, 16 September 2022") and the outlet. Publication dates rank: byline, dateline, header,
/// "Last update" (an update stamp is often years after the story).
/// </summary>
public sealed class MetadataReader : IExtractionStage
{
    private const int HeaderLinesToScan = 6;
    private const int MaxTitleWords = 30;

    // A dateline opens the story; a later line that looks like one ("Moscow - ...") is the story's own.
    private const int DatelineLinesToScan = 2;

    private const int FootLinesToScan = 3;

    public DocumentDraft Apply(DocumentDraft draft)
    {
        var text = draft.Text;
        var lines = SplitLines(text);
        string? title = null, outlet = null, byline = null, dateline = null;
        PartialDate? bylineDate = null, datelineDate = null, headerDate = null, updateDate = null;
        var bodyStart = 0;
        var creditLines = new List<(int Start, int End)>();
        (int Start, Dateline.Parsed Found)? openingDateline = null;

        for (var i = 0; i < lines.Count && i < HeaderLinesToScan; i++)
        {
            var (start, line) = lines[i];
            if (Patterns.HeaderField().Match(line) is { Success: true } field)
            {
                var value = field.Groups["value"].Value;
                var date = FieldDate(value);
                if (IsUpdateStamp(field.Groups["key"].Value))
                {
                    updateDate ??= date;
                }
                else
                {
                    headerDate ??= date;
                }
            }
            else if (Patterns.PublicationHeader().Match(line) is { Success: true } publication)
            {
                var name = publication.Groups["name"].Value.Trim();
                if (CreditLine.Parse(name) is { } dated)
                {
                    headerDate ??= dated.Date; // "Source: Kun.uz (2019-03-12)"
                    name = dated.Outlet ?? name;
                }

                outlet ??= name;
                if (!publication.Groups["key"].Value.Equals("Publication", StringComparison.OrdinalIgnoreCase))
                {
                    // "Source: Asia-Plus" credits the report and names no entity of it; a monitor's "Publication:" leaves its publisher to the notice at the foot.
                    creditLines.Add((start, start + line.Length));
                }
            }
            else if (Patterns.Byline().Match(line) is { Success: true } by)
            {
                if (by.Groups["staff"].Success)
                {
                    outlet ??= by.Groups["name"].Value; // "By Eurasianet staff": the outlet signs for its newsroom
                }
                else
                {
                    byline = by.Groups["name"].Value;
                }

                if (by.Groups["date"].Success)
                {
                    bylineDate = DateParsing.ParseAbsolute(by.Groups["date"].Value);
                }
            }
            else if (Dateline.Parse(line) is { Date: not null } opening)
            {
                openingDateline = (start, opening);
                break; // "Bishkek (AKIpress), May 20, 2019 - Police detained...": the story begins
            }
            else if (CreditLine.Parse(line) is { } credit)
            {
                headerDate ??= credit.Date; // "RFE/RL, November 30, 2011", "UzA, 17.09.2019", "April 29, 2021" under the headline
                outlet ??= credit.Outlet;
                creditLines.Add((start, start + line.Length));
            }
            else if (title is null && LooksLikeTitle(line, i + 1 < lines.Count ? lines[i + 1].Line : null))
            {
                title = line;
            }
            else if (IsLabel(line))
            {
                // A section label above the headline ("Asia"): neither title nor body.
            }
            else
            {
                break;
            }

            bodyStart = start + line.Length;
        }

        (int Start, int End)? datelineSpan = null;
        if ((openingDateline ?? FirstDateline(lines, bodyStart)) is var (datelineStart, found))
        {
            dateline = found.Place;
            datelineDate = found.Date;
            datelineSpan = (datelineStart, datelineStart + found.Length);
            outlet ??= found.Outlet;
        }

        // Under a dated header, a credit at the foot ("(Xinhua News Agency March 30, 2006)") names its outlet as the
        // story's last words do, and the annotators count it an entity: it is read only when the header gives no year.
        var footDate = default(PartialDate?);
        if (MostPrecise(bylineDate, datelineDate, headerDate) is not { HasYear: true } && FootCredit(lines, bodyStart) is var (footStart, footLine, foot))
        {
            footDate = foot.Date;
            outlet ??= foot.Outlet;
            creditLines.Add((footStart, footStart + footLine.Length));
        }

        outlet = PublisherFromNotices(draft.RemovedLines, outlet) ?? outlet ?? MostQuotedOutlet(text);
        var published = MostPrecise(bylineDate, datelineDate, headerDate, footDate) ?? updateDate;
        var metadata = draft.Metadata with
        {
            Title = title,
            Published = published,
            Outlet = outlet,
        };
        return draft with
        {
            Metadata = metadata with { Byline = byline, Dateline = dateline },
            BodyStart = bodyStart,
            CreditLines = creditLines,
            DatelineSpan = datelineSpan,
            DatelineDay = DayWithin(datelineDate, published),
        };
    }

    private static (int Start, Dateline.Parsed Found)? FirstDateline(List<(int Start, string Line)> lines, int bodyStart)
    {
        foreach (var (start, line) in lines.Where(l => l.Start >= bodyStart).Take(DatelineLinesToScan))
        {
            if (Dateline.Parse(line) is { } found)
            {
                return (start, found);
            }
        }

        return null;
    }

    /// <summary>
    /// Some sites print the credit under the story ("Published: 30.11.2011", "AKIpress, 30 November 2011"); its date
    /// counts when the header gives none with a year (a wire dateline's "July 7" takes its year from it).
    /// </summary>
    private static (int Start, string Line, CreditLine.Credit Credit)? FootCredit(List<(int Start, string Line)> lines, int bodyStart)
    {
        foreach (var (start, line) in lines.Where(l => l.Start >= bodyStart).TakeLast(FootLinesToScan).Reverse())
        {
            if (AsCredit(line) is { } credit)
            {
                return (start, line, credit);
            }
        }

        return null;
    }

    // "Published: 30.11.2011" or "AKIpress, 30 November 2011"; an update stamp is no credit.
    private static CreditLine.Credit? AsCredit(string line)
    {
        if (Patterns.HeaderField().Match(line) is not { Success: true } field)
        {
            return CreditLine.Parse(line);
        }

        return !IsUpdateStamp(field.Groups["key"].Value) && FieldDate(field.Groups["value"].Value) is { } date ? new CreditLine.Credit(date, null) : null;
    }

    // "Published: 20 May 2019", "Posted: 20.05.2019 14:35".
    private static PartialDate? FieldDate(string value) => DateParsing.ParseAbsolute(value) ?? CreditLine.ParseDate(value);

    /// <summary>The first date that names its year and as much as any other, else the first at all: a wire dateline ("Oct 23") leaves the year to the credit line.</summary>
    private static PartialDate? MostPrecise(params PartialDate?[] ranked)
    {
        var dated = ranked.OfType<PartialDate>().ToList();
        var best = dated.Where(d => d.HasYear).OrderByDescending(d => d.Precision).FirstOrDefault();
        return dated.Count == 0 ? null : best.HasYear ? best : dated[0];
    }

    /// <summary>
    /// "DUSHANBE, Oct 9:" under "Dawn (Reuters), October 2005": the day of a year-less dateline within the month or year
    /// the credit gives, which dates "on Sunday"; the publication date stays what the credit says.
    /// </summary>
    private static PartialDate? DayWithin(PartialDate? dateline, PartialDate? published) =>
        dateline is { Precision: DatePrecision.YearlessDay, Month: { } month, Day: { } day }
        && published is { Year: { } year, Day: null } && (published.Value.Month ?? month) == month
        && PartialDate.TryCreateDay(year, month, day, out var date) ? date : null;

    private static List<(int Start, string Line)> SplitLines(string text)
    {
        var lines = new List<(int, string)>();
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                lines.Add((start, line));
            }

            start += line.Length + 1;
        }

        return lines;
    }

    private static bool LooksLikeTitle(string line, string? next)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxTitleWords || line.EndsWith('.') || Dateline.Parse(line) is not null)
        {
            return false;
        }

        // A one- or two-word line right above another short line is a section label, not the headline.
        return words.Length > 2 || next is null || next.Split(' ').Length > MaxTitleWords;
    }

    private static bool IsUpdateStamp(string key) =>
        key.StartsWith("Last", StringComparison.OrdinalIgnoreCase) || key.StartsWith("Updated", StringComparison.OrdinalIgnoreCase);

    private static bool IsLabel(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2 && !line.EndsWith('.');

    private static string? PublisherFromNotices(IReadOnlyList<string> removedLines, string? publication)
    {
        foreach (var line in removedLines)
        {
            if (Patterns.PublicationOf().Match(line) is { Success: true } match)
            {
                var publisher = match.Groups["publisher"].Value.Trim();
                if (publisher.StartsWith("the ", StringComparison.Ordinal))
                {
                    publisher = "The " + publisher[4..];
                }

                var name = publication ?? match.Groups["publication"].Value.Trim();
                return $"{publisher} ({name})";
            }
        }

        return null;
    }

    // Reporters write "X told Caravanserai": the outlet most often told is the one publishing.
    private static string? MostQuotedOutlet(string text) =>
        Patterns.ToldOutlet().Matches(text)
            .Select(m => m.Groups["outlet"].Value)
            .Where(name => name.Split(' ').Length <= 3 && !name.StartsWith("Reporters", StringComparison.Ordinal))
            .GroupBy(name => name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
}
