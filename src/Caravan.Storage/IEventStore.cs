using Caravan.Core.Documents;
using Caravan.Core.Entities;
using Caravan.Core.Events;
using Caravan.Core.Resolution;

namespace Caravan.Storage;

/// <summary>
/// Where documents, entities and events live. One interface, a SQLite and a PostgreSQL implementation,
/// one shared test suite. Saving a document and its extraction is atomic and idempotent by content hash.
/// </summary>
public interface IEventStore : IReviewStore, IOverviewStore, IAccountStore, IDocumentCatalog, ISharingStore, IAuditLog, IStixObjectStore, IIngestQueue, IAnalysisStore, IAlertStore, IFeedStore, IDisposable
{
    /// <summary>Creates or upgrades the schema; safe to call on every start.</summary>
    void Migrate();

    /// <summary>
    /// Stores a document with its extraction; with a <paramref name="matcher"/>, also links each of its entities to
    /// the knowledge base (an existing canonical entity or a new one), in the same transaction.
    /// </summary>
    SaveOutcome Save(DocumentRecord document, IReadOnlyList<Entity> entities, IReadOnlyList<ExtractedEvent> events, IEntityMatcher? matcher = null);

    bool Contains(DocumentId id);

    /// <summary>A document by full id, unique id prefix, or file name.</summary>
    StoredDocument? FindDocument(string reference);

    IReadOnlyList<StoredEvent> QueryEvents(EventQuery query);

    /// <summary>Canonical entities whose name or an alias contains <paramref name="text"/> (all if null), most documents first.</summary>
    IReadOnlyList<KnownEntity> SearchEntities(string? text, EntityType? type, int limit);

    KnownEntity? GetEntity(long id);

    /// <summary>Folds <paramref name="merged"/> into <paramref name="kept"/>: its aliases and documents move, the decision is recorded.</summary>
    KnownEntity MergeEntities(long kept, long merged, string analyst, string? note);

    /// <summary>Moves one alias out of an entity into a new one, and records that later ingests must not join them again.</summary>
    KnownEntity SplitAlias(long entity, string alias, string analyst, string? note, IEntityMatcher matcher);

    IReadOnlyList<EntityDecision> EntityDecisions();

    /// <summary>Events of the documents that name the entity, in which it is an actor or a target.</summary>
    IReadOnlyList<StoredEvent> EventsOfEntity(long id, int limit);

    /// <summary>Entities named in the same documents, with how many documents they share, most first.</summary>
    IReadOnlyList<(KnownEntity Entity, int SharedDocuments)> CoOccurring(long id, int limit);

    /// <summary>The documents that name the entity, newest first.</summary>
    IReadOnlyList<DocumentSummary> DocumentsOfEntity(long id, int limit);

    int CountDocuments();

    int CountEvents();
}
