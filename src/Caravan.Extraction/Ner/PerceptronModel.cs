using System.IO.Compression;
using System.Text;

namespace Caravan.Extraction.Ner;

/// <summary>
/// The tagger's model: weights of word features per label, weights of features joined with the previous
/// label per label pair, and the names seen in training. Stored Brotli-compressed with half-precision weights.
/// </summary>
public sealed class PerceptronModel(WeightTable emission, WeightTable transition, NameList names)
{
    private const uint Magic = 0x5245_4E43; // "CNER"
    private const int FormatVersion = 3;

    public WeightTable Emission { get; } = emission;

    public WeightTable Transition { get; } = transition;

    public NameList Names { get; } = names;

    public int FeatureCount => Emission.Count + Transition.Count;

    public void Save(Stream stream)
    {
        using var compressed = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(compressed, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        Emission.Write(writer);
        Transition.Write(writer);
        Names.Write(writer);
    }

    public static PerceptronModel Load(Stream stream, string sourceName)
    {
        using var decompressed = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(decompressed, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadUInt32() != Magic || reader.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException($"{sourceName} is not a Caravan NER model (format {FormatVersion}).");
            }

            return new PerceptronModel(WeightTable.Read(reader), WeightTable.Read(reader), NameList.Read(reader));
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{sourceName} is truncated.", e);
        }
    }
}
