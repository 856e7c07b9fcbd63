using Caravan.Core.Documents;
using Caravan.Core.Events;

namespace Caravan.Storage;

/// <summary>An event with its store id and the document it came from.</summary>
public sealed record StoredEvent(long Id, DocumentId DocumentId, string SourceFile, string? Outlet, ExtractedEvent Event);
