using Caravan.Core.Documents;
using Caravan.Core.Entities;
using Caravan.Core.Events;
using Caravan.Core.Review;

namespace Caravan.Storage;

/// <summary>
/// Analysts' decisions on events. Every decision is a revision with who, when and the event before and after;
/// re-extraction replaces only what no analyst has touched.
/// </summary>
public interface IReviewStore
{
    StoredEvent? GetEvent(long id);

    /// <summary>Confirms, edits (with <paramref name="edited"/>) or rejects an event; returns it as it now stands.</summary>
    StoredEvent ReviewEvent(long id, ReviewAction action, ExtractedEvent? edited, string analyst, string? note);

    /// <summary>An event an analyst adds by hand to a stored document.</summary>
    StoredEvent AddEvent(DocumentId document, ExtractedEvent added, string analyst, string? note);

    IReadOnlyList<EventRevision> EventHistory(long id);

    /// <summary>The latest decisions across all events, newest first.</summary>
    IReadOnlyList<EventRevision> RecentRevisions(int limit);

    /// <summary>
    /// Replaces a document's machine events and entities with a new extraction. Events an analyst confirmed,
    /// edited, rejected or added stay as they are, and a new machine event that repeats one of them (same type,
    /// same evidence sentence) is not added again.
    /// </summary>
    ReextractOutcome Reextract(DocumentId document, IReadOnlyList<Entity> entities, IReadOnlyList<ExtractedEvent> events);
}

/// <summary>What a re-extraction did to one document's events.</summary>
public sealed record ReextractOutcome(int Removed, int Added, int KeptHumanDecisions);
