namespace Caravan.Storage;

/// <summary>Documents as a list and by full-text search (SQLite FTS5; PostgreSQL text search).</summary>
public interface IDocumentCatalog
{
    /// <summary>
    /// A document with this text (<see cref="Caravan.Core.Documents.DocumentId.FromContent"/>) that the reader may
    /// see, the reader's own first; null when the reader may see none, whoever else holds one.
    /// </summary>
    Caravan.Core.Documents.DocumentId? FindVisibleCopy(Caravan.Core.Documents.DocumentId content);

    /// <summary>Newest ingested first.</summary>
    IReadOnlyList<DocumentSummary> ListDocuments(int limit, int offset);

    /// <summary>
    /// Documents that contain every word of <paramref name="query"/> (a word ending in * matches as a prefix),
    /// best first, each with a snippet whose matched words are wrapped in <paramref name="mark"/>'s two halves.
    /// </summary>
    IReadOnlyList<SearchHit> SearchDocuments(string query, int limit, (string Open, string Close) mark);
}

/// <summary>A document in a list: identity, provenance and how much was found in it.</summary>
public sealed record DocumentSummary(string Id, string FileName, string? Title, string? Outlet, string? Published, DateTimeOffset IngestedAt, int Events);

/// <summary>A document that matched a search, with the matching passage.</summary>
public sealed record SearchHit(DocumentSummary Document, string Snippet);
