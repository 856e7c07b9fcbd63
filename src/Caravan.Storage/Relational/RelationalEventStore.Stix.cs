using System.Data.Common;
using System.Globalization;
using System.Text;
using Caravan.Core.Documents;
using Caravan.Core.Sharing;
using Caravan.Storage.Stix;

namespace Caravan.Storage.Relational;

/// <summary>STIX objects by collection for the TAXII server, what waits to be published, and sync watermarks.</summary>
public abstract partial class RelationalEventStore
{
    private const string StixColumns = "o.collection, o.owner_org, o.tlp, o.id, o.type, o.spec_version, o.version, o.date_added, o.seq";

    /// <summary>Marks a document to be published again, inside the transaction that changed it.</summary>
    private void MarkForPublishing(DocumentId document, DbTransaction transaction)
    {
        using var mark = Command(
            """
            INSERT INTO stix_pending (document_id, revision) VALUES (@doc, 1)
            ON CONFLICT (document_id) DO UPDATE SET revision = stix_pending.revision + 1
            """, transaction);
        Add(mark, "@doc", document.Value);
        mark.ExecuteNonQuery();
    }

    public IReadOnlyList<PendingPublication> PendingPublications(int limit)
    {
        using var command = Command("SELECT document_id, revision FROM stix_pending ORDER BY document_id LIMIT @limit");
        Add(command, "@limit", limit);
        var pending = new List<PendingPublication>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            pending.Add(new PendingPublication(new DocumentId(reader.GetString(0)), reader.GetInt64(1)));
        }

