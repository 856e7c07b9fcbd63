using Caravan.Core.Documents;
using Caravan.Core.Sharing;

namespace Caravan.Storage;

/// <summary>A document as stored: its identity (content hash), where it came from, its text and what the text says of itself.</summary>
public sealed record DocumentRecord(
    DocumentId Id,
    string SourcePath,
    string FileName,
    string MediaType,
    string Text,
    DocumentMetadata Metadata,
    DateTimeOffset IngestedAt)
{
    /// <summary>The owning organisation and TLP marking; the document's events start with the same.</summary>
    public Marking Marking { get; init; } = Marking.Default;

    /// <summary>The partner this document came from and when, for what a sync or an import brought.</summary>
    public Provenance? ReceivedFrom { get; init; }
}

/// <summary>Where a received object came from: a partner's TAXII server or a file, and when it arrived.</summary>
public sealed record Provenance(string Source, DateTimeOffset At)
{
    /// <summary>
    /// The organisation the object itself names as its creator (a STIX identity): kept as what the sender says,
    /// never taken as the owner, which comes from the sender's credentials.
    /// </summary>
    public string? StatedOwner { get; init; }
}
