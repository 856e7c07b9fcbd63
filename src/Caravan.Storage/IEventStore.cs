using Caravan.Core.Documents;
using Caravan.Core.Entities;
using Caravan.Core.Events;

namespace Caravan.Storage;

/// <summary>
/// Where documents, entities and events live. One interface, a SQLite and a PostgreSQL implementation,
/// one shared test suite. Saving a document and its extraction is atomic and idempotent by content hash.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>Creates or upgrades the schema; safe to call on every start.</summary>
    void Migrate();

    SaveOutcome Save(DocumentRecord document, IReadOnlyList<Entity> entities, IReadOnlyList<ExtractedEvent> events);

    bool Contains(DocumentId id);

    /// <summary>A document by full id, unique id prefix, or file name.</summary>
    StoredDocument? FindDocument(string reference);

    IReadOnlyList<StoredEvent> QueryEvents(EventQuery query);

    int CountDocuments();

    int CountEvents();
}