        return pending;
    }

    public void Publish(PendingPublication publication, IReadOnlyList<StixObjectRecord> objects)
    {
        using var transaction = connection.BeginTransaction();
        var added = NextDateAdded(transaction);
        foreach (var o in objects)
        {
            // Our own object, changed since it was last published, is replaced and moves to the end of the order, so
            // that partners pulling with added_after see it again.
            using var upsert = InsertStixObject(o, added, transaction,
                "ON CONFLICT (collection, id, version) DO UPDATE SET json = excluded.json, date_added = excluded.date_added WHERE stix_objects.json <> excluded.json");
            upsert.ExecuteNonQuery();
        }

        using var done = Command("DELETE FROM stix_pending WHERE document_id = @doc AND revision = @revision", transaction);
        Add(done, "@doc", publication.Document.Value);
        Add(done, "@revision", publication.Revision);
        done.ExecuteNonQuery();
        transaction.Commit();
    }

    public IReadOnlyList<StixAddOutcome> AddStixObjects(IReadOnlyList<StixObjectRecord> objects)
    {
        using var transaction = connection.BeginTransaction();
        var added = NextDateAdded(transaction);
        var outcomes = new List<StixAddOutcome>(objects.Count);
        foreach (var o in objects)
        {
            using var insert = InsertStixObject(o, added, transaction, "ON CONFLICT DO NOTHING");
            outcomes.Add(new StixAddOutcome(o.Id, o.Version, insert.ExecuteNonQuery() == 1));
        }

        transaction.Commit();
        return outcomes;
    }

    public int DeleteStixObjects(IReadOnlyList<long> sequences, string actor)
    {
        using var transaction = connection.BeginTransaction();
        var deleted = 0;
        foreach (var sequence in sequences)
        {
            using var delete = Command("DELETE FROM stix_objects WHERE seq = @seq", transaction);
            Add(delete, "@seq", sequence);
            deleted += delete.ExecuteNonQuery();
        }

        AppendAudit(new Core.Audit.AuditEntry(DateTimeOffset.UtcNow, actor, Reader.Organisation, Core.Audit.AuditActions.Delete, "taxii",
            string.Create(CultureInfo.InvariantCulture, $"{deleted} object versions deleted")), transaction);
        transaction.Commit();
        return deleted;
    }

    private DbCommand InsertStixObject(StixObjectRecord o, string dateAdded, DbTransaction transaction, string onConflict)
    {
        var insert = Command(
            $"""
            INSERT INTO stix_objects (collection, owner_org, tlp, id, type, spec_version, version, date_added, json)
            VALUES (@collection, @owner, @tlp, @id, @type, @spec, @version, @added, @json)
            {onConflict}
            """, transaction);
        Add(insert, "@collection", o.Collection);
        Add(insert, "@owner", o.Marking.Owner);
        Add(insert, "@tlp", o.Marking.Tlp.ToWireName());
        Add(insert, "@id", o.Id);
        Add(insert, "@type", o.Type);
        Add(insert, "@spec", o.SpecVersion);
        Add(insert, "@version", o.Version);
        Add(insert, "@added", dateAdded);
        Add(insert, "@json", o.Json);
        return insert;
    }

    /// <summary>
    /// The date_added of one write: now, but never at or before anything already added. Writers take turns (a
    /// lock on PostgreSQL, the one writer of SQLite), so a partner who pulls with added_after never misses an
    /// object that committed late with an earlier time.
    /// </summary>
    private string NextDateAdded(DbTransaction transaction)
    {
        LockStixObjects(transaction);
        using var last = Command("SELECT MAX(date_added) FROM stix_objects", transaction);
        var now = StixVersions.Normalise(DateTimeOffset.UtcNow);
        return last.ExecuteScalar() is string latest && string.CompareOrdinal(latest, now) >= 0
            ? StixVersions.Normalise(DateTimeOffset.Parse(latest, CultureInfo.InvariantCulture).AddTicks(10))
            : now;
    }

    /// <summary>One writer of STIX objects at a time, so date_added grows in the order of commits.</summary>
    protected virtual void LockStixObjects(DbTransaction transaction)
    {
    }

    public StixObjectPage QueryStixObjects(StixObjectQuery query)
    {
        var where = new StringBuilder($"o.collection = @collection AND {Visible("o")}");
        using var command = Command("");
        Add(command, "@collection", query.Collection);
        // One lower bound, so that both databases seek the (collection, date_added, seq) index to it rather than scan the
        // collection from its start on every page: the cursor where it lies past added_after, else added_after alone
        // (which then implies the cursor). The cursor is a row-value comparison, which both use as an index range.
        if (query.After is { } after && (query.AddedAfter is null || string.CompareOrdinal(after.DateAdded, query.AddedAfter) > 0))
        {
            where.Append(" AND (o.date_added, o.seq) > (@afterDate, @afterSeq)");
            Add(command, "@afterDate", after.DateAdded);
            Add(command, "@afterSeq", after.Sequence);
        }
        else if (query.AddedAfter is { } addedAfter)
        {
            where.Append(" AND o.date_added > @addedAfter");
            Add(command, "@addedAfter", addedAfter);
        }

        AppendIn(where, command, "o.id", "@id", query.Ids);
        AppendIn(where, command, "o.type", "@type", query.Types);
        AppendIn(where, command, "o.spec_version", "@spec", query.SpecVersions);
        AppendVersions(where, command, query.Versions);
        command.CommandText =
            $"""
            SELECT {StixColumns}, {(query.WithoutContent ? "''" : "o.json")}
            FROM stix_objects o
            WHERE {where}
            ORDER BY o.date_added, o.seq
            LIMIT @limit
            """;
        if (command.CommandText.Contains(ReaderParameter, StringComparison.Ordinal))
        {
            Add(command, ReaderParameter, Reader.Organisation!);
        }

        Add(command, "@limit", query.Limit + 1);
        var objects = new List<StoredStixObject>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var record = new StixObjectRecord(reader.GetString(0), new Marking(reader.GetString(1), Tlps.Parse(reader.GetString(2))),
                reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(9));
            objects.Add(new StoredStixObject(record, reader.GetString(7), reader.GetInt64(8)));
        }

        var more = objects.Count > query.Limit;
        return new StixObjectPage(more ? objects[..query.Limit] : objects, more);
    }

    private static void AppendIn(StringBuilder where, DbCommand command, string column, string prefix, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        var names = values.Select((v, i) => $"{prefix}{i}").ToList();
        where.Append(CultureInfo.InvariantCulture, $" AND {column} IN ({string.Join(", ", names)})");
        for (var i = 0; i < values.Count; i++)
        {
            Add(command, names[i], values[i]);
        }
    }

    private static void AppendVersions(StringBuilder where, DbCommand command, StixVersionFilter versions)
    {
        if (versions.All)
        {
            return;
        }

        // The first and last versions are those with none older (newer) in the same collection; the unique index on
        // (collection, id, version) answers each probe.
        var any = new List<string>();
        if (versions.LastVersion)
        {
            any.Add("NOT EXISTS (SELECT 1 FROM stix_objects n WHERE n.collection = o.collection AND n.id = o.id AND n.version > o.version)");
        }

        if (versions.First)
        {
            any.Add("NOT EXISTS (SELECT 1 FROM stix_objects n WHERE n.collection = o.collection AND n.id = o.id AND n.version < o.version)");
        }

        for (var i = 0; i < versions.Exact.Count; i++)
        {
            any.Add($"o.version = @version{i}");
            Add(command, $"@version{i}", versions.Exact[i]);
        }

        where.Append(" AND (").Append(any.Count == 0 ? "1 = 0" : string.Join(" OR ", any)).Append(')');
    }

    public IReadOnlyList<string> Organisations()
    {
        using var command = Command("SELECT organisation FROM users UNION SELECT owner_org FROM documents ORDER BY 1");
        var organisations = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            organisations.Add(reader.GetString(0));
        }

        return organisations;
    }

    public void SaveTaxiiStatus(string id, string json)
    {
        using var insert = Command("INSERT INTO taxii_status (id, at, json) VALUES (@id, @at, @json)");
        Add(insert, "@id", id);
        Add(insert, "@at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        Add(insert, "@json", json);
        insert.ExecuteNonQuery();
    }

    public string? FindTaxiiStatus(string id)
    {
        using var command = Command("SELECT json FROM taxii_status WHERE id = @id");
        Add(command, "@id", id);
        return command.ExecuteScalar() as string;
    }

    public string? SyncWatermark(string source, string collection)
    {
        using var command = Command("SELECT date_added FROM sync_state WHERE source = @source AND collection = @collection");
        Add(command, "@source", source);
        Add(command, "@collection", collection);
        return command.ExecuteScalar() as string;
    }

    public void SetSyncWatermark(string source, string collection, string dateAdded)
    {
        using var upsert = Command(
            """
            INSERT INTO sync_state (source, collection, date_added) VALUES (@source, @collection, @added)
            ON CONFLICT (source, collection) DO UPDATE SET date_added = excluded.date_added
            """);
        Add(upsert, "@source", source);
        Add(upsert, "@collection", collection);
        Add(upsert, "@added", dateAdded);
        upsert.ExecuteNonQuery();
    }
}
