using Caravan.Extraction.Knowledge;

namespace Caravan.Extraction.Ner;

/// <summary>
/// The tagger's features for one sentence: the word and its neighbours, shapes, affixes, capitalisation,
/// lexicon membership (places, countries, demonyms, organisations, armed groups), titles before a name,
/// regional surname endings, and the two labels already given to the words before.
/// </summary>
public sealed class NerFeatures
{
    private static readonly string[] SurnameEndings = ["ov", "ev", "ova", "eva", "bek", "uly", "kyzy", "zoda", "zade", "yev", "iev", "enko", "ski", "sky"];
    private const string Start = "<s>";
    private const string End = "</s>";

    private readonly IReadOnlyList<string> tokens;
    private readonly string[] lower;
    private readonly string[] shape;
    private readonly string?[] lexicon;
    private readonly LexiconFeatures lexicons;
    private readonly string?[] names;
    private readonly string?[] wordTypes;
    private readonly bool allCaps;

    private readonly PredictionHistory? history;

    public NerFeatures(IReadOnlyList<string> tokens, LexiconFeatures lexicons, NameList? nameList = null, IReadOnlyList<(string Key, int Type)>? ownNames = null, PredictionHistory? history = null)
        : this(tokens, [.. tokens.Select(t => t.ToLowerInvariant())], [.. tokens.Select(Shape)], lexicons, nameList, ownNames, history)
    {
    }

    /// <summary>For a tagger that knows each word's lower case and shape already.</summary>
    internal NerFeatures(IReadOnlyList<string> tokens, string[] lower, string[] shape, LexiconFeatures lexicons, NameList? nameList, IReadOnlyList<(string Key, int Type)>? ownNames, PredictionHistory? history)
    {
        this.history = history;
        this.tokens = tokens;
        this.lexicons = lexicons;
        this.lower = lower;
        this.shape = shape;
        lexicon = lexicons.Label(tokens, lower);
        names = nameList?.Label(lower, ownNames) ?? new string?[tokens.Count];
        wordTypes = nameList?.WordTypes(lower, ownNames) ?? new string?[tokens.Count];
        allCaps = tokens.All(t => !t.Any(char.IsLower));
    }

    public int Count => tokens.Count;

    /// <summary>Writes the features of position <paramref name="i"/> that do not depend on any label: the word's own first.</summary>
    public void ExtractStatic(int i, List<ulong> features)
    {
        features.Clear();
        AddWord(tokens[i], lower[i], shape[i], features);
        AddContext(i, features);
    }

    /// <summary>
    /// The label-free features of a word that depend on nothing but the word: a tagger may add their weights up once
    /// per word, for every sentence it occurs in.
    /// </summary>
    public static void ExtractWord(string word, string lower, string shape, List<ulong> features)
    {
        features.Clear();
        AddWord(word, lower, shape, features);
    }

    /// <summary>Writes the label-free features of position <paramref name="i"/> that look beyond its word.</summary>
    public void ExtractContext(int i, List<ulong> features)
    {
        features.Clear();
        AddContext(i, features);
    }

    private static void AddWord(string w, string lw, string shape, List<ulong> features)
    {
        features.Add(FeatureHash.Of(0));
        features.Add(FeatureHash.Of(1, lw));
        features.Add(FeatureHash.Of(2, w));
        for (var n = 1; n <= 4 && n <= lw.Length; n++)
        {
            features.Add(FeatureHash.Of(10 + n, lw.AsSpan(lw.Length - n)));
            features.Add(FeatureHash.Of(20 + n, lw.AsSpan(0, n)));
        }

        features.Add(FeatureHash.Of(30, shape));
        if (lw.Length >= 6)
        {
            features.Add(FeatureHash.Of(68, lw.AsSpan(lw.Length - 5)));
        }

        var capitalised = w.Length > 0 && char.IsUpper(w[0]);
        if (capitalised && w.Length >= 5 && HasSurnameEnding(lw))
        {
            features.Add(FeatureHash.Of(57, "surname-ending"));
        }

        features.Add(FeatureHash.Of(58, w.Length switch { <= 2 => "s", <= 4 => "m", <= 8 => "l", _ => "xl" }));
    }

