namespace Caravan.Ingestion.Sources;

/// <summary>A file that cannot be turned into text; the message says which file and why.</summary>
public sealed class UnreadableSourceException(string path, string reason) : Exception($"{path}: {reason}")
{
    public string Path { get; } = path;
    public string Reason { get; } = reason;
}
