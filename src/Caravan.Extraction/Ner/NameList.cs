namespace Caravan.Extraction.Ner;

/// <summary>
/// Names seen as entities in the training data, with how often as each type: a gazetteer the tagger learns
/// from. While training, a sentence never sees its own names here (leave-one-out), so the model learns how
/// far to trust the list on names it has not met.
/// </summary>
public sealed class NameList
{
    private static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];
    private readonly Dictionary<string, int[]> counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> wordCounts = new(StringComparer.Ordinal);
    private readonly HashSet<string> starts = new(StringComparer.Ordinal);

    public int Count => counts.Count;

    public int MaxTokens { get; private set; }

    public static NameList FromTraining(IEnumerable<NerSentence> sentences)
    {
        var list = new NameList();
        foreach (var sentence in sentences)
        {
            foreach (var (key, type) in NamesIn(sentence))
            {
                list.Add(key, type, 1);
            }
        }

        return list;
    }

    public static IEnumerable<(string Key, int Type)> NamesIn(NerSentence sentence)
    {
        foreach (var (start, end, type) in NerScore.Spans(sentence.Labels!))
        {
            yield return (Key(sentence.Tokens, start, end), Array.IndexOf(Types, type));
        }
    }

    public void Add(string key, int type, int count)
    {
        if (!counts.TryGetValue(key, out var byType))
        {
            byType = new int[Types.Length];
            counts[key] = byType;
            MaxTokens = Math.Max(MaxTokens, key.Count(c => c == ' ') + 1);
        }

        byType[type] += count;
        starts.Add(key.Split(' ')[0]);
        foreach (var word in key.Split(' '))
        {
            if (!wordCounts.TryGetValue(word, out var wordByType))
            {
                wordByType = new int[Types.Length];
                wordCounts[word] = wordByType;
            }

            wordByType[type] += count;
        }
    }

    /// <summary>Per token, the type of listed names the word most often stands in ("PER" for "Nazarbayev"), or null.</summary>
    public string?[] WordTypes(IReadOnlyList<string> lower, IReadOnlyList<(string Key, int Type)>? exclude = null)
    {
        var types = new string?[lower.Count];
        for (var i = 0; i < lower.Count; i++)
        {
            if (!wordCounts.TryGetValue(lower[i], out var byType))
            {
                continue;
            }

            var best = -1;
            var bestCount = 0;
            for (var type = 0; type < byType.Length; type++)
            {
                var count = byType[type];
                if (exclude is not null)
                {
                    foreach (var (key, excludedType) in exclude)
                    {
                        if (excludedType == type && ContainsWord(key, lower[i]))
                        {
                            count--;
                        }
                    }
                }

                if (count > bestCount)
                {
                    best = type;
                    bestCount = count;
                }
            }

            types[i] = best < 0 ? null : Types[best];
        }

        return types;
    }

    private static bool ContainsWord(string key, string word) =>
        key == word || key.Split(' ').Contains(word, StringComparer.Ordinal);

    /// <summary>Per token, "B-PER"/"I-ORG"... of the longest listed name covering it, or null.</summary>
    public string?[] Label(IReadOnlyList<string> lower, IReadOnlyList<(string Key, int Type)>? exclude = null)
    {
        var labels = new string?[lower.Count];
        var byKey = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var key = new NameKey();
        var i = 0;
        while (i < lower.Count)
        {
            var matched = 0;
            var matchedType = 0;
            if (IsNameStart(lower, i))
            {
                key.Clear();
                for (var n = 1; n <= MaxTokens && i + n <= lower.Count && key.TryAppend(lower[i + n - 1]); n++)
                {
                    if (byKey.TryGetValue(key.Span, out var byType) && BestType(key.Span, byType, exclude) is { } type)
                    {
                        matched = n;
                        matchedType = type;
                    }
                }
            }

            if (matched > 0)
            {
                labels[i] = BeginLabels[matchedType];
                for (var k = 1; k < matched; k++)
                {
                    labels[i + k] = InsideLabels[matchedType];
                }
            }

            i += Math.Max(1, matched);
        }

        return labels;
    }

    private static readonly string[] BeginLabels = [.. Types.Select(t => "B-" + t)];
    private static readonly string[] InsideLabels = [.. Types.Select(t => "I-" + t)];

    // Lower-cased keys: a listed name can only start where some listed name starts with that word.
    private bool IsNameStart(IReadOnlyList<string> lower, int i) => starts.Contains(lower[i]);

    public void Write(BinaryWriter writer)
    {
        writer.Write(counts.Count);
        foreach (var (key, byType) in counts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            foreach (var count in byType)
            {
                writer.Write((ushort)Math.Min(count, ushort.MaxValue));
            }
        }
    }

    public static NameList Read(BinaryReader reader)
    {
        var list = new NameList();
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            for (var type = 0; type < Types.Length; type++)
            {
                var n = reader.ReadUInt16();
                if (n > 0)
                {
                    list.Add(key, type, n);
                }
            }
        }

        return list;
    }

    internal static string Key(IReadOnlyList<string> tokens, int start, int end) =>
        string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.ToLowerInvariant()));

    private static int? BestType(ReadOnlySpan<char> key, int[] byType, IReadOnlyList<(string Key, int Type)>? exclude)
    {
        int? best = null;
        var bestCount = 0;
        for (var type = 0; type < byType.Length; type++)
        {
            var count = byType[type];
            if (exclude is not null)
            {
                foreach (var (excludedKey, excludedType) in exclude)
                {
                    if (excludedType == type && key.SequenceEqual(excludedKey))
                    {
                        count--;
                    }
                }
            }

            if (count > bestCount)
            {
                best = type;
                bestCount = count;
            }
        }

        return best;
    }
}
