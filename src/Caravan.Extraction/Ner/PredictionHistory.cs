namespace Caravan.Extraction.Ner;

/// <summary>
/// What the tagger said of each word in the recent sentences of the same text ("Akaev" was a person three
/// sentences ago): a feature for the next, as in Ratinov and Roth's prediction history. Bounded to the last
/// few hundred names so a long file does not carry one story's names into the next.
/// </summary>
public sealed class PredictionHistory
{
    private const int Capacity = 300;
    private readonly Dictionary<string, int[]> counts = new(StringComparer.Ordinal);
    private readonly Queue<(string Word, int Type)> recent = new();

    /// <summary>"PER", "ORG", "LOC", "MISC" for the type the word was given most often recently, or null.</summary>
    public string? MostRecentType(string lowerWord)
    {
        if (!counts.TryGetValue(lowerWord, out var byType))
        {
            return null;
        }

        var best = -1;
        for (var type = 0; type < byType.Length; type++)
        {
            if (byType[type] > 0 && (best < 0 || byType[type] > byType[best]))
            {
                best = type;
            }
        }

        return best < 0 ? null : TypeNames[best];
    }

    public void Remember(IReadOnlyList<string> tokens, IReadOnlyList<string> labels)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var type = NerLabels.TypeOf(labels[i]);
            if (type is null || tokens[i].Length == 0 || !char.IsUpper(tokens[i][0]))
            {
                continue;
            }

            var word = tokens[i].ToLowerInvariant();
            var index = Array.IndexOf(TypeNames, type);
            if (!counts.TryGetValue(word, out var byType))
            {
                byType = new int[TypeNames.Length];
                counts[word] = byType;
            }

            byType[index]++;
            recent.Enqueue((word, index));
            if (recent.Count > Capacity)
            {
                var (oldWord, oldType) = recent.Dequeue();
                counts[oldWord][oldType]--;
            }
        }
    }

    private static readonly string[] TypeNames = ["PER", "ORG", "LOC", "MISC"];
}
