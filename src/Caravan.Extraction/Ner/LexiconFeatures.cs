using Caravan.Core.Entities;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Model;

namespace Caravan.Extraction.Ner;

/// <summary>
/// What the lexicons say of each token of a sentence, as tagger features: "B-CITY", "I-ARMED", "DEMONYM"...
/// Matching is on lower-cased token sequences, longest first, from capitalised tokens only.
/// </summary>
public sealed class LexiconFeatures
{
    private readonly Dictionary<string, (string Begin, string Inside)> kinds = new(StringComparer.Ordinal);
    private readonly HashSet<string> firstWords = new(StringComparer.Ordinal);
    private readonly int maxTokens;

    public LexiconFeatures(KnowledgeBase knowledge)
    {
        foreach (var entry in knowledge.Entries)
        {
            var key = string.Join(' ', entry.Surface.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var kind = Kind(entry);
            kinds.TryAdd(key, ("B-" + kind, "I-" + kind));
            firstWords.Add(key.Split(' ')[0]);
        }

        maxTokens = kinds.Keys.Max(k => k.Count(c => c == ' ') + 1);
        Titles = knowledge.Titles;
        CommonWords = knowledge.CommonWords;
    }

    public HashSet<string> Titles { get; }

    public HashSet<string> CommonWords { get; }

    /// <summary>One label a token ("B-CITY", "I-ORG", or null) for the longest lexicon matches in the sentence.</summary>
    public string?[] Label(IReadOnlyList<string> tokens, IReadOnlyList<string> lower)
    {
        var labels = new string?[tokens.Count];
        var byKey = kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        var key = new NameKey();
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = 0;
            (string Begin, string Inside)? matchedKind = null;
            if (tokens[i].Length > 0 && char.IsUpper(tokens[i][0]) && firstWords.Contains(lower[i]))
            {
                key.Clear();
                for (var n = 1; n <= maxTokens && i + n <= tokens.Count && key.TryAppend(lower[i + n - 1]); n++)
                {
                    if (byKey.TryGetValue(key.Span, out var kind))
                    {
                        matched = n;
                        matchedKind = kind;
                    }
                }
            }

            if (matchedKind is { } found)
            {
                labels[i] = found.Begin;
                for (var k = 1; k < matched; k++)
                {
                    labels[i + k] = found.Inside;
                }
            }

            i += Math.Max(1, matched);
        }

        return labels;
    }

    private static string Kind(LexiconEntry entry) => entry switch
    {
        { IsDemonym: true } => "DEMONYM",
        { Place.Kind: PlaceKind.Country } => "COUNTRY",
        { Place.Kind: PlaceKind.City } => "CITY",
        { Place.Kind: PlaceKind.Admin1 } => "ADMIN1",
        { Type: EntityType.ArmedGroup } => "ARMED",
        { Type: EntityType.Loc } => "REGION",
        _ => "ORG",
    };
}
