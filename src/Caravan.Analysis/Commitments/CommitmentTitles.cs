using System.Text.RegularExpressions;

namespace Caravan.Analysis.Commitments;

/// <summary>
/// What a commitment is called, read off the sentence that reports it: the thing to be established, built,
/// held or signed ("a regional Expert Council", "the Termez-…-Peshawar railway"), else a capitalised name
/// of a kind that is promised ("Treaty of Friendship, …", "UN Special Resolution").
/// </summary>
internal static partial class CommitmentTitles
{
    private const int MaxWords = 14;

    public static string? From(string evidence)
    {
        var trigger = Trigger().Match(evidence);
        if (trigger.Success)
        {
            var rest = evidence[(trigger.Index + trigger.Length)..];
            var phrase = Boundary().Split(rest, 2)[0];
            phrase = Possessor().Replace(Article().Replace(phrase.Trim(), ""), "");
            phrase = TrailingYear().Replace(phrase, "").Trim(' ', '“', '"', '’');
            if (phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 2 and <= MaxWords)
            {
                return phrase;
            }
        }

        var names = CapitalisedName().Matches(evidence).Select(m => m.Value.Trim().TrimEnd(',')).Where(n => PromiseNoun().IsMatch(n)).ToList();
        return names.Count > 0 ? names.MaxBy(n => n.Length) : null;
    }

    [GeneratedRegex(@"\b(?:to\s+)?(?:establish(?:ing)?|creat(?:e|ing)|build(?:ing)?|set(?:ting)?\s+up|hold(?:ing)?|launch(?:ing)?|construction\s+of|establishment\s+of|creation\s+of|introduction\s+of|opening\s+of)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Trigger();

    [GeneratedRegex(@"[,;.:!?]\s|[.;:!?]$|\s(?:while|with|to|in\s+order|which|that|as\s+well\s+as|by|would|will|so|and\s+the|because|after|before)\s")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^(?:a|an|the)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    // "the Uzbek President's proposed Dialogue of Generations" names the Dialogue; whose it is, is the proposer's business.
    [GeneratedRegex(@"^.*?[’']s\s+(?:proposed\s+|planned\s+|new\s+)?")]
    private static partial Regex Possessor();

    [GeneratedRegex(@"\s+in\s+\d{4}$")]
    private static partial Regex TrailingYear();

    [GeneratedRegex(@"\b[A-Z][\p{L}\-]*(?:(?:,?\s+(?:and\s+|of\s+|for\s+|the\s+|in\s+|on\s+)*)(?:[A-Z0-9][\p{L}\d\-]*))+")]
    private static partial Regex CapitalisedName();

    [GeneratedRegex(@"\b(?:Plan|Treaty|Agreement|Memorandum|Council|Fund|Cent(?:er|re)|Network|Group|Conference|Strategy|Programme|Program|Office|Corridor|Railway|Resolution|Declaration|Dialogue|Initiative|Mechanism|Commission|Committee|Charter|Convention|Roadmap)\b")]
    private static partial Regex PromiseNoun();
}
