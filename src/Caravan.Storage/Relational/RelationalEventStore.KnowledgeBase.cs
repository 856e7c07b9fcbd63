using System.Data.Common;
using System.Globalization;
using Caravan.Core.Audit;
using Caravan.Core.Documents;
using Caravan.Core.Entities;
using Caravan.Core.Resolution;

namespace Caravan.Storage.Relational;

/// <summary>The knowledge base of canonical entities: linking at ingest, search, and analysts' merges and splits.</summary>
public abstract partial class RelationalEventStore
{
    private const string Merge = "merge";
    private const string Split = "split";

    public IReadOnlyList<KnownEntity> SearchEntities(string? text, EntityType? type, int limit)
    {
        using var command = Command(
            $"""
            SELECT e.id FROM kb_entities e
            WHERE e.merged_into IS NULL
              AND {SeenInVisibleDocument("e")}
              AND (CAST(@type AS TEXT) IS NULL OR e.type = CAST(@type AS TEXT))
              AND (CAST(@text AS TEXT) IS NULL OR lower(e.name) LIKE @like ESCAPE '\' OR EXISTS (SELECT 1 FROM kb_aliases a WHERE a.entity_id = e.id AND lower(a.alias) LIKE @like ESCAPE '\'))
            ORDER BY (SELECT COUNT(DISTINCT l.document_id) FROM kb_links l WHERE l.entity_id = e.id) DESC, e.name
            LIMIT @limit
            """);
        Add(command, "@type", type is { } t ? t.ToWireName() : DBNull.Value);
        Add(command, "@text", (object?)text ?? DBNull.Value);
        Add(command, "@like", LikePattern.Containing(text?.ToLowerInvariant() ?? ""));
        Add(command, "@limit", limit);
        var ids = new List<long>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        return [.. ids.Select(id => LoadEntity(id, null)).OfType<KnownEntity>()];
    }

    public KnownEntity? GetEntity(long id) => LoadEntity(Resolve(id, null), null);

    public KnownEntity MergeEntities(long kept, long merged, string analyst, string? note)
    {
        kept = Resolve(kept, null);
        merged = Resolve(merged, null);
        var keptEntity = LoadEntity(kept, null) ?? throw new StoreException($"no entity {kept}");
        var mergedEntity = LoadEntity(merged, null) ?? throw new StoreException($"no entity {merged}");
        if (kept == merged)
        {
            throw new StoreException($"entity {kept} is already '{keptEntity.Name}'");
        }

        if (keptEntity.Type != mergedEntity.Type)
        {
            throw new StoreException($"'{keptEntity.Name}' is {keptEntity.Type.ToWireName()} and '{mergedEntity.Name}' is {mergedEntity.Type.ToWireName()}; only entities of one type merge");
        }

        EnsureMayChangeEntity(kept);
        EnsureMayChangeEntity(merged);

        using var transaction = connection.BeginTransaction();
        Execute(transaction, "INSERT INTO kb_aliases (entity_id, alias, document_id, first_seen) SELECT @kept, alias, document_id, first_seen FROM kb_aliases WHERE entity_id = @merged ON CONFLICT DO NOTHING", ("@kept", kept), ("@merged", merged));
        Execute(transaction, "DELETE FROM kb_aliases WHERE entity_id = @merged", ("@merged", merged));
        Execute(transaction, "INSERT INTO kb_keys (key, entity_id) SELECT key, @kept FROM kb_keys WHERE entity_id = @merged ON CONFLICT DO NOTHING", ("@kept", kept), ("@merged", merged));
        Execute(transaction, "DELETE FROM kb_keys WHERE entity_id = @merged", ("@merged", merged));
        Execute(transaction, "UPDATE kb_links SET entity_id = @kept WHERE entity_id = @merged", ("@kept", kept), ("@merged", merged));
        Execute(transaction, "UPDATE kb_entities SET merged_into = @kept WHERE id = @merged", ("@kept", kept), ("@merged", merged));
        RecordDecision(transaction, Merge, kept, merged, null, analyst, note);
        AuditChange(transaction, analyst, AuditActions.Merge, $"entity/{kept}", $"merged entity {merged}", note);
        transaction.Commit();
        return LoadEntity(kept, null)!;
    }

    public KnownEntity SplitAlias(long entity, string alias, string analyst, string? note, IEntityMatcher matcher)
    {
        entity = Resolve(entity, null);
        var source = LoadEntity(entity, null) ?? throw new StoreException($"no entity {entity}");
        if (!source.Aliases.Contains(alias, StringComparer.Ordinal))
        {
            throw new StoreException($"'{source.Name}' has no alias '{alias}'; its aliases are: {string.Join(", ", source.Aliases)}");
        }

        if (source.Aliases.Count == 1)
        {
            throw new StoreException($"'{alias}' is the only alias of '{source.Name}'; nothing to split from");
        }

        EnsureMayChangeEntity(entity);

        using var transaction = connection.BeginTransaction();
        var created = InsertEntity(new Entity(alias, source.Type, [alias]) { Country = source.Country }, transaction);
        Execute(transaction, "UPDATE kb_aliases SET entity_id = @created WHERE entity_id = @entity AND alias = @alias", ("@created", created), ("@entity", entity), ("@alias", alias));
        Execute(transaction, "UPDATE kb_links SET entity_id = @created WHERE entity_id = @entity AND entity_name = @alias", ("@created", created), ("@entity", entity), ("@alias", alias));
        Execute(transaction, "DELETE FROM kb_keys WHERE entity_id = @entity", ("@entity", entity));
        var remaining = LoadEntity(entity, transaction)!;
        InsertKeys(entity, matcher.CandidateKeys(new Entity(remaining.Name, remaining.Type, remaining.Aliases)), transaction);
        InsertKeys(created, matcher.CandidateKeys(new Entity(alias, source.Type, [alias])), transaction);
        RecordDecision(transaction, Split, entity, created, alias, analyst, note);
        AuditChange(transaction, analyst, AuditActions.Split, $"entity/{entity}", $"alias '{alias}' to entity {created}", note);
        transaction.Commit();
        return LoadEntity(created, null)!;
    }

