namespace Caravan.Extraction.Knowledge;

/// <summary>
/// The triggers that may stand in a sentence, found from its words rather than by trying all of them: by the
/// first word for whole words, by prefix for patterns ending in *. Given in the lexicon's order, which decides
/// between two triggers of one type.
/// </summary>
public sealed class TriggerIndex
{
    private readonly Dictionary<string, int[]> byFirstWord;
    private readonly (string Pattern, int Index)[] byPrefix;

    public TriggerIndex(IReadOnlyList<EventTrigger> triggers)
    {
        byFirstWord = triggers
            .Select((trigger, index) => (First: trigger.Words[0], Index: index))
            .Where(t => !t.First.EndsWith('*'))
            .GroupBy(t => t.First, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Index).ToArray(), StringComparer.Ordinal);
        byPrefix = [.. triggers
            .Select((trigger, index) => (First: trigger.Words[0], Index: index))
            .Where(t => t.First.EndsWith('*'))];
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

        foreach (var (pattern, index) in byPrefix)
        {
            foreach (var word in lowerWords)
            {
                if (EventTrigger.WordMatches(pattern, word))
                {
                    found.Add(index);
                    break;
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
