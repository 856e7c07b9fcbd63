namespace Caravan.Extraction.Ner;

/// <summary>The BIO labels of CoNLL-2003: persons, organisations, locations and miscellaneous names.</summary>
public static class NerLabels
{
    public const string Outside = "O";

    public static readonly string[] All = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    private static readonly string?[] Types = [.. All.Select(label => label.Length > 2 ? label[2..] : null)];

    // Asked 81 times a word by the decoder: worked out once.
    private static readonly bool[] ValidAfter = [.. Enumerable.Range(0, All.Length * All.Length).Select(pair => Decide(pair / All.Length, pair % All.Length))];

    public static int Count => All.Length;

    public static int IndexOf(string label)
    {
        var index = Array.IndexOf(All, label);
        return index >= 0 ? index : throw new FormatException($"'{label}' is not a BIO label of PER, ORG, LOC or MISC.");
    }

    /// <summary>"PER" of "B-PER"; null for O.</summary>
    public static string? TypeOf(string label) => Array.IndexOf(All, label) is var index and >= 0 ? Types[index] : label.Length > 2 ? label[2..] : null;

    /// <summary>An I- label is only valid after a label of the same type; the tagger never emits an orphan.</summary>
    public static bool IsValidAfter(int previous, int label) => ValidAfter[(previous * All.Length) + label];

    private static bool Decide(int previous, int label)
    {
        var name = All[label];
        if (!name.StartsWith("I-", StringComparison.Ordinal))
        {
            return true;
        }

        return previous > 0 && All[previous][2..] == name[2..];
    }
}
