using System.Globalization;
using System.Text;

namespace Caravan.Core.Text;

/// <summary>
/// Folds a name to a key that ignores case, accents, punctuation and the common variants of romanising
/// Russian, Uzbek, Kazakh, Kyrgyz and Tajik (kh/h/x, gh/g, dzh/zh/j, q/k, -yev/-ev, y/i, o'/o).
/// Two spellings of one name fold to one key; it is a key for comparison, never for display.
/// </summary>
public static class NameFolding
{
    // Applied in order: longer patterns first so "dzh" is not eaten by "zh".
    private static readonly (string From, string To)[] Transliterations =
    [
        ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("x", "h"), ("q", "k"),
        ("yev", "ev"), ("iyev", "iev"), ("yo", "io"), ("ya", "ia"), ("yu", "iu"), ("iy", "i"), ("y", "i"),
        ("ph", "f"), ("w", "v"), ("ck", "k"), ("c", "k"), ("ou", "u"), ("ee", "i"),
    ];

    private static readonly string[] AdministrativeWords =
        ["region", "province", "oblast", "oblasty", "oblys", "viloyati", "viloyat", "wilayat", "district", "rayon"];

    /// <summary>The comparison key: case, accents, punctuation, transliteration variants and articles folded.</summary>
    public static string Fold(string name) => Folded.Of(name);

    /// <summary>As <see cref="Fold"/>, and also ignores "Region", "Province", "Oblast" and the like.</summary>
    public static string FoldAdministrative(string name) => FoldedAdministrative.Of(name);

    // Extraction folds the same few thousand names again and again, each through a dozen strings.
    private const int MemoCapacity = 50_000;

    private static readonly BoundedMemo<string, string> Folded = new(name => FoldCore(name, dropAdministrativeWords: false), MemoCapacity, StringComparer.Ordinal);

    private static readonly BoundedMemo<string, string> FoldedAdministrative = new(name => FoldCore(name, dropAdministrativeWords: true), MemoCapacity, StringComparer.Ordinal);

    private static string FoldCore(string name, bool dropAdministrativeWords)
    {
        var words = SplitWords(StripAccents(name).ToLowerInvariant());
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        if (dropAdministrativeWords && words.Count > 1)
        {
            words.RemoveAll(word => AdministrativeWords.Contains(word));
        }

        var joined = string.Concat(words);
        foreach (var (from, to) in Transliterations)
        {
            joined = joined.Replace(from, to, StringComparison.Ordinal);
        }

        return CollapseDoubledLetters(joined);
    }

    private static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (c is '\'' or '’' or 'ʼ' or '‘' or '`' or 'ʻ')
            {
                // Uzbek o' and g' are one letter: the apostrophe carries no word break.
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static string StripAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'ŭ' => 'u', 'ı' => 'i', 'ə' => 'a', _ => c });
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string CollapseDoubledLetters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
