using System.Collections.Frozen;
using System.Text;
using Caravan.Core.Events;

namespace Caravan.Extraction.Detection;

/// <summary>
/// The learned event detector, in two parts over a sentence's features: a logistic regression for whether the
/// sentence reports a new happening at all, and a softmax over the event types for which. Every type shares
/// the first part's evidence, so a type with few examples (13 visits) is still found. Trained by
/// <see cref="EventModelTrainer"/> from gold annotations; shipped as data/models/events.bin.
/// </summary>
public sealed class EventModel
{
    private const string Magic = "CARAVAN-EVENTS-2";
    private const string DefaultModelResource = "Caravan.Data.models/events.bin";
    private static readonly Lazy<EventModel?> Shipped = new(LoadShipped);

    private readonly FrozenDictionary<string, int> featureIndex;
    private readonly float[][] weights;
    private readonly float[] bias;

    internal EventModel(IReadOnlyList<string> features, IReadOnlyList<EventType> types, float[][] weights, float[] bias, double threshold, double vetoThreshold)
    {
        VetoThreshold = vetoThreshold;
        featureIndex = features.Select((name, i) => (name, i)).ToFrozenDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        Types = types;
        this.weights = weights;
        this.bias = bias;
        Threshold = threshold;
    }

    /// <summary>The model trained on the seeds and the training reports that ships inside the assembly, or null if none is embedded.</summary>
    public static EventModel? Default => Shipped.Value;

    public IReadOnlyList<EventType> Types { get; }

    /// <summary>The probability from which the model adds a type the rules did not choose.</summary>
    public double Threshold { get; }

    /// <summary>The probability below which a sentence tells no new happening: what the rules found there joins the one just told.</summary>
    public double VetoThreshold { get; }

    public int FeatureCount => featureIndex.Count;

    /// <summary>A second type of one sentence is reported from this share of the type probabilities ("killed 18 gunmen and arrested several others").</summary>
    public const double SecondTypeShare = 0.3;

    /// <summary>The probability that a sentence with these features reports a happening, and the probability of each type if it does.</summary>
    public (double Event, double[] Types) Score(IReadOnlyList<string> features)
    {
        var indices = Indices(features);
        return (Logistic(Sum(0, indices)), Softmax(indices));
    }

    internal double Sum(int row, List<int> indices)
    {
        var sum = (double)bias[row];
        var w = weights[row];
        foreach (var i in indices)
        {
            sum += w[i];
        }

        return sum;
    }

    internal double[] Softmax(List<int> indices)
    {
        var scores = new double[Types.Count];
        for (var t = 0; t < Types.Count; t++)
        {
            scores[t] = Sum(t + 1, indices);
        }

        var max = scores.Max();
        var total = 0.0;
        for (var t = 0; t < scores.Length; t++)
        {
            scores[t] = Math.Exp(scores[t] - max);
            total += scores[t];
        }

        for (var t = 0; t < scores.Length; t++)
        {
            scores[t] /= total;
        }

        return scores;
    }

    internal static double Logistic(double sum) => 1 / (1 + Math.Exp(-sum));

    internal List<int> Indices(IReadOnlyList<string> features)
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

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Threshold);
        writer.Write(VetoThreshold);
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
            var vetoThreshold = reader.ReadDouble();
            var types = Enumerable.Range(0, reader.ReadInt32()).Select(_ => EventTypes.Parse(reader.ReadString())).ToList();
            var names = Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()).ToList();
            var weights = new float[types.Count + 1][];
            var bias = new float[types.Count + 1];
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

            return new EventModel(names, types, weights, bias, threshold, vetoThreshold);
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
