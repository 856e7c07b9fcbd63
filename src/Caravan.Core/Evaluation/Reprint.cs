using System.Net;
using System.Text.RegularExpressions;

namespace Caravan.Core.Evaluation;

/// <summary>
/// The annotated reports as other sources print them: cut to a width as wire copy and e-mail are, in lines of uneven
/// length as text taken out of a PDF is, the header in capitals, saved as Markdown, with HTML entities left in, with
/// the credit line under the story. Scoring a reprint against the same gold shows what extraction owes to how our
/// copies happen to be printed.
/// </summary>
public static partial class Reprint
{
    private const int WireWidth = 72;

    /// <summary>Lines searched for the credit line to move: it stands under the headline.</summary>
    private const int CreditLineReach = 4;

    private static readonly Dictionary<string, Func<string, string>> Ways = new(StringComparer.Ordinal)
    {
        ["wrapped"] = text => string.Join('\n', text.Split('\n').SelectMany(line => Wrap(line, WireWidth))),
        ["pdf-lines"] = text => string.Join('\n', text.Split('\n').SelectMany(UnevenLines)),
        ["capitals"] = text => MapFirstLine(text, line => line.ToUpperInvariant()),
        ["markdown"] = text => MapFirstLine(text, line => "# " + line),
        ["html-entities"] = WebUtility.HtmlEncode,
        ["credit-at-foot"] = CreditAtFoot,
        ["no-blank-lines"] = text => BlankLines().Replace(text, "\n"),
        ["crlf"] = text => text.Replace("\n", "\r\n", StringComparison.Ordinal),
    };

    public static IReadOnlyCollection<string> Names => Ways.Keys;

    /// <summary>The text reprinted the named way; <see cref="ArgumentException"/> for a name not in <see cref="Names"/>.</summary>
    public static string Apply(string way, string text) =>
        Ways.TryGetValue(way, out var reprint) ? reprint(text) : throw new ArgumentException($"no reprint named {way}; one of: {string.Join(", ", Names)}", nameof(way));

    // Words onto lines of at most the width, as a mail client fills them.
    private static IEnumerable<string> Wrap(string line, int width) => Fill(line, () => width);

    // A PDF's lines end where the words' printed widths fill the column, so their lengths in characters vary: here
    // between 78 and 96, drawn from a generator seeded by the line itself, the same on every run.
    private static IEnumerable<string> UnevenLines(string line)
    {
        var widths = new Random(line.Length);
        return Fill(line, () => widths.Next(78, 97));
    }

    private static IEnumerable<string> Fill(string line, Func<int> width)
    {
        var current = "";
        foreach (var word in line.Split(' '))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width())
            {
                yield return current;
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : current + " " + word;
            }
        }

        yield return current;
    }

    private static string MapFirstLine(string text, Func<string, string> map)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? map(text) : map(text[..end]) + text[end..];
    }

    // "RFE/RL, November 30, 2011" under the headline goes under the story's last paragraph.
    private static string CreditAtFoot(string text)
    {
        var lines = text.Split('\n').ToList();
        var credit = lines.FindIndex(1, Math.Max(0, Math.Min(CreditLineReach, lines.Count) - 1), line => line.Length < 70 && Year().IsMatch(line));
        if (credit < 0)
        {
            return text;
        }

        var line = lines[credit];
        lines.RemoveAt(credit);
        return string.Join('\n', lines).TrimEnd() + "\n\n" + line + "\n";
    }

    [GeneratedRegex(@"\b(?:19|20)[0-9]{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\n{2,}")]
    private static partial Regex BlankLines();
}
