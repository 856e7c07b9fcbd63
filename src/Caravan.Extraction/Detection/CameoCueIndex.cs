namespace Caravan.Extraction.Detection;

/// <summary>
/// The cues of one verb's patterns by their text, before and after the verb apart, each with the first pattern that
/// has it: the first pattern a sentence cues is the least of those found under the beginnings of the words within
/// reach, without trying every pattern against every word.
/// </summary>
internal sealed class CameoCueIndex
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> before;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> after;

    public CameoCueIndex(IReadOnlyList<CameoPattern> patterns)
    {
        var beforeVerb = new Dictionary<string, int>(StringComparer.Ordinal);
        var afterVerb = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < patterns.Count; p++)
        {
            (patterns[p].After ? afterVerb : beforeVerb).TryAdd(patterns[p].Cue, p);
        }

        before = beforeVerb.GetAlternateLookup<ReadOnlySpan<char>>();
        after = afterVerb.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The tokens a cue before (or after) the verb at <paramref name="at"/> may stand in: [from, to).</summary>
    public static (int From, int To) Window(int count, int at, bool afterVerb, int reach) =>
        afterVerb ? (at + 1, Math.Min(count, at + 1 + reach)) : (Math.Max(0, at - reach), at);

    public int FirstCued(IReadOnlyList<string> lower, int at, int reach) =>
        Math.Min(FirstCued(before, lower, Window(lower.Count, at, afterVerb: false, reach)), FirstCued(after, lower, Window(lower.Count, at, afterVerb: true, reach))) is var first and < int.MaxValue
            ? first
            : -1;

    private static int FirstCued(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> cues, IReadOnlyList<string> lower, (int From, int To) window)
    {
        var first = int.MaxValue;
        if (cues.Dictionary.Count == 0)
        {
            return first;
        }

        for (var k = window.From; k < window.To; k++)
        {
            var word = lower[k].AsSpan();
            for (var length = 0; length <= word.Length; length++)
            {
                if (cues.TryGetValue(word[..length], out var pattern) && pattern < first)
                {
                    first = pattern;
                }
            }
        }

        return first;
    }
}
