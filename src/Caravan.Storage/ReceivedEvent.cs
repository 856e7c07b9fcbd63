using Caravan.Core.Events;
using Caravan.Core.Review;
using Caravan.Core.Sharing;

namespace Caravan.Storage;

/// <summary>An event that came from a partner or a file, with its own marking, STIX id and review state.</summary>
public sealed record ReceivedEvent(ExtractedEvent Event, Marking Marking, string StixId, ReviewState Review, string? ReviewedBy, DateTimeOffset? ReviewedAt)
{
    /// <summary>The version the sender gives (STIX <c>modified</c>): a newer one replaces what an older one brought.</summary>
    public DateTimeOffset? Version { get; init; }

    /// <summary>The sender withdrew the event (STIX <c>revoked</c>): it is hidden here, never deleted.</summary>
    public bool Revoked { get; init; }

    /// <summary>Who sent it, for the history: the partner or file the import names.</summary>
    public string? From { get; init; }

    /// <summary>The partner's analysts' notes on their decisions, kept as this event's revisions.</summary>
    public IReadOnlyList<ReceivedComment> Comments { get; init; } = [];
}

/// <summary>A note an analyst elsewhere wrote with a decision on the event.</summary>
public sealed record ReceivedComment(ReviewAction Action, string Analyst, DateTimeOffset At, string Note);

/// <summary>What saving received events did: new ones added, known ones brought up to a newer version, withdrawn, or newer versions held back by a local edit.</summary>
public sealed record ReceivedEventsOutcome(int Added, int Updated, int Withdrawn, int HeldForLocalEdits)
{
    public static ReceivedEventsOutcome None { get; } = new(0, 0, 0, 0);

    public ReceivedEventsOutcome Plus(ReceivedEventsOutcome other) =>
        new(Added + other.Added, Updated + other.Updated, Withdrawn + other.Withdrawn, HeldForLocalEdits + other.HeldForLocalEdits);
}
