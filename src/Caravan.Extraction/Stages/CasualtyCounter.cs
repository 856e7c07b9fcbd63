using System.Collections.Frozen;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Model;
using Caravan.Extraction.Text;

namespace Caravan.Extraction.Stages;

/// <summary>
/// Reads counts beside casualty and arrest verbs, summing conjoined groups:
/// "Three servicemen and five civilians were killed" is 8 killed; "two soldiers were wounded and two rebels
/// were killed" is 2 wounded and 2 killed.
/// </summary>
public static class CasualtyCounter
{
    private static readonly FrozenSet<string> KilledWords = CueWords.Set("count.killed", ignoreCase: true);
    private static readonly FrozenSet<string> InjuredWords = CueWords.Set("count.injured", ignoreCase: true);
    private static readonly FrozenSet<string> ArrestedWords = CueWords.Set("count.arrested", ignoreCase: true);
    private static readonly FrozenSet<string> TimeUnits = CueWords.Set("count.time-unit");
    private const int MaxGapBetweenNumberAndVerb = 5;

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

        if (k < 0 || IsDayOfMonth(tokens, k) || (k + 1 < tokens.Count && TimeUnits.Contains(tokens[k + 1].Lower)))
        {
            return null;
        }

        var sum = ValueAt(tokens, ref k);
        while (k > 0 && tokens[k - 1].Text is "and" or ",")
        {
            var m = k - 2;
            for (var gap = 0; m >= 0 && !IsCount(tokens[m].Text) && gap < 2 && !IsBoundary(tokens[m].Text); m--, gap++)
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

    private static int? Count(IReadOnlyList<Token> tokens, int verb) =>
        tokens[verb].Text.EndsWith("ing", StringComparison.Ordinal)
            ? CountAfter(tokens, verb)
            : CountBefore(tokens, verb) ?? CountAfter(tokens, verb);

    // "killing one police officer and wounding three others": the active voice puts the count after the verb.
    private static int? CountAfter(IReadOnlyList<Token> tokens, int verb)
    {
        if (verb + 1 < tokens.Count && tokens[verb + 1].Lower is "himself" or "herself")
        {
            return 1; // "killing himself and injuring three": the bomber is one of the dead
        }

        for (var k = verb + 1; k < tokens.Count && k <= verb + 3; k++)
        {
            var word = tokens[k].Text;
            if (IsCount(word))
            {
                var next = k + 1 < tokens.Count ? tokens[k + 1].Lower : string.Empty;
                if (DateParsing.Month(next) is not null || next is "percent" or "%" or "years" or "km" or "kilometers" or "kilometres" or "days")
                {
                    return null;
                }

                var at = k;
                return ValueAt(tokens, ref at);
            }

            if (word is not ("at" or "least" or "some" or "about" or "around" or "nearly" or "more" or "than" or "another"))
            {
                return null;
            }
        }

        return null;
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

    private static bool IsBoundary(string word) =>
        KilledWords.Contains(word) || InjuredWords.Contains(word) || ArrestedWords.Contains(word) || word is ";" or ":" or "that" or "." or "(";

    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsDigit);
}
