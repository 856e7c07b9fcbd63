using System.Collections.Frozen;

namespace Caravan.Extraction.Ner;

/// <summary>
/// Weights of hashed features, each with a fixed-width row: one weight per label for features of a word,
/// one per (previous label, label) pair for features joined with the label before.
/// </summary>
public sealed class WeightTable(Dictionary<ulong, int> rowsByFeature, float[] weights, int width)
{
    // Frozen: built once at load, looked up a hundred times a word.
    private readonly FrozenDictionary<ulong, int> rows = rowsByFeature.ToFrozenDictionary();

    public int Width { get; } = width;

    public int Count => rows.Count;

    /// <summary>Adds the rows of the given features into <paramref name="scores"/> (of length <see cref="Width"/>).</summary>
    public void Score(List<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (rows.TryGetValue(feature, out var row))
            {
                var weightsOfRow = weights.AsSpan(row * Width, Width);
                for (var k = 0; k < weightsOfRow.Length; k++)
                {
                    scores[k] += weightsOfRow[k];
                }
            }
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Width);
        writer.Write(rows.Count);
        foreach (var (feature, row) in rows.OrderBy(pair => pair.Key))
        {
            writer.Write(feature);
            var offset = row * Width;
            var nonZero = 0;
            for (var k = 0; k < Width; k++)
            {
                nonZero += weights[offset + k] != 0 ? 1 : 0;
            }

            writer.Write((byte)nonZero);
            for (var k = 0; k < Width; k++)
            {
                if (weights[offset + k] != 0)
                {
                    writer.Write((byte)k);
                    writer.Write((Half)weights[offset + k]);
                }
            }
        }
    }

    public static WeightTable Read(BinaryReader reader)
    {
        var width = reader.ReadInt32();
        var count = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(count);
        var weights = new float[count * width];
        for (var row = 0; row < count; row++)
        {
            rows[reader.ReadUInt64()] = row;
            var nonZero = reader.ReadByte();
            for (var k = 0; k < nonZero; k++)
            {
                var index = reader.ReadByte();
                weights[(row * width) + index] = (float)reader.ReadHalf();
            }
        }

        return new WeightTable(rows, weights, width);
    }
}
