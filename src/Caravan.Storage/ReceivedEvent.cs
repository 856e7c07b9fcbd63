using Caravan.Core.Events;
using Caravan.Core.Review;
using Caravan.Core.Sharing;

namespace Caravan.Storage;

/// <summary>An event that came from a partner or a file, with its own marking, STIX id and review state.</summary>
public sealed record ReceivedEvent(ExtractedEvent Event, Marking Marking, string StixId, ReviewState Review, string? ReviewedBy, DateTimeOffset? ReviewedAt)
{
    /// <summary>The partner's analysts' notes on their decisions, kept as this event's revisions.</summary>
    public IReadOnlyList<ReceivedComment> Comments { get; init; } = [];
}

/// <summary>A note an analyst elsewhere wrote with a decision on the event.</summary>
public sealed record ReceivedComment(ReviewAction Action, string Analyst, DateTimeOffset At, string Note);
