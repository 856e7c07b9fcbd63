using Caravan.Core.Documents;

namespace Caravan.Storage;

/// <summary>A document as stored: its identity (content hash), where it came from, its text and what the text says of itself.</summary>
public sealed record DocumentRecord(
    DocumentId Id,
    string SourcePath,
    string FileName,
    string MediaType,
    string Text,
    DocumentMetadata Metadata,
    DateTimeOffset IngestedAt);
