using System.Globalization;

namespace Caravan.Extraction.Text;

/// <summary>English number words and digits, as counts in news copy ("five civilians", "12 soldiers").</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["dozen"] = 12,
    };

    public static int? Parse(string word)
    {
        var cleaned = word.Replace(",", string.Empty, StringComparison.Ordinal);
        if (int.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return Words.TryGetValue(word, out var value) ? value : null;
    }

    public static bool IsNumber(string word) => Parse(word) is not null && !word.Equals("a", StringComparison.OrdinalIgnoreCase) && !word.Equals("an", StringComparison.OrdinalIgnoreCase);
}
