namespace Caravan.Extraction.Ner;

/// <summary>
/// Perceptron weights while training, averaged over every step lazily: each weight remembers when it last
/// changed, so an update costs only the weights it touches (Daumé's trick).
/// </summary>
internal sealed class AveragedWeights(int width)
{
    private readonly Dictionary<ulong, int> rows = [];
    private float[] weights = new float[1 << 16];
    private double[] totals = new double[1 << 16];
    private int[] stamps = new int[1 << 16];

    public int Width { get; } = width;

    public void Score(List<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (rows.TryGetValue(feature, out var row))
            {
                var offset = row * Width;
                for (var k = 0; k < Width; k++)
                {
                    scores[k] += weights[offset + k];
                }
            }
        }
    }

    public void Update(List<ulong> features, int column, float delta, int step)
    {
        foreach (var feature in features)
        {
            if (!rows.TryGetValue(feature, out var row))
            {
                row = rows.Count;
                rows[feature] = row;
                EnsureCapacity((row + 1) * Width);
            }

            var index = (row * Width) + column;
            totals[index] += (double)(step - stamps[index]) * weights[index];
            stamps[index] = step;
            weights[index] += delta;
        }
    }

    /// <summary>The averaged weights, without rows whose every weight is below <paramref name="pruneBelow"/> in size.</summary>
    public WeightTable Average(int step, float pruneBelow)
    {
        var keptRows = new Dictionary<ulong, int>();
        var kept = new List<float>();
        var row = new float[Width];
        foreach (var (feature, index) in rows)
        {
            var max = 0f;
            for (var k = 0; k < Width; k++)
            {
                var i = (index * Width) + k;
                var total = totals[i] + ((double)(step - stamps[i]) * weights[i]);
                row[k] = (float)(total / step);
                max = Math.Max(max, Math.Abs(row[k]));
            }

            if (max >= pruneBelow && max > 0)
            {
                keptRows[feature] = keptRows.Count;
                kept.AddRange(row);
            }
        }

        return new WeightTable(keptRows, [.. kept], Width);
    }

    private void EnsureCapacity(int size)
    {
        if (size <= weights.Length)
        {
            return;
        }

        var grown = Math.Max(size, weights.Length * 2);
        Array.Resize(ref weights, grown);
        Array.Resize(ref totals, grown);
        Array.Resize(ref stamps, grown);
    }
}
