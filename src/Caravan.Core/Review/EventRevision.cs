namespace Caravan.Core.Review;

/// <summary>
/// One analyst decision on one event: who, when, what, why, and the event as JSON before and after, so the
/// history shows exactly what changed.
/// </summary>
public sealed record EventRevision(
    long Id,
    long EventId,
    ReviewAction Action,
    string Analyst,
    DateTimeOffset At,
    string? Note,
    string? Before,
    string After);