    private void AddContext(int i, List<ulong> features)
    {
        var w = tokens[i];
        var lw = lower[i];
        var prevLower = i > 0 ? lower[i - 1] : Start;
        var nextLower = i + 1 < tokens.Count ? lower[i + 1] : End;
        var prevShape = i > 0 ? shape[i - 1] : Start;
        var nextShape = i + 1 < tokens.Count ? shape[i + 1] : End;

        features.Add(FeatureHash.Of(3, prevLower));
        features.Add(FeatureHash.Of(4, nextLower));
        features.Add(FeatureHash.Of(5, i > 1 ? lower[i - 2] : Start));
        features.Add(FeatureHash.Of(6, i + 2 < tokens.Count ? lower[i + 2] : End));
        features.Add(FeatureHash.Of(31, prevShape));
        features.Add(FeatureHash.Of(32, nextShape));
        features.Add(FeatureHash.Of(33, prevShape, shape[i], nextShape));
        features.Add(FeatureHash.Of(44, prevLower, lw));
        features.Add(FeatureHash.Of(45, lw, nextLower));

        var capitalised = w.Length > 0 && char.IsUpper(w[0]);
        if (i == 0)
        {
            features.Add(FeatureHash.Of(50, capitalised ? "first-cap" : "first-low"));
        }

        if (capitalised && lexicons.CommonWords.Contains(lw))
        {
            features.Add(FeatureHash.Of(51, i == 0 ? "common-first" : "common"));
        }

        if (lexicon[i] is { } here)
        {
            features.Add(FeatureHash.Of(52, here));
        }

        features.Add(FeatureHash.Of(54, i > 0 ? lexicon[i - 1] ?? "-" : Start));
        features.Add(FeatureHash.Of(55, i + 1 < tokens.Count ? lexicon[i + 1] ?? "-" : End));
        if (i > 0 && lexicons.Titles.Contains(prevLower))
        {
            features.Add(FeatureHash.Of(56, "title-before"));
        }

        if (EarlierType(i) is { } earlier)
        {
            features.Add(FeatureHash.Of(70, earlier));
        }

        if (names[i] is { } listed)
        {
            features.Add(FeatureHash.Of(60, listed));
        }

        if (wordTypes[i] is { } wordType)
        {
            features.Add(FeatureHash.Of(72, wordType, capitalised ? "cap" : "low"));
        }

        features.Add(FeatureHash.Of(73, i > 0 ? wordTypes[i - 1] ?? "-" : Start, i + 1 < tokens.Count ? wordTypes[i + 1] ?? "-" : End));
        features.Add(FeatureHash.Of(62, i > 0 ? names[i - 1] ?? "-" : Start));
        features.Add(FeatureHash.Of(63, i + 1 < tokens.Count ? names[i + 1] ?? "-" : End));
        if (allCaps)
        {
            // Headlines and sports tables in capitals: shape says nothing there, the word must.
            features.Add(FeatureHash.Of(64, lw));
        }

        features.Add(FeatureHash.Of(66, i > 0 ? tokens[i - 1] : Start, w));
        features.Add(FeatureHash.Of(67, w, i + 1 < tokens.Count ? tokens[i + 1] : End));
        if (i + 1 < tokens.Count && char.IsUpper(tokens[i + 1][0]) && capitalised)
        {
            features.Add(FeatureHash.Of(59, "cap-run"));
        }
    }

    /// <summary>Writes the features of position <paramref name="i"/> that are weighed per pair of previous and current label.</summary>
    public void ExtractTransition(int i, List<ulong> features)
    {
        features.Clear();
        AddTransitionWord(lower[i], shape[i], features);
        AddTransitionContext(i, features);
    }

    /// <summary>The label-pair features of a word that depend on nothing but the word.</summary>
    public static void ExtractTransitionWord(string lower, string shape, List<ulong> features)
    {
        features.Clear();
        AddTransitionWord(lower, shape, features);
    }

    /// <summary>Writes the label-pair features of position <paramref name="i"/> that look beyond its word.</summary>
    public void ExtractTransitionContext(int i, List<ulong> features)
    {
        features.Clear();
        AddTransitionContext(i, features);
    }

    private static void AddTransitionWord(string lw, string shape, List<ulong> features)
    {
        features.Add(FeatureHash.Of(40));
        features.Add(FeatureHash.Of(42, lw));
        features.Add(FeatureHash.Of(43, shape));
    }

    private void AddTransitionContext(int i, List<ulong> features)
    {
        features.Add(FeatureHash.Of(46, i + 1 < tokens.Count ? shape[i + 1] : End));
        if (lexicon[i] is { } here)
        {
            features.Add(FeatureHash.Of(53, here));
        }

        if (EarlierType(i) is { } earlier)
        {
            features.Add(FeatureHash.Of(71, earlier));
        }

        if (names[i] is { } listed)
        {
            features.Add(FeatureHash.Of(61, listed));
        }

        if (allCaps)
        {
            features.Add(FeatureHash.Of(65, lower[i]));
        }
    }

    private string? EarlierType(int i) =>
        tokens[i].Length > 0 && char.IsUpper(tokens[i][0]) ? history?.MostRecentType(lower[i]) : null;

    private static bool HasSurnameEnding(string lowerWord)
    {
        foreach (var ending in SurnameEndings)
        {
            if (lowerWord.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Nazarbayev" → "Xx", "ISIL" → "X", "1999" → "d", "Jalal-Abad" → "Xx-Xx": character classes with repeats folded.</summary>
    internal static string Shape(string word)
    {
        Span<char> buffer = stackalloc char[6];
        var length = 0;
        foreach (var c in word)
        {
            var kind = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (length == 0 || buffer[length - 1] != kind)
            {
                buffer[length++] = kind;
                if (length == buffer.Length)
                {
                    break;
                }
            }
        }

        return new string(buffer[..length]);
    }
}
