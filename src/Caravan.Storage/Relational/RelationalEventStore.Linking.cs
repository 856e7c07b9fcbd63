using System.Data.Common;
using System.Globalization;
using System.Text;
using Caravan.Core.Documents;
using Caravan.Core.Entities;
using Caravan.Core.Resolution;

namespace Caravan.Storage.Relational;

/// <summary>
/// Links a new document's entities to the knowledge base in a few round trips for the whole document, not a few
/// per candidate key: every candidate of every entity is read at once (ids, merges, names, spellings, analysts'
/// splits), the matching is decided in memory, and the new spellings, keys and links are written in one statement each.
/// </summary>
public abstract partial class RelationalEventStore
{
    // SQLite allows 32,766 parameters in a statement and PostgreSQL 65,535: 500 rows of up to 5 columns stay well within.
    private const int RowsPerStatement = 500;

    private void Link(DocumentId document, IReadOnlyList<Entity> entities, IEntityMatcher matcher, DbTransaction transaction)
    {
        var keysOf = entities.Select(e => matcher.CandidateKeys(e).Distinct(StringComparer.Ordinal).ToList()).ToList();
        var byKey = CandidatesByKey([.. keysOf.SelectMany(k => k).Distinct(StringComparer.Ordinal)], transaction);
        var candidateIds = byKey.Values.SelectMany(ids => ids).Distinct().ToList();
        var known = KnownForLinking(candidateIds, transaction);
        var splits = SplitAliases(candidateIds, transaction);
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var aliasRows = new List<object[]>();
        var keyRows = new List<object[]>();
        var links = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            var candidates = keysOf[i].SelectMany(key => byKey.GetValueOrDefault(key) ?? []).Distinct();
            var chosen = candidates.FirstOrDefault(id => IsSameEntity(entity, id, known, splits, matcher), -1);
            var withheld = chosen < 0 ? [] : splits.GetValueOrDefault(chosen) ?? []; // an alias an analyst took out does not come back with a new document
            var id = chosen >= 0 ? chosen : InsertEntity(entity, transaction);
            var spellings = entity.Aliases.Append(entity.Name).Distinct(StringComparer.Ordinal).Where(a => !withheld.Contains(a)).ToList();

            // What this document adds is seen by its later entities, as if each were linked on its own.
            known[id] = known.TryGetValue(id, out var before)
                ? before with { Aliases = [.. before.Aliases.Union(spellings, StringComparer.Ordinal)] }
                : new KnownEntity(id, entity.Name, entity.Type, entity.Country, spellings);
            foreach (var key in keysOf[i])
            {
                var ids = byKey.TryGetValue(key, out var list) ? list : byKey[key] = [];
                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }

                keyRows.Add([key, id]);
            }

