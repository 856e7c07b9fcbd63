using Caravan.Core.Documents;
using Caravan.Core.Events;
using Caravan.Core.Review;
using Caravan.Core.Sharing;

namespace Caravan.Storage;

/// <summary>An event with its store id, the document it came from, and where it stands with the analysts.</summary>
public sealed record StoredEvent(long Id, DocumentId DocumentId, string SourceFile, string? Outlet, ExtractedEvent Event)
{
    public ReviewState Review { get; init; } = ReviewState.Machine;
    public string? ReviewedBy { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }

    public Marking Marking { get; init; } = Marking.Default;

    /// <summary>The STIX id a partner gave this event, kept so that a re-import updates it; null for our own.</summary>
    public string? StixId { get; init; }
}
