using System.Data.Common;
using System.Globalization;
using Caravan.Core.Resolution;

namespace Caravan.Storage.Relational;

/// <summary>Documents as lists and by full-text search; the entity page's events, documents and neighbours.</summary>
public abstract partial class RelationalEventStore
{
    private string SummaryColumns =>
        $"d.id, d.file_name, d.title, d.outlet, d.published, d.ingested_at, (SELECT COUNT(*) FROM events x WHERE x.document_id = d.id AND x.review_state <> 'rejected' AND {Visible("x")}), d.tlp";

    /// <summary>
    /// The dialect's search: SQL selecting <see cref="SummaryColumns"/>, then the <see cref="SearchPassage.Window"/>
    /// characters of the text from <see cref="SearchPassage.Lead"/> before the first occurrence of @first (lower
    /// case; from the start when it does not occur as written), the window's start (1-based) and the text's length,
    /// for documents matching @query (best first, at most @limit) among those <paramref name="visible"/> lets the
    /// reader see, with the query text to bind.
    /// </summary>
    protected abstract (string Sql, string Query) FullTextSearch(IReadOnlyList<SearchTerm> terms, string summaryColumns, string visible);

    public IReadOnlyList<DocumentSummary> ListDocuments(int limit, int offset) =>
        Summaries($"SELECT {SummaryColumns} FROM documents d WHERE {Visible("d")} ORDER BY d.ingested_at DESC, d.id LIMIT @limit OFFSET @offset", c =>
        {
            Add(c, "@limit", limit);
            Add(c, "@offset", offset);
        });

    public IReadOnlyList<SearchHit> SearchDocuments(string query, int limit, (string Open, string Close) mark)
    {
        var terms = SearchTerm.Parse(query);
        if (terms.Count == 0)
        {
            return [];
        }

        var (sql, text) = FullTextSearch(terms, SummaryColumns, Visible("d"));
        using var command = Command(sql);
        Add(command, "@query", text);
        Add(command, "@limit", limit);
        Add(command, "@first", terms[0].Word);
        Add(command, "@window", SearchPassage.Window);
        Add(command, "@lead", SearchPassage.Lead);
        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var window = reader.GetString(8);
            var start = Convert.ToInt32(reader.GetValue(9), CultureInfo.InvariantCulture);
            var length = Convert.ToInt32(reader.GetValue(10), CultureInfo.InvariantCulture);
            hits.Add(new SearchHit(ReadSummary(reader), SearchPassage.Mark(window, start <= 1, start - 1 + window.Length >= length, terms, mark)));
        }

        return hits;
    }

    public IReadOnlyList<StoredEvent> EventsOfEntity(long id, int limit)
    {
        var entity = GetEntity(id);
        if (entity is null)
        {
            return [];
        }

        var names = entity.Aliases.Append(entity.Name).Select(n => n.ToLowerInvariant()).Distinct().ToList();
        var inLinkedDocuments = Query(
            "WHERE e.review_state <> 'rejected' AND e.document_id IN (SELECT document_id FROM kb_links WHERE entity_id = @entity)",
            c => Add(c, "@entity", entity.Id),
            100_000,
            0,
            EventSort.DateDescending);
        return [.. inLinkedDocuments
            .Where(e => e.Event.Actors.Concat(e.Event.Targets).Any(p => names.Any(n => p.Contains(n, StringComparison.OrdinalIgnoreCase))))
            .Take(limit)];
    }

    public IReadOnlyList<(KnownEntity Entity, int SharedDocuments)> CoOccurring(long id, int limit)
    {
        var entity = GetEntity(id);
        if (entity is null)
        {
            return [];
        }

        var counts = new List<(long Id, int Shared)>();
        using (var command = Command(
            $"""
            SELECT other.entity_id, COUNT(DISTINCT other.document_id) AS shared
            FROM kb_links mine JOIN kb_links other ON other.document_id = mine.document_id JOIN documents d ON d.id = mine.document_id
            WHERE mine.entity_id = @entity AND other.entity_id <> @entity AND {Visible("d")}
            GROUP BY other.entity_id
            ORDER BY shared DESC, other.entity_id
            LIMIT @limit
            """))
        {
            Add(command, "@entity", entity.Id);
            Add(command, "@limit", limit);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                counts.Add((reader.GetInt64(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture)));
            }
        }

        return [.. counts.Select(c => (GetEntity(c.Id), c.Shared)).Where(c => c.Item1 is not null).Select(c => (c.Item1!, c.Shared))];
    }

    public IReadOnlyList<DocumentSummary> DocumentsOfEntity(long id, int limit)
    {
        var entity = GetEntity(id);
        return entity is null
            ? []
            : Summaries(
                $"SELECT {SummaryColumns} FROM documents d WHERE d.id IN (SELECT document_id FROM kb_links WHERE entity_id = @entity) AND {Visible("d")} ORDER BY d.ingested_at DESC, d.id LIMIT @limit",
                c =>
                {
                    Add(c, "@entity", entity.Id);
                    Add(c, "@limit", limit);
                });
    }

    private List<DocumentSummary> Summaries(string sql, Action<DbCommand> bind)
    {
        using var command = Command(sql);
        bind(command);
        var summaries = new List<DocumentSummary>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            summaries.Add(ReadSummary(reader));
        }

        return summaries;
    }

    private DocumentSummary ReadSummary(DbDataReader r)
    {
        NoteRead("document/" + r.GetString(0), r.GetString(7));
        return new(
            r.GetString(0),
            r.GetString(1),
            String(r, 2),
            String(r, 3),
            String(r, 4),
            DateTimeOffset.Parse(r.GetString(5), CultureInfo.InvariantCulture),
            Convert.ToInt32(r.GetValue(6), CultureInfo.InvariantCulture));
    }
}
