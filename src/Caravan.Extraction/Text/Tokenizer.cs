using Caravan.Extraction.Model;

namespace Caravan.Extraction.Text;

/// <summary>
/// Splits text into words and punctuation. A word keeps inner hyphens, apostrophes, dots and slashes
/// ("Jalal-Abad", "O'zbekiston", "U.S", "RFE/RL"); a possessive "'s" is a token of its own.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new Token(text[i..(i + 1)], i, i + 1));
                i++;
                continue;
            }

            var j = i + 1;
            while (j < end && (char.IsLetterOrDigit(text[j]) || (IsInnerJoiner(text[j]) && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))))
            {
                j++;
            }

            var wordEnd = j;
            if (IsMiddleInitial(text, i, wordEnd, end))
            {
                wordEnd++; // "Boris N. Yeltsin": the initial keeps its full stop, as the tagger's training text writes it
            }

            if (wordEnd - i > 2 && IsApostrophe(text[wordEnd - 2]) && (text[wordEnd - 1] is 's' or 'S'))
            {
                tokens.Add(new Token(text[i..(wordEnd - 2)], i, wordEnd - 2));
                tokens.Add(new Token(text[(wordEnd - 2)..wordEnd], wordEnd - 2, wordEnd));
            }
            else
            {
                tokens.Add(new Token(text[i..wordEnd], i, wordEnd));
            }

            i = wordEnd;
        }

        return tokens;
    }

    private static bool IsMiddleInitial(string text, int start, int wordEnd, int end) =>
        wordEnd - start == 1 && char.IsUpper(text[start]) && start > 0 && text[start - 1] == ' '
        && wordEnd + 2 < end && text[wordEnd] == '.' && text[wordEnd + 1] == ' ' && char.IsUpper(text[wordEnd + 2]);

    private static bool IsInnerJoiner(char c) => c is '-' or '\'' or '’' or '.' or '/' or '‘' or 'ʻ' or '&';

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
