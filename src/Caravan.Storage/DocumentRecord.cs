using System.Globalization;
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

    /// <summary>
    /// When the document last changed after its ingest (its marking, here; for a received one, the sender's version):
    /// what a STIX report gives as <c>modified</c>, so that partners take the newer version. Null: never since ingest.
    /// </summary>
    public DateTimeOffset? ModifiedAt { get; init; }

    /// <summary>
    /// Where the document came from and whose it is, in words for an analyst: "received from
    /// taxii:https://a.example/taxii2/caravan/collections/kg-cert-green/ on 2026-12-02 10:15 UTC, owned by kg-a
    /// (created by kg-cert, as the sender states)".
    /// </summary>
    public string Origin => ReceivedFrom is { } received
        ? string.Create(CultureInfo.InvariantCulture,
            $"received from {received.Source} on {received.At:yyyy-MM-dd HH:mm} UTC, owned by {Marking.Owner}{(received.StatedOwner is { } stated ? $" (created by {stated}, as the sender states)" : "")}")
        : string.Create(CultureInfo.InvariantCulture, $"ingested on {IngestedAt:yyyy-MM-dd HH:mm} UTC, owned by {Marking.Owner}");
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
