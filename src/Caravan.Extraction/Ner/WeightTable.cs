using System.Numerics;

namespace Caravan.Extraction.Ner;

/// <summary>
/// Weights of hashed features, each with a fixed-width row: one weight per label for features of a word,
/// one per (previous label, label) pair for features joined with the label before.
/// </summary>
public sealed class WeightTable
{
    private const ulong Fibonacci = 0x9E3779B97F4A7C15UL;

    // Looked up fifty times a word, so laid out for the memory, not for the code: an open-addressed table at most
    // half full whose slot holds the feature's hash and, in a parallel array at the same index, its row of weights.
    // A look-up costs a probe of the keys and a read of the row, where a dictionary of row numbers cost a third
    // far read. The hashes are FNV already; a multiply and a shift place them. A zero hash, which a slot cannot tell
    // from empty, keeps its row aside.
    private readonly ulong[] keys;
    private readonly float[] slotWeights;
    private readonly float[]? zeroRow;
    private readonly int shift;
    private readonly int mask;

    public WeightTable(Dictionary<ulong, int> rowsByFeature, float[] weights, int width)
    {
        Width = width;
        Count = rowsByFeature.Count;
        var bits = 4;
        while ((1 << bits) < Count * 2)
        {
            bits++;
        }

        keys = new ulong[1 << bits];
        slotWeights = new float[(1 << bits) * width];
        shift = 64 - bits;
        mask = (1 << bits) - 1;
        foreach (var (feature, row) in rowsByFeature)
        {
            var source = weights.AsSpan(row * width, width);
            if (feature == 0)
            {
                zeroRow = source.ToArray();
                continue;
            }

            var slot = Slot(feature);
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = feature;
            source.CopyTo(slotWeights.AsSpan(slot * width, width));
        }
    }

    public int Width { get; }

    public int Count { get; }

    /// <summary>Adds the rows of the given features into <paramref name="scores"/> (of length <see cref="Width"/>).</summary>
    public void Score(List<ulong> features, Span<float> scores)
    {
        scores.Clear();
        Add(features, scores);
    }

    /// <summary>Adds the rows of the given features to what <paramref name="scores"/> holds already.</summary>
    public void Add(List<ulong> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            AddInto(Row(feature), scores);
        }
    }

    // Each lane adds the same floats in the same order as a plain loop would, so the sums are bit for bit the same.
    private static void AddInto(ReadOnlySpan<float> row, Span<float> scores)
    {
        var k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; k <= row.Length - Vector<float>.Count; k += Vector<float>.Count)
            {
                (new Vector<float>(scores[k..]) + new Vector<float>(row[k..])).CopyTo(scores[k..]);
            }
        }

        for (; k < row.Length; k++)
        {
            scores[k] += row[k];
        }
    }

    /// <summary>The weights of a feature, or nothing for one the model does not have.</summary>
    private ReadOnlySpan<float> Row(ulong feature)
    {
        if (feature == 0)
        {
            return zeroRow;
        }

        for (var slot = Slot(feature); ; slot = (slot + 1) & mask)
        {
            var key = keys[slot];
            if (key == feature)
            {
                return slotWeights.AsSpan(slot * Width, Width);
            }

            if (key == 0)
            {
                return [];
            }
        }
    }

    private int Slot(ulong feature) => (int)((feature * Fibonacci) >> shift);

    private IEnumerable<ulong> Features() =>
        keys.Where(k => k != 0).Concat(zeroRow is null ? [] : [0UL]);

    public void Write(BinaryWriter writer)
    {
        writer.Write(Width);
        writer.Write(Count);
        foreach (var feature in Features().Order())
        {
            writer.Write(feature);
            var row = Row(feature);
            var nonZero = 0;
            foreach (var weight in row)
            {
                nonZero += weight != 0 ? 1 : 0;
            }

            writer.Write((byte)nonZero);
            for (var k = 0; k < row.Length; k++)
            {
                if (row[k] != 0)
                {
                    writer.Write((byte)k);
                    writer.Write((Half)row[k]);
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
