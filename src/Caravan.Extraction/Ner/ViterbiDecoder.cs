namespace Caravan.Extraction.Ner;

/// <summary>
/// Finds the best label sequence of a sentence under a first-order model: label scores from the word's own
/// features plus label-pair scores from features joined with the previous label; never an I- label after
/// another type.
/// </summary>
internal static class ViterbiDecoder
{
    public delegate void Scorer(List<ulong> features, Span<float> scores);

    /// <summary>Writes the label scores and the label-pair scores of position <paramref name="i"/>.</summary>
    public delegate void PositionScorer(int i, Span<float> word, Span<float> pairs);

    public static int[] Decode(NerFeatures features, Scorer emission, Scorer transition)
    {
        var buffer = new List<ulong>(64);
        return Decode(features.Count, (i, word, pairs) =>
        {
            features.ExtractStatic(i, buffer);
            emission(buffer, word);
            features.ExtractTransition(i, buffer);
            transition(buffer, pairs);
        });
    }

    public static int[] Decode(int n, PositionScorer score)
    {
        var labels = NerLabels.Count;
        var best = new float[n * labels];
        var back = new int[n * labels];
        Span<float> word = stackalloc float[labels];
        Span<float> pairs = stackalloc float[labels * labels];
        for (var i = 0; i < n; i++)
        {
            score(i, word, pairs);
            var row = i * labels;
            best.AsSpan(row, labels).Fill(float.NegativeInfinity);
            var previousCount = i == 0 ? 1 : labels;
            for (var previous = 0; previous < previousCount; previous++)
            {
                var before = i == 0 ? 0 : best[row - labels + previous];
                if (float.IsNegativeInfinity(before))
                {
                    continue;
                }

                for (var label = 0; label < labels; label++)
                {
                    if (!NerLabels.IsValidAfter(previous, label))
                    {
                        continue;
                    }

                    var total = before + word[label] + pairs[(previous * labels) + label];
                    if (total > best[row + label])
                    {
                        best[row + label] = total;
                        back[row + label] = previous;
                    }
                }
            }
        }

        var path = new int[n];
        if (n == 0)
        {
            return path;
        }

        var last = (n - 1) * labels;
        var bestLabel = 0;
        for (var label = 1; label < labels; label++)
        {
            if (best[last + label] > best[last + bestLabel])
            {
                bestLabel = label;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            path[i] = bestLabel;
            bestLabel = back[(i * labels) + bestLabel];
        }

        return path;
    }
}
