using System.Text;

namespace Caravan.Storage.Relational;

/// <summary>
/// The snippet of a search hit, made from a bounded window of the text rather than by the database's own
/// snippet function, which reads the whole document: on a 5 MB text that was a quarter of a second per hit, and
/// 32 clients searching kept both cores busy. The database cuts <see cref="Window"/> characters around the first
/// occurrence of the first word; here the words are marked and the window trimmed to whole words.
/// </summary>
internal static class SearchPassage
{
    /// <summary>Characters the database returns, starting this far before the first match.</summary>
    public const int Window = 360;
    public const int Lead = 120;

    public static string Mark(string window, bool startsText, bool endsText, IReadOnlyList<SearchTerm> terms, (string Open, string Close) mark)
    {
        var start = startsText ? 0 : NextWordStart(window, 0);
        var end = endsText ? window.Length : LastWordEnd(window);
        var text = new StringBuilder(window.Length + 32);
        if (!startsText)
        {
            text.Append("… ");
        }

        var i = start;
        while (i < end)
        {
            if (char.IsLetterOrDigit(window[i]) && (i == 0 || !char.IsLetterOrDigit(window[i - 1])))
            {
                var wordEnd = i;
                while (wordEnd < end && char.IsLetterOrDigit(window[wordEnd]))
                {
                    wordEnd++;
                }

                var word = window[i..wordEnd];
                if (terms.Any(t => t.Prefix ? word.StartsWith(t.Word, StringComparison.OrdinalIgnoreCase) : word.Equals(t.Word, StringComparison.OrdinalIgnoreCase)))
                {
                    text.Append(mark.Open).Append(word).Append(mark.Close);
                }
                else
                {
                    text.Append(word);
                }

                i = wordEnd;
                continue;
            }

            text.Append(window[i] is '\n' or '\r' ? ' ' : window[i]);
            i++;
        }

        if (!endsText)
        {
            text.Append(" …");
        }

        return text.ToString().Trim();
    }

    private static int NextWordStart(string window, int from)
    {
        var i = from;
        while (i < window.Length && char.IsLetterOrDigit(window[i]))
        {
            i++;
        }

        return i;
    }

    private static int LastWordEnd(string window)
    {
        var i = window.Length;
        while (i > 0 && char.IsLetterOrDigit(window[i - 1]))
        {
            i--;
        }

        return i;
    }
}
