namespace Caravan.Ingestion;

/// <summary>What became of one input file.</summary>
public sealed record IngestOutcome(string Path, IngestStatus Status, string? DocumentId, int Events, string? Reason)
{
    /// <summary>What else happened, in words: a marking kept or changed on a document already present.</summary>
    public string? Note { get; init; }

    public static IngestOutcome Failed(string path, string reason) => new(path, IngestStatus.Failed, null, 0, reason);
}

public enum IngestStatus
{
    Added,
    AlreadyPresent,
    Failed,
}
