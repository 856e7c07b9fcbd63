using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Caravan.Extraction.Knowledge;

/// <summary>
/// The named word sets of data/lexicon/cue-words.tsv: the words the extraction rules look for beside a name or a
/// trigger ("... Ministry" is an organisation, "would" before a trigger makes it hypothetical). Knowledge kept as
/// data, so that it can be read and extended without reading the rules.
/// </summary>
public static class CueWords
{
    private static readonly Lazy<FrozenDictionary<string, string[]>> Sets = new(Load);

    /// <summary>The set of that name; <paramref name="ignoreCase"/> for sets matched against words as written.</summary>
    public static FrozenSet<string> Set(string name, bool ignoreCase = false) =>
        Words(name).ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    /// <summary>The words of the set in the file's order.</summary>
    public static IReadOnlyList<string> Words(string name) =>
        Sets.Value.TryGetValue(name, out var words)
            ? words
            : throw new InvalidOperationException($"data/lexicon/cue-words.tsv has no set '{name}'; it has {string.Join(", ", Sets.Value.Keys)}.");

    /// <summary>The set's phrases, each as its words ("in recent years" -> ["in", "recent", "years"]), in the file's order.</summary>
    public static string[][] Phrases(string name) => [.. Words(name).Select(phrase => phrase.Split(' '))];

    /// <summary>
    /// The set as a regular-expression alternation, longest first so that "took place" is tried before "took", each
    /// word escaped and a space standing for any run of white space.
    /// </summary>
    public static string Alternation(string name) =>
        string.Join('|', Words(name).OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));

    /// <summary>A pattern that finds any of the set's words or phrases as whole words, in any case.</summary>
    public static Regex AnyOf(string name) => new(
        $@"\b(?:{Alternation(name)})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
        TimeSpan.FromMilliseconds(250));

    private static FrozenDictionary<string, string[]> Load() =>
        DataFiles.ReadRows("lexicon/cue-words.tsv").ToFrozenDictionary(
            row => row.Column(0),
            row => row.Column(1).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            StringComparer.Ordinal);
}
