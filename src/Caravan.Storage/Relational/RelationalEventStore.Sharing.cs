using System.Data.Common;
using System.Globalization;
using Caravan.Core.Audit;
using Caravan.Core.Sharing;

namespace Caravan.Storage.Relational;

/// <summary>The marking rule in SQL, partners, per-source markings and the hash-chained audit log.</summary>
public abstract partial class RelationalEventStore
{
    private const string ReaderParameter = "@reader";

    public Reader Reader { get; }

    /// <summary>Who the audit log names for what this store does: the user, else the organisation, else the account running the command.</summary>
    private string Actor => Reader.Name ?? Reader.Organisation ?? Environment.UserName;

    /// <summary>
    /// The one place the marking rule (<see cref="MarkingPolicy"/>) is written in SQL: every query that reads
    /// documents or events, whatever path it serves (pages, API, exports, search, TAXII), adds this clause.
    /// </summary>
    internal string Visible(string alias) => Reader.IsInstance
        ? "1 = 1"
        : $"""
          ({alias}.tlp IN ('clear', 'green') OR {alias}.owner_org = {ReaderParameter}
           OR ({alias}.tlp = 'amber' AND EXISTS (SELECT 1 FROM partners p WHERE p.owner = {alias}.owner_org AND p.partner = {ReaderParameter})))
          """;

    public void SharePartner(string owner, string partner)
    {
        InsertPair("partners", owner, partner);
        amberPartners = null;
    }

    public IReadOnlyList<(string Owner, string Partner)> Partners() => Pairs("SELECT owner, partner FROM partners ORDER BY owner, partner");

    public void SetSourceMarking(string source, Tlp tlp)
    {
        using var upsert = Command("INSERT INTO source_markings (source, tlp) VALUES (@source, @tlp) ON CONFLICT (source) DO UPDATE SET tlp = excluded.tlp");
        Add(upsert, "@source", source.Trim().ToLowerInvariant());
        Add(upsert, "@tlp", tlp.ToWireName());
        upsert.ExecuteNonQuery();
    }

    public IReadOnlyList<(string Source, Tlp Tlp)> SourceMarkings()
    {
        using var command = Command("SELECT source, tlp FROM source_markings ORDER BY source");
        var markings = new List<(string, Tlp)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            markings.Add((reader.GetString(0), Tlps.Parse(reader.GetString(1))));
        }

        return markings;
    }

    public Tlp? SourceMarking(string? outlet, string path)
    {
        // An outlet named exactly wins over a path prefix; of several prefixes, the longest.
        var sources = SourceMarkings();
        var byOutlet = sources.FirstOrDefault(s => outlet is not null && s.Source == outlet.Trim().ToLowerInvariant());
        if (byOutlet.Source is not null)
        {
            return byOutlet.Tlp;
        }

        var byPath = sources.Where(s => path.StartsWith(s.Source, StringComparison.OrdinalIgnoreCase)).OrderByDescending(s => s.Source.Length).FirstOrDefault();
        return byPath.Source is not null ? byPath.Tlp : null;
    }

    public AuditEntry Audit(AuditEntry entry)
    {
        using var transaction = connection.BeginTransaction();
        var stored = AppendAudit(entry, transaction);
        transaction.Commit();
        return stored;
    }

    /// <summary>Appends inside the caller's transaction, so a change and its record commit or fail together.</summary>
    private AuditEntry AppendAudit(AuditEntry entry, DbTransaction transaction)
    {
        LockAuditLog(transaction);
        string previous;
        using (var last = Command("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1", transaction))
        {
            previous = last.ExecuteScalar() as string ?? AuditChain.Genesis;
        }

        var stored = entry with { Previous = previous, Hash = AuditChain.Hash(previous, entry) };
        using var insert = Command(
            """
            INSERT INTO audit_log (at, actor, organisation, action, object, detail, previous, hash)
            VALUES (@at, @actor, @org, @action, @object, @detail, @previous, @hash)
            RETURNING id
            """, transaction);
        Add(insert, "@at", stored.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        Add(insert, "@actor", stored.Actor);
        Add(insert, "@org", Nullable(stored.Organisation));
        Add(insert, "@action", stored.Action);
        Add(insert, "@object", Nullable(stored.Object));
        Add(insert, "@detail", Nullable(stored.Detail));
        Add(insert, "@previous", stored.Previous);
        Add(insert, "@hash", stored.Hash);
        return stored with { Id = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture) };
    }

    private void AuditChange(DbTransaction transaction, string analyst, string action, string target, string what, string? note) =>
        AppendAudit(new AuditEntry(DateTimeOffset.UtcNow, analyst, Reader.Organisation, action, target, note is null ? what : $"{what}: {note}"), transaction);

    public IReadOnlyList<AuditEntry> AuditEntries(long afterId, int limit)
    {
        using var command = Command("SELECT id, at, actor, organisation, action, object, detail, previous, hash FROM audit_log WHERE id > @after ORDER BY id LIMIT @limit");
        Add(command, "@after", afterId);
        Add(command, "@limit", limit);
        var entries = new List<AuditEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            entries.Add(new AuditEntry(DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture), reader.GetString(2), String(reader, 3), reader.GetString(4), String(reader, 5), String(reader, 6))
            {
                Id = reader.GetInt64(0),
                Previous = reader.GetString(7),
                Hash = reader.GetString(8),
            });
        }

        return entries;
    }

    /// <summary>One appender at a time, so no two entries link to the same predecessor.</summary>
    protected virtual void LockAuditLog(DbTransaction transaction)
    {
    }
}
