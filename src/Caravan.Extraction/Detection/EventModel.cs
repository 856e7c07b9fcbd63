using System.Collections.Frozen;
using System.Text;
using Caravan.Core.Events;

namespace Caravan.Extraction.Detection;

/// <summary>
/// The learned event detector: for each candidate of a sentence (a type that a trigger word, a CAMEO verb or the
/// hand-written rules propose), the probability that the sentence newly reports a happening of that type's family.
/// One logistic regression over the sentence's features and the candidate's own, with three weights per feature:
/// one shared by all types, one of the type and one of its family, so a type with few examples (13 visits) still
/// learns from the others. Trained by <see cref="EventModelTrainer"/> from gold annotations; shipped as
/// data/models/events.bin.
/// </summary>
public sealed class EventModel
{
    private const string Magic = "CARAVAN-EVENTS-3";
    private const string DefaultModelResource = "Caravan.Data.models/events.bin";
    private static readonly Lazy<EventModel?> Shipped = new(LoadShipped);
    private static readonly int FamilyCount = Enum.GetValues<EventFamily>().Length;

    private readonly FrozenDictionary<string, int> featureIndex;
    private readonly float[][] weights;
    private readonly float[] bias;
    private readonly Dictionary<EventType, int> typeRow;

    internal EventModel(IReadOnlyList<string> features, IReadOnlyList<EventType> types, float[][] weights, float[] bias, double threshold, double keepThreshold)
    {
        KeepThreshold = keepThreshold;
        featureIndex = features.Select((name, i) => (name, i)).ToFrozenDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        Types = types;
        typeRow = types.Select((type, i) => (type, i)).ToDictionary(p => p.type, p => p.i + 1);
        this.weights = weights;
        this.bias = bias;
        Threshold = threshold;
    }

    /// <summary>The model trained on the seeds and the training reports that ships inside the assembly, or null if none is embedded.</summary>
    public static EventModel? Default => Shipped.Value;

    public IReadOnlyList<EventType> Types { get; }

    /// <summary>The probability from which a candidate is reported as a new happening.</summary>
    public double Threshold { get; }

    /// <summary>The probability from which a candidate the hand-written rules chose is reported as a new happening.</summary>
    public double KeepThreshold { get; }

    public int FeatureCount => featureIndex.Count;

    internal static int RowCount(int types) => 1 + types + FamilyCount;

    /// <summary>The probability that a sentence (its features' indices, from <see cref="Indices"/>) newly reports a happening of the candidate's type.</summary>
    public double Probability(List<int> sentence, EventCandidateCue candidate) =>
        Logistic(Sum(Rows(candidate.Type), sentence, candidate.Indices ?? Indices(candidate.Features)));

    internal (int Type, int Family) Rows(EventType type) => (typeRow[type], 1 + Types.Count + (int)type.Family());

    internal double Sum((int Type, int Family) rows, List<int> sentence, List<int> own)
    {
        var sum = (double)bias[0] + bias[rows.Type] + bias[rows.Family];
        foreach (var indices in (ReadOnlySpan<List<int>>)[sentence, own])
        {
            foreach (var i in indices)
            {
                sum += weights[0][i] + weights[rows.Type][i] + weights[rows.Family][i];
            }
        }

        return sum;
    }

    internal static double Logistic(double sum) => 1 / (1 + Math.Exp(-sum));

    public List<int> Indices(IReadOnlyList<string> features)
    {
        var indices = new List<int>(features.Count);
        foreach (var feature in features)
        {
            if (featureIndex.TryGetValue(feature, out var i))
            {
                indices.Add(i);
            }
        }

        return indices;
    }

    /// <summary>A sink that turns features into this model's indices as they are made, building no names.</summary>
    public IndexSink NewIndexSink() => new(featureIndex.GetAlternateLookup<ReadOnlySpan<char>>());

    public sealed class IndexSink : IFeatureSink
    {
        private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
        private char[] name = new char[128];
        private List<int> indices = new(64);

        internal IndexSink(FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup)
        {
            this.lookup = lookup;
        }

        public void Add(ReadOnlySpan<char> a, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default, ReadOnlySpan<char> d = default)
        {
            var length = a.Length + b.Length + c.Length + d.Length;
            if (length > name.Length)
            {
                name = new char[length * 2];
            }

            a.CopyTo(name);
            b.CopyTo(name.AsSpan(a.Length));
            c.CopyTo(name.AsSpan(a.Length + b.Length));
            d.CopyTo(name.AsSpan(a.Length + b.Length + c.Length));
            if (lookup.TryGetValue(name.AsSpan(0, length), out var index))
            {
                indices.Add(index);
            }
        }

        /// <summary>The indices added since the last call; the sink starts a new list.</summary>
        public List<int> Take()
        {
            var taken = indices;
            indices = new(64);
            return taken;
        }
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Threshold);
        writer.Write(KeepThreshold);
        writer.Write(Types.Count);
        foreach (var type in Types)
        {
            writer.Write(type.ToWireName());
        }

        var names = featureIndex.OrderBy(p => p.Value).Select(p => p.Key).ToList();
        writer.Write(names.Count);
        foreach (var name in names)
        {
            writer.Write(name);
        }

        for (var t = 0; t < weights.Length; t++)
        {
            writer.Write(bias[t]);
            var nonZero = Enumerable.Range(0, names.Count).Where(i => weights[t][i] != 0).ToList();
            writer.Write(nonZero.Count);
            foreach (var i in nonZero)
            {
                writer.Write(i);
                writer.Write(weights[t][i]);
            }
        }
    }

    public static EventModel Load(Stream stream, string sourceName)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException($"{sourceName} is not a Caravan event model.");
            }

            var threshold = reader.ReadDouble();
            var keepThreshold = reader.ReadDouble();
            var types = Enumerable.Range(0, reader.ReadInt32()).Select(_ => EventTypes.Parse(reader.ReadString())).ToList();
            var names = Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()).ToList();
            var weights = new float[RowCount(types.Count)][];
            var bias = new float[weights.Length];
            for (var t = 0; t < weights.Length; t++)
            {
                bias[t] = reader.ReadSingle();
                weights[t] = new float[names.Count];
                var count = reader.ReadInt32();
                for (var k = 0; k < count; k++)
                {
                    var i = reader.ReadInt32();
                    weights[t][i] = reader.ReadSingle();
                }
            }

            return new EventModel(names, types, weights, bias, threshold, keepThreshold);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{sourceName} ends before the event model does: the file is cut short.");
        }
    }

    private static EventModel? LoadShipped()
    {
        using var stream = typeof(EventModel).Assembly.GetManifestResourceStream(DefaultModelResource);
        return stream is null ? null : Load(stream, DefaultModelResource);
    }
}
