using System.Collections.Frozen;
using Caravan.Extraction.Knowledge;

namespace Caravan.Extraction.Text;

/// <summary>
/// Undoes line breaks put in to fit a width (wire copy, e-mail, text taken out of a PDF), so that a sentence broken
/// over three lines is one sentence again, while a line break a writer chose still ends a paragraph.
/// </summary>
public static class HardWrap
{
    private static readonly FrozenSet<string> Unfinished = CueWords.Set("wrap.unfinished", ignoreCase: true);

    /// <summary>Paragraphs printed one per line run longer than this; wrapped text never does.</summary>
    private const int WidestWrap = 110;

    /// <summary>Nobody wraps prose narrower: a column of short lines is a header, a list or a table.</summary>
    private const int NarrowestWrap = 40;

    /// <summary>In wrapped text at least this share of the lines followed by another come close to the width.</summary>
    private const double FullLinesShare = 0.6;

    /// <summary>
    /// Headline, credit line and byline come first, each on its own line and often as long as the width; there a full
    /// line is cut only when it cannot end there or the next line cannot start a line of its own.
    /// </summary>
    private const int HeaderLines = 4;

    public static IReadOnlyList<string> Unwrap(IReadOnlyList<string> lines)
    {
        if (WrapWidth(lines) is not { } width)
        {
            return lines;
        }

        var headerEnd = Math.Min(HeaderLines, FirstBlank(lines));
        var joined = new List<string>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0 && lines[i - 1].Length > 0 && lines[i].Length > 0 && (i >= headerEnd ? GoesOn(lines[i - 1], lines[i], width) : HeaderGoesOn(lines[i - 1], lines[i], width)))
            {
                joined[^1] = JoinAt(joined[^1], lines[i]);
            }
            else
            {
                joined.Add(lines[i]);
            }
        }

        return joined;
    }

    /// <summary>
    /// The width the text was wrapped to, if it was: most lines followed by another come close to one width
    /// that no paragraph printed on a line of its own would keep under.
    /// </summary>
    private static int? WrapWidth(IReadOnlyList<string> lines)
    {
        var inner = Enumerable.Range(0, Math.Max(0, lines.Count - 1))
            .Where(i => lines[i].Length > 0 && lines[i + 1].Length > 0)
            .Select(i => lines[i].Length)
            .Order()
            .ToList();
        if (inner.Count < 3)
        {
            return null;
        }

        var width = inner[(int)Math.Floor(0.9 * (inner.Count - 1))];
        var full = inner.Count(length => length >= width * 0.75);
        return width is >= NarrowestWrap and <= WidestWrap && full >= FullLinesShare * inner.Count ? width : null;
    }

    // A line ends where the next word would not have fitted; proportional fonts (PDF) leave a tenth of slack.
    private static bool WasCutToFit(string line, string next, int width)
    {
        var firstWord = next.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? space : next.Length;
        return line.Length + 1 + firstWord > width - (width / 10);
    }

    // Lines of a PDF end short or long as the words' widths fall: one that ends no clause goes on below when the next
    // starts in lower case or it is not short itself. A short line that ends no clause after one that does is a heading
    // ("Background"), whatever its first word's length.
    private static bool GoesOn(string line, string next, int width) =>
        EndsAClause(line)
            ? WasCutToFit(line, next, width) && (next.Length >= width / 2 || EndsAClause(next))
            : WasCutToFit(line, next, width) || char.IsLower(next[0]) || line.Length >= width / 2;

    private static bool EndsAClause(string line) =>
        line.TrimEnd('"', '”', '’', '\'', ')', ']') is { Length: > 0 } bare && bare[^1] is '.' or '!' or '?' or ':' or ';';

    private static int FirstBlank(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                return i;
            }
        }

        return lines.Count;
    }

    // "...recruiter of" / "Syria terrorist fighters", "Published: Saturday, May" / "14, 2005"; but a headline as long as
    // the width is followed by its own credit line ("...stand trial in Osh" / "28.08.2006 14:02 msk").
    private static bool HeaderGoesOn(string line, string next, int width) =>
        WasCutToFit(line, next, width)
        && (char.IsLower(next[0])
            || next[0] is '—' or '–' or '-'
            || line[^1] is ',' or '-' or ':'
            || Unfinished.Contains(LastWord(line))
            || DateParsing.Month(LastWord(line)) is not null
            || (char.IsDigit(next[0]) && CreditLine.Parse(next) is null));

    private static string LastWord(string line) => line[(line.LastIndexOf(' ') + 1)..];

    // "counter-" at a line's end is "counter-terrorism", not "counter- terrorism".
    private static string JoinAt(string line, string next) =>
        line.EndsWith('-') && line.Length > 1 && char.IsLetter(line[^2]) ? line + next : line + " " + next;
}
