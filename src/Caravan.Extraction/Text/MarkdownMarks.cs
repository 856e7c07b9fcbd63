using System.Text.RegularExpressions;

namespace Caravan.Extraction.Text;

/// <summary>
/// Reports saved as Markdown keep their words under a few marks: "# " before the headline, "**" around a name,
/// "[the statement](https://...)" around a link. The words stay; the marks go, so that the headline is read as one.
/// </summary>
public static partial class MarkdownMarks
{
    private const int TimeoutMs = 250;

    public static string Strip(string line)
    {
        if (line.Length == 0 || (line.IndexOfAny(['#', '*', '_', '[', '>']) < 0))
        {
            return line;
        }

        line = Heading().Replace(line, "");
        line = Link().Replace(line, "${text}");
        return Emphasis().Replace(line, "${text}");
    }

    // "## Border talks", "> quoted paragraph": marks at the start of a line.
    [GeneratedRegex(@"^(?:#{1,6}|>)\s+", RegexOptions.None, TimeoutMs)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\[(?<text>[^\]\n]{1,300})\]\((?:https?://|/)[^)\s]{0,500}\)", RegexOptions.None, TimeoutMs)]
    private static partial Regex Link();

    // "**Tashkent**", "__Bishkek__": emphasis marks doubled around words, never a lone "*" of a footnote.
    [GeneratedRegex(@"(?<mark>\*\*|__)(?<text>\S(?:[^*\n]{0,300}?\S)?)\k<mark>", RegexOptions.None, TimeoutMs)]
    private static partial Regex Emphasis();
}
