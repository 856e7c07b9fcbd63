using Caravan.Core.Documents;
using Caravan.Core.Events;
using Caravan.Core.Review;

namespace Caravan.Storage;

/// <summary>An event with its store id, the document it came from, and where it stands with the analysts.</summary>
public sealed record StoredEvent(long Id, DocumentId DocumentId, string SourceFile, string? Outlet, ExtractedEvent Event)
{
    public ReviewState Review { get; init; } = ReviewState.Machine;
    public string? ReviewedBy { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
}
