using System.Collections.Frozen;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Model;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Text;

namespace Caravan.Extraction.Stages;

/// <summary>
/// Reads counts beside casualty and arrest verbs, summing conjoined groups:
/// "Three servicemen and five civilians were killed" is 8 killed; "two soldiers were wounded and two rebels
/// were killed" is 2 wounded and 2 killed. Each sentence is counted once, here, for every stage that asks.
/// </summary>
public sealed class CasualtyCounter : IExtractionStage
{
    private static readonly FrozenSet<string> KilledWords = CueWords.Set("count.killed", ignoreCase: true);
    private static readonly FrozenSet<string> InjuredWords = CueWords.Set("count.injured", ignoreCase: true);
    private static readonly FrozenSet<string> ArrestedWords = CueWords.Set("count.arrested", ignoreCase: true);
    private static readonly FrozenSet<string> TimeUnits = CueWords.Set("count.time-unit");
    private static readonly FrozenSet<string> Things = CueWords.Set("count.not-people");
    private const int MaxGapBetweenNumberAndVerb = 5;

    // Words between a conjoined group's number and the "and" or comma after it ("30 people described as militants,").
    private const int GroupReach = 8;
    private static readonly FrozenSet<string> Qualifiers = FrozenSet.Create(StringComparer.Ordinal, "at", "least", "some", "about", "around", "nearly", "more", "than", "another", "over", "up", "to");

    public DocumentDraft Apply(DocumentDraft draft) =>
        draft with { Casualties = SentenceWork.Map(draft.Sentences, sentence => Count(sentence.Tokens)) };

    public static (int? Killed, int? Injured, int? Arrested) Count(IReadOnlyList<Token> tokens)
    {
        int? killed = null, injured = null, arrested = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (KilledWords.Contains(word))
            {
                killed = Add(killed, Count(tokens, i));
            }
            else if (InjuredWords.Contains(word))
            {
                injured = Add(injured, Count(tokens, i));
            }
            else if (ArrestedWords.Contains(word))
            {
                arrested = Add(arrested, Count(tokens, i));
            }
        }