    public IReadOnlyList<EntityDecision> EntityDecisions()
    {
        using var command = Command("SELECT id, action, entity_id, other_entity_id, alias, analyst, at, note FROM kb_decisions ORDER BY id");
        var decisions = new List<EntityDecision>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            decisions.Add(new EntityDecision(
                reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5),
                DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return decisions;
    }

    private long InsertEntity(Entity entity, DbTransaction transaction)
    {
        using var command = Command("INSERT INTO kb_entities (name, type, country, created_at) VALUES (@name, @type, @country, @at) RETURNING id", transaction);
        Add(command, "@name", entity.Name);
        Add(command, "@type", entity.Type.ToWireName());
        Add(command, "@country", (object?)entity.Country ?? DBNull.Value);
        Add(command, "@at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return (long)command.ExecuteScalar()!;
    }

    private void InsertKeys(long id, IEnumerable<string> keys, DbTransaction transaction)
    {
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            Execute(transaction, "INSERT INTO kb_keys (key, entity_id) VALUES (@key, @id) ON CONFLICT DO NOTHING", ("@key", key), ("@id", id));
        }
    }

    private long Resolve(long id, DbTransaction? transaction)
    {
        for (var hops = 0; hops < 100; hops++)
        {
            using var command = Command("SELECT merged_into FROM kb_entities WHERE id = @id", transaction);
            Add(command, "@id", id);
            if (command.ExecuteScalar() is not long next)
            {
                return id;
            }

            id = next;
        }

        throw new StoreException($"entity {id} is merged in a cycle");
    }

    // The instance knows every entity, even one an analyst split off that no document names yet; a reader
    // knows those that a document it may see names.
    private string SeenInVisibleDocument(string alias) => Reader.IsInstance
        ? "1 = 1"
        : $"EXISTS (SELECT 1 FROM kb_links l JOIN documents d ON d.id = l.document_id WHERE l.entity_id = {alias}.id AND {Visible("d")})";

    private KnownEntity? LoadEntity(long id, DbTransaction? transaction)
    {
        using var command = Command(
            $"""
            SELECT name, type, country,
                   (SELECT COUNT(DISTINCT l.document_id) FROM kb_links l JOIN documents d ON d.id = l.document_id WHERE l.entity_id = @id AND {Visible("d")})
            FROM kb_entities WHERE id = @id
            """, transaction);
        Add(command, "@id", id);
        string name, country;
        EntityType type;
        int documents;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
            {
                return null;
            }

            name = reader.GetString(0);
            EntityTypes.TryParse(reader.GetString(1), out type);
            country = reader.IsDBNull(2) ? string.Empty : reader.GetString(2);
            documents = Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture);
        }

        if (documents == 0 && !Reader.IsInstance)
        {
            return null;
        }

        // A reader sees only the spellings that occur in documents the reader may see.
        using var aliases = Command(
            Reader.IsInstance
                ? "SELECT alias FROM kb_aliases WHERE entity_id = @id ORDER BY first_seen, alias"
                : $"""
                  SELECT a.alias FROM kb_aliases a
                  WHERE a.entity_id = @id AND EXISTS (SELECT 1 FROM kb_links l JOIN documents d ON d.id = l.document_id
                                                      WHERE l.entity_id = @id AND lower(l.entity_name) = lower(a.alias) AND {Visible("d")})
                  ORDER BY a.first_seen, a.alias
                  """,
            transaction);
        Add(aliases, "@id", id);
        var list = new List<string>();
        using (var reader = aliases.ExecuteReader())
        {
            while (reader.Read())
            {
                list.Add(reader.GetString(0));
            }
        }

        return new KnownEntity(id, name, type, country.Length == 0 ? null : country, list) { Documents = documents };
    }

    private void RecordDecision(DbTransaction transaction, string action, long entity, long other, string? alias, string analyst, string? note) =>
        Execute(transaction, "INSERT INTO kb_decisions (action, entity_id, other_entity_id, alias, analyst, at, note) VALUES (@action, @entity, @other, @alias, @analyst, @at, @note)",
            ("@action", action), ("@entity", entity), ("@other", other), ("@alias", (object?)alias ?? DBNull.Value), ("@analyst", analyst),
            ("@at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)), ("@note", (object?)note ?? DBNull.Value));

    private void Execute(DbTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(sql, transaction, parameters);
        command.ExecuteNonQuery();
    }
}
