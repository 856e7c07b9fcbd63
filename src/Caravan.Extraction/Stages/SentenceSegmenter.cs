using Caravan.Extraction.Model;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Text;

namespace Caravan.Extraction.Stages;

/// <summary>
/// Paragraphs at line breaks, sentences at a full stop, question or exclamation mark followed by a capital
/// or an opening quote, except after abbreviations and initials; then tokens.
/// </summary>
public sealed class SentenceSegmenter : IExtractionStage
{
    /// <summary>Longer runs are cut: the longest sentence of the five seed reports has 62 tokens.</summary>
    public const int MaxSentenceTokens = 200;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "st", "jr", "sr", "no", "vs", "etc",
        "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "u.s", "u.n", "e.g", "i.e", "approx",
    };

    public DocumentDraft Apply(DocumentDraft draft)
    {
        var text = draft.Text;
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (lineEnd > lineStart)
            {
                foreach (var (start, end) in SplitSentences(text, lineStart, lineEnd))
                {
                    foreach (var tokens in Bounded(Tokenizer.Tokenize(text, start, end)))
                    {
                        var (from, to) = (tokens[0].Start, tokens[^1].End);
                        var sentenceText = text[from..to];
                        sentences.Add(new Sentence(sentences.Count, paragraph, from, to, sentenceText, tokens)
                        {
                            IsHeading = from < draft.BodyStart || IsHeading(sentenceText, tokens),
                        });
                    }
                }

                paragraph++;
            }

            lineStart = lineEnd + 1;
        }

        return draft with { Sentences = sentences };
    }

    /// <summary>
    /// A "sentence" of hundreds of words is a table, a list or garbage, not prose: cut it into pieces so that
    /// no stage's work on a sentence can grow without bound.
    /// </summary>
    private static IEnumerable<List<Token>> Bounded(List<Token> tokens)
    {
        if (tokens.Count <= MaxSentenceTokens)
        {
            if (tokens.Count > 0)
            {
                yield return tokens;
            }

            yield break;
        }

        for (var i = 0; i < tokens.Count; i += MaxSentenceTokens)
        {
            yield return tokens.GetRange(i, Math.Min(MaxSentenceTokens, tokens.Count - i));
        }
    }

    private static IEnumerable<(int Start, int End)> SplitSentences(string text, int start, int end)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '?' or '!'))
            {
                continue;
            }

            var close = i + 1;
            while (close < end && text[close] is '"' or '”' or '’' or '\'' or ')' or ']')
            {
                close++;
            }

            if (close >= end || text[close] != ' ')
            {
                continue;
            }

            var next = close + 1;
            while (next < end && text[next] == ' ')
            {
                next++;
            }

            if (next >= end || !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '“' or '‘' or '\'' or '(' or '['))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, sentenceStart, i))
            {
                continue;
            }

            yield return (sentenceStart, close);
            sentenceStart = next;
            i = next - 1;
        }

        var tail = end;
        while (tail > sentenceStart && char.IsWhiteSpace(text[tail - 1]))
        {
            tail--;
        }

        if (tail > sentenceStart)
        {
            yield return (sentenceStart, tail);
        }
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }

    // Headings carry no final punctuation and capitalise most words ("Thwarting extremism" is a heading too: short, no stop).
    private static bool IsHeading(string text, List<Token> tokens)
    {
        var last = text.TrimEnd()[^1];
        if (last is '.' or '?' or '!' or '"' or '”' or ':' or ';' or ')')
        {
            return false;
        }

        var words = tokens.Count(t => t.IsWord);
        return words <= 12;
    }
}
