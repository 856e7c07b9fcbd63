namespace Caravan.Ingestion;

/// <summary>What became of one input file.</summary>
public sealed record IngestOutcome(string Path, IngestStatus Status, string? DocumentId, int Events, string? Reason)
{
    public static IngestOutcome Failed(string path, string reason) => new(path, IngestStatus.Failed, null, 0, reason);
}

public enum IngestStatus
{
    Added,
    AlreadyPresent,
    Failed,
}
