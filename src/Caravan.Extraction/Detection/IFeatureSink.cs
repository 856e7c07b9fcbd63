namespace Caravan.Extraction.Detection;

/// <summary>
/// Where the event model's features go as they are made, each given in up to four parts that together name it: into
/// names to train on (<see cref="FeatureNames"/>), or straight into a model's indices to extract with, building no
/// string (<see cref="EventModel.IndexSink"/>).
/// </summary>
public interface IFeatureSink
{
    void Add(ReadOnlySpan<char> a, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default, ReadOnlySpan<char> d = default);
}

/// <summary>Features as names, in the order they were made.</summary>
public sealed class FeatureNames : IFeatureSink
{
    public List<string> Names { get; } = new(128);

    public void Add(ReadOnlySpan<char> a, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default, ReadOnlySpan<char> d = default) =>
        Names.Add(string.Concat(a, b, c, d));
}
