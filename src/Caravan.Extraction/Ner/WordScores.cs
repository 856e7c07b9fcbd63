using Caravan.Core.Text;

namespace Caravan.Extraction.Ner;

/// <summary>
/// Per distinct word, what the tagger works out from the word alone: its lower case, its shape, and the summed
/// weights of the features that depend on nothing else (the word, its affixes, shape and length), a third of a
/// word's look-ups done once per word instead of once per occurrence. The sums are added in the order
/// <see cref="NerFeatures.ExtractStatic"/> lists the features, so a score built on them is the same, bit for bit,
/// as one added up feature by feature.
/// </summary>
internal sealed class WordScores
{
    // Shared by every text and thread the tagger serves: 30,000 words of 90 sums hold 11 MB at most.
    private const int Capacity = 30_000;

    private readonly WeightTable emission;
    private readonly WeightTable transition;
    private readonly BoundedMemo<string, Word> words;

    public WordScores(WeightTable emission, WeightTable transition)
    {
        this.emission = emission;
        this.transition = transition;
        words = new BoundedMemo<string, Word>(WorkOut, Capacity, StringComparer.Ordinal);
    }

    public int EmissionWidth => emission.Width;

    /// <param name="Sums">The word's emission sums, then its label-pair sums.</param>
    public sealed record Word(string Lower, string Shape, float[] Sums);

    public Word Of(string token) => words.Of(token);

    private Word WorkOut(string token)
    {
        var lower = token.ToLowerInvariant();
        var shape = NerFeatures.Shape(token);
        var sums = new float[emission.Width + transition.Width];
        var features = new List<ulong>(16);
        NerFeatures.ExtractWord(token, lower, shape, features);
        emission.Score(features, sums.AsSpan(0, emission.Width));
        NerFeatures.ExtractTransitionWord(lower, shape, features);
        transition.Score(features, sums.AsSpan(emission.Width));
        return new Word(lower, shape, sums);
    }
}
