namespace Caravan.Extraction.Knowledge;

/// <summary>
/// The triggers that may stand in a sentence, found from its words rather than by trying all of them: by the
/// first word for whole words, by their first letters for patterns ending in *. Given in the lexicon's order, which decides
/// between two triggers of one type.
/// </summary>
public sealed class TriggerIndex
{
    // Every prefix pattern is at least this long: a word is compared only with the patterns that share its first letters.
    private const int KeyLength = 4;

    private readonly Dictionary<string, int[]> byFirstWord;
    private readonly Dictionary<string, (string Prefix, int Index)[]>.AlternateLookup<ReadOnlySpan<char>> byFirstLetters;

    public TriggerIndex(IReadOnlyList<EventTrigger> triggers)
    {
        byFirstWord = triggers
            .Select((trigger, index) => (First: trigger.Words[0], Index: index))
            .Where(t => !t.First.EndsWith('*'))
            .GroupBy(t => t.First, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Index).ToArray(), StringComparer.Ordinal);
        var prefixes = triggers
            .Select((trigger, index) => (First: trigger.Words[0], Index: index))
            .Where(t => t.First.EndsWith('*'))
            .Select(t => (Prefix: t.First[..^1], t.Index))
            .ToList();
        if (prefixes.FirstOrDefault(t => t.Prefix.Length < KeyLength) is { Prefix: not null } tooShort)
        {
            throw new InvalidDataException($"The trigger prefix '{tooShort.Prefix}*' is shorter than {KeyLength} letters: it would match too many words.");
        }

        byFirstLetters = prefixes
            .GroupBy(t => t.Prefix[..KeyLength], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The indices, ascending, of the triggers whose first word is among <paramref name="lowerWords"/>.</summary>
    public List<int> Candidates(IReadOnlyList<string> lowerWords)
    {
        var found = new List<int>();
        foreach (var word in lowerWords)
        {
            if (byFirstWord.TryGetValue(word, out var indices))
            {
                found.AddRange(indices);
            }
        }

        foreach (var word in lowerWords)
        {
            if (word.Length >= KeyLength && byFirstLetters.TryGetValue(word.AsSpan(0, KeyLength), out var patterns))
            {
                foreach (var (prefix, index) in patterns)
                {
                    if (word.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        found.Add(index);
                    }
                }
            }
        }

        found.Sort();
        RemoveRepeats(found);
        return found;
    }

    private static void RemoveRepeats(List<int> sorted)
    {
        var kept = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            if (kept == 0 || sorted[kept - 1] != sorted[i])
            {
                sorted[kept++] = sorted[i];
            }
        }

        sorted.RemoveRange(kept, sorted.Count - kept);
    }
}