            aliasRows.AddRange(spellings.Select(alias => new object[] { id, alias, document.Value, now }));
            links[entity.Name] = id;
        }

        InsertRows(transaction, "INSERT INTO kb_aliases (entity_id, alias, document_id, first_seen) VALUES {0} ON CONFLICT DO NOTHING", aliasRows);
        InsertRows(transaction, "INSERT INTO kb_keys (key, entity_id) VALUES {0} ON CONFLICT DO NOTHING", keyRows);
        InsertRows(transaction, "INSERT INTO kb_links (document_id, entity_name, entity_id) VALUES {0} ON CONFLICT (document_id, entity_name) DO UPDATE SET entity_id = excluded.entity_id",
            [.. links.Select(link => new object[] { document.Value, link.Key, link.Value })]);
    }

    private static bool IsSameEntity(Entity entity, long candidate, Dictionary<long, KnownEntity> known, Dictionary<long, HashSet<string>> splits, IEntityMatcher matcher) =>
        known.TryGetValue(candidate, out var k) && k.Type == entity.Type && !(splits.GetValueOrDefault(candidate)?.Contains(entity.Name) ?? false)
        && (SharesAlias(entity, k) || matcher.SameEntity(entity, new Entity(k.Name, k.Type, k.Aliases) { Country = k.Country }));

    // An alias the knowledge base already holds for the entity (an analyst's merge made it so) links outright.
    private static bool SharesAlias(Entity entity, KnownEntity known) =>
        entity.Aliases.Append(entity.Name).Any(alias => known.Aliases.Contains(alias, StringComparer.Ordinal));

    /// <summary>For each key, the entities it names (followed through merges), in the order of their ids.</summary>
    private Dictionary<string, List<long>> CandidatesByKey(IReadOnlyList<string> keys, DbTransaction transaction)
    {
        var byKey = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        var rows = new List<(string Key, long Id)>();
        ReadIn("SELECT key, entity_id FROM kb_keys WHERE key IN ({0})", keys, transaction, reader => rows.Add((reader.GetString(0), reader.GetInt64(1))));
        rows.Sort((a, b) => a.Id.CompareTo(b.Id));

        var resolved = ResolveAll([.. rows.Select(r => r.Id).Distinct()], transaction);
        foreach (var (key, id) in rows)
        {
            var ids = byKey.TryGetValue(key, out var list) ? list : byKey[key] = [];
            if (!ids.Contains(resolved[id]))
            {
                ids.Add(resolved[id]);
            }
        }

        return byKey;
    }

    /// <summary>Where each entity now lives: itself, or the entity it was merged into, followed to the end.</summary>
    private Dictionary<long, long> ResolveAll(IReadOnlyList<long> ids, DbTransaction transaction)
    {
        var into = new Dictionary<long, long?>();
        var pending = ids.ToList();
        for (var round = 0; pending.Count > 0; round++)
        {
            if (round == 100)
            {
                throw new StoreException($"entity {pending[0]} is merged in a cycle");
            }

            ReadIn("SELECT id, merged_into FROM kb_entities WHERE id IN ({0})", pending, transaction,
                reader => into[reader.GetInt64(0)] = reader.IsDBNull(1) ? null : reader.GetInt64(1));

            pending = [.. into.Values.OfType<long>().Where(next => !into.ContainsKey(next)).Distinct()];
        }

        return ids.ToDictionary(id => id, id => Follow(id, into));
    }

    private static long Follow(long id, Dictionary<long, long?> into)
    {
        for (var hops = 0; hops < 100; hops++)
        {
            if (into.GetValueOrDefault(id) is not { } next)
            {
                return id;
            }

            id = next;
        }

        throw new StoreException($"entity {id} is merged in a cycle");
    }

    /// <summary>The candidates the writer may link to, with the spellings it may see: all for the instance, for a reader those a visible document names.</summary>
    private Dictionary<long, KnownEntity> KnownForLinking(IReadOnlyList<long> ids, DbTransaction transaction)
    {
        var known = new Dictionary<long, KnownEntity>();
        var seen = Reader.IsInstance ? "1 = 1" : $"EXISTS (SELECT 1 FROM kb_links l JOIN documents d ON d.id = l.document_id WHERE l.entity_id = e.id AND {Visible("d")})";
        ReadIn($"SELECT e.id, e.name, e.type, e.country FROM kb_entities e WHERE e.id IN ({{0}}) AND {seen}", ids, transaction, reader =>
        {
            EntityTypes.TryParse(reader.GetString(2), out var type);
            known[reader.GetInt64(0)] = new KnownEntity(reader.GetInt64(0), reader.GetString(1), type, reader.IsDBNull(3) ? null : reader.GetString(3), []);
        });

        var spelled = Reader.IsInstance ? "1 = 1" : $"""
            EXISTS (SELECT 1 FROM kb_links l JOIN documents d ON d.id = l.document_id
                    WHERE l.entity_id = a.entity_id AND lower(l.entity_name) = lower(a.alias) AND {Visible("d")})
            """;
        var aliases = new Dictionary<long, List<string>>();
        ReadIn($"SELECT a.entity_id, a.alias FROM kb_aliases a WHERE a.entity_id IN ({{0}}) AND {spelled} ORDER BY a.entity_id, a.first_seen, a.alias", [.. known.Keys], transaction, reader =>
        {
            var list = aliases.TryGetValue(reader.GetInt64(0), out var found) ? found : aliases[reader.GetInt64(0)] = [];
            list.Add(reader.GetString(1));
        });

        foreach (var (id, list) in aliases)
        {
            known[id] = known[id] with { Aliases = list };
        }

        return known;
    }

    /// <summary>The spellings analysts split off each entity, which must not link back to it.</summary>
    private Dictionary<long, HashSet<string>> SplitAliases(IReadOnlyList<long> ids, DbTransaction transaction)
    {
        var splits = new Dictionary<long, HashSet<string>>();
        ReadIn("SELECT entity_id, alias FROM kb_decisions WHERE action = 'split' AND entity_id IN ({0})", ids, transaction, reader =>
        {
            var set = splits.TryGetValue(reader.GetInt64(0), out var found) ? found : splits[reader.GetInt64(0)] = new HashSet<string>(StringComparer.Ordinal);
            set.Add(reader.GetString(1));
        });
        return splits;
    }

    /// <summary>
    /// Runs a query whose "{0}" is a list of parameters over the values, in slices that stay within the databases'
    /// parameter limits (a 5 MB text names thousands of entities), and hands each row to <paramref name="read"/>.
    /// </summary>
    private void ReadIn<T>(string sqlWithList, IReadOnlyList<T> values, DbTransaction transaction, Action<DbDataReader> read)
        where T : notnull
    {
        for (var from = 0; from < values.Count; from += RowsPerStatement)
        {
            var slice = values.Skip(from).Take(RowsPerStatement).Select((value, i) => ("@v" + i.ToString(CultureInfo.InvariantCulture), (object)value)).ToList();
            using var command = Command(string.Format(CultureInfo.InvariantCulture, sqlWithList, string.Join(", ", slice.Select(p => p.Item1))), transaction, slice);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                read(reader);
            }
        }
    }

    /// <summary>Multi-row INSERTs for all rows (each an array of column values, in the statement's order), a slice of rows per statement.</summary>
    private void InsertRows(DbTransaction transaction, string sqlWithValues, IReadOnlyList<object[]> rows)
    {
        for (var from = 0; from < rows.Count; from += RowsPerStatement)
        {
            var values = new StringBuilder();
            var parameters = new List<(string, object)>();
            for (var r = from; r < Math.Min(rows.Count, from + RowsPerStatement); r++)
            {
                values.Append(r == from ? "(" : ", (");
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"@r{r - from}c{c}");
                    values.Append(c == 0 ? name : ", " + name);
                    parameters.Add((name, rows[r][c]));
                }

                values.Append(')');
            }

            Execute(transaction, string.Format(CultureInfo.InvariantCulture, sqlWithValues, values), [.. parameters]);
        }
    }
}