        return (killed, injured, arrested);
    }

    private static int? Add(int? total, int? more) => more is null ? total : (total ?? 0) + more;

    private static int? CountBefore(IReadOnlyList<Token> tokens, int verb)
    {
        var k = verb - 1;
        for (var gap = 0; k >= 0 && !IsCount(tokens[k].Text); k--, gap++)
        {
            if (gap >= MaxGapBetweenNumberAndVerb || IsBoundary(tokens[k].Text))
            {
                return null;
            }
        }

        if (k < 0 || IsDayOfMonth(tokens, k) || (k + 1 < tokens.Count && (TimeUnits.Contains(tokens[k + 1].Lower) || Things.Contains(tokens[k + 1].Lower))) || IsObjectOfAnotherVerb(tokens, k))
        {
            return null;
        }

        if (k > 0 && tokens[k - 1].Lower == "no" && tokens[k].Lower == "one")
        {
            return 0; // "No one was killed"
        }

        var sum = ValueAt(tokens, ref k);
        while (k > 1 && Qualifiers.Contains(tokens[k - 1].Lower) && tokens[k - 2].Text is "and" or ",")
        {
            k--; // "12 soldiers, 30 militants, and some 30 civilians"
        }

        while (k > 0 && tokens[k - 1].Text is "and" or ",")
        {
            var m = k - 2;
            for (var gap = 0; m >= 0 && !IsCount(tokens[m].Text) && gap < GroupReach && !IsBoundary(tokens[m].Text); m--, gap++)
            {
            }

            if (m < 0 || !IsCount(tokens[m].Text))
            {
                break;
            }

            k = m;
            sum += ValueAt(tokens, ref k);
        }

        return sum;
    }

    // "The two bombings killed three policemen": in the active voice the count after the verb is the victims, not
    // the number before it; in the passive ("two soldiers were killed") the count comes first.
    private static int? Count(IReadOnlyList<Token> tokens, int verb) =>
        tokens[verb].Text.EndsWith("ing", StringComparison.Ordinal)
            ? CountAfter(tokens, verb)
            : (IsPassive(tokens, verb) ? null : CountAfter(tokens, verb)) ?? CountBefore(tokens, verb) ?? CountAfter(tokens, verb) ?? OneNamedBefore(tokens, verb);

    // "a Kyrgyz border guard, Husniddin Khozhiyev, was killed", "the suspect was detained": one, where no number is said.
    private static int? OneNamedBefore(IReadOnlyList<Token> tokens, int verb) =>
        verb > 1 && tokens[verb - 1].Lower == "was" && !tokens.Take(verb).Any(t => t.Lower is "no" or "nobody" or "none" or "not" or "neither")
            ? 1
            : null;

    private static bool IsPassive(IReadOnlyList<Token> tokens, int verb) =>
        verb > 0 && tokens[verb - 1].Lower is "was" or "were" or "been" or "be" or "is" or "are" or "being" or "reportedly" or "allegedly";

    // "killing one police officer and wounding three others": the active voice puts the count after the verb;
    // "killing the driver", "killing a border guard and one police officer": one person each.
    private static int? CountAfter(IReadOnlyList<Token> tokens, int verb)
    {
        if (verb + 1 < tokens.Count && tokens[verb + 1].Lower is "himself" or "herself")
        {
            return 1; // "killing himself and injuring three": the bomber is one of the dead
        }

        var (count, end) = ObjectCount(tokens, verb + 1);
        if (count is null)
        {
            return null;
        }

        // One more group joined by "and" ("three policemen and a young child"), counted the same way.
        for (var k = end; k < tokens.Count && k <= end + 3; k++)
        {
            if (tokens[k].Text == "and")
            {
                return count + (ObjectCount(tokens, k + 1).Count ?? 0);
            }

            if (!char.IsLetter(tokens[k].Text[0]) || IsBoundary(tokens[k].Text))
            {
                break;
            }
        }

        return count;
    }

    /// <summary>The count of the noun phrase starting at <paramref name="from"/>, and the token after its number or article.</summary>
    private static (int? Count, int End) ObjectCount(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k <= from + 2; k++)
        {
            var word = tokens[k].Text;
            if (IsCount(word))
            {
                var next = k + 1 < tokens.Count ? tokens[k + 1].Lower : string.Empty;
                if (DateParsing.Month(next) is not null || next is "percent" or "%" or "years" or "km" or "kilometers" or "kilometres" or "days" || Things.Contains(next))
                {
                    return (null, k);
                }

                var at = k;
                return (ValueAt(tokens, ref at), k + 1);
            }

            if (k == from && tokens[k].Lower is "a" or "an" or "the" or "another" && IsOnePerson(tokens, k + 1))
            {
                return (1, k + 1);
            }

            if (word is not ("at" or "least" or "some" or "about" or "around" or "nearly" or "more" or "than" or "another"))
            {
                return (null, k);
            }
        }

        return (null, from);
    }

    // "the driver", "a young child", "a border guard": a singular noun phrase, not "a number of", "a total of", "the militants".
    private static bool IsOnePerson(IReadOnlyList<Token> tokens, int k)
    {
        for (var end = k; end < tokens.Count && end <= k + 2; end++)
        {
            var word = tokens[end].Lower;
            if (!char.IsLetter(word[0]))
            {
                return false;
            }

            var next = end + 1 < tokens.Count ? tokens[end + 1].Lower : string.Empty;
            if (next is "of" || word is "number" or "total" or "group" or "dozen" or "few" or "handful")
            {
                return false;
            }

            if (next is "and" or "," or "." or "in" or "at" or "on" or "near" or "inside" or "outside" or "who" or "while" or "during" || next.Length == 0)
            {
                return !word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal);
            }
        }

        return false;
    }

    // "killed 18 gunmen and arrested several others": the 18 were killed, not arrested.
    private static bool IsObjectOfAnotherVerb(IReadOnlyList<Token> tokens, int number)
    {
        var k = number - 1;
        while (k >= 0 && Qualifiers.Contains(tokens[k].Lower))
        {
            k--;
        }

        return k >= 0 && IsCasualtyWord(tokens[k].Text);
    }

    // "Five hundred" is 500: a multiplier word folds the number before it in.
    private static int ValueAt(IReadOnlyList<Token> tokens, ref int k)
    {
        var value = NumberWords.Parse(tokens[k].Text)!.Value;
        if (value == 100 && k > 0 && IsCount(tokens[k - 1].Text))
        {
            k--;
            value *= NumberWords.Parse(tokens[k].Text)!.Value;
        }

        return value;
    }

    // "On May 3, 2024, police arrested five men": the 3 is a day.
    private static bool IsDayOfMonth(IReadOnlyList<Token> tokens, int k) => IsMonth(tokens, k - 1) || IsMonth(tokens, k + 1);

    private static bool IsMonth(IReadOnlyList<Token> tokens, int k) =>
        k >= 0 && k < tokens.Count && char.IsUpper(tokens[k].Text[0]) && DateParsing.Month(tokens[k].Lower) is not null;

    private static bool IsCount(string word) => NumberWords.IsNumber(word) && !IsYear(word);

    private static bool IsBoundary(string word) => IsCasualtyWord(word) || word is ";" or ":" or "that" or "." or "(";

    private static bool IsCasualtyWord(string word) => KilledWords.Contains(word) || InjuredWords.Contains(word) || ArrestedWords.Contains(word);

    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsDigit);
}
