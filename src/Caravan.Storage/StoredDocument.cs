using Caravan.Core.Entities;

namespace Caravan.Storage;

/// <summary>A stored document with everything extracted from it.</summary>
public sealed record StoredDocument(DocumentRecord Document, IReadOnlyList<Entity> Entities, IReadOnlyList<StoredEvent> Events);
