using System.Globalization;
using Caravan.Core.Audit;

namespace Caravan.Storage.Relational;

/// <summary>Analysts' rulings on commitments.</summary>
public abstract partial class RelationalEventStore
{
    public void RuleOnCommitment(StoredCommitmentRuling ruling)
    {
        using var transaction = connection.BeginTransaction();
        using (var insert = Command("INSERT INTO commitment_rulings (commitment, status, analyst, at, note) VALUES (@key, @status, @analyst, @at, @note)", transaction))
        {
            Add(insert, "@key", ruling.Key);
            Add(insert, "@status", ruling.Status);
            Add(insert, "@analyst", ruling.Analyst);
            Add(insert, "@at", ruling.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            Add(insert, "@note", Nullable(ruling.Note));
            insert.ExecuteNonQuery();
        }

        AuditChange(transaction, ruling.Analyst, AuditActions.Review, $"commitment/{ruling.Key}", $"status {ruling.Status}", ruling.Note);
        transaction.Commit();
    }

    public IReadOnlyList<StoredCommitmentRuling> CommitmentRulings()
    {
        using var command = Command("SELECT commitment, status, analyst, at, note FROM commitment_rulings ORDER BY id");
        var rulings = new List<StoredCommitmentRuling>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rulings.Add(new StoredCommitmentRuling(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture), String(reader, 4)));
        }

        return rulings;
    }

    public void RateOutlet(string outlet, string grade, string analyst, string? note)
    {
        using var transaction = connection.BeginTransaction();
        using (var upsert = Command(
            """
            INSERT INTO outlet_ratings (outlet, grade, analyst, at, note) VALUES (@outlet, @grade, @analyst, @at, @note)
            ON CONFLICT (outlet) DO UPDATE SET grade = excluded.grade, analyst = excluded.analyst, at = excluded.at, note = excluded.note
            """, transaction))
        {
            Add(upsert, "@outlet", outlet.Trim());
            Add(upsert, "@grade", grade);
            Add(upsert, "@analyst", analyst);
            Add(upsert, "@at", Now());
            Add(upsert, "@note", Nullable(note));
            upsert.ExecuteNonQuery();
        }

        AuditChange(transaction, analyst, AuditActions.Review, $"outlet/{outlet.Trim()}", $"reliability {grade}", note);
        transaction.Commit();
    }

    public IReadOnlyDictionary<string, string> OutletRatings()
    {
        using var command = Command("SELECT outlet, grade FROM outlet_ratings");
        var ratings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ratings[reader.GetString(0)] = reader.GetString(1);
        }

        return ratings;
    }

    public string ChangeStamp()
    {
        using var command = Command(
            """
            SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM events), (SELECT COALESCE(MAX(id), 0) FROM events),
                   (SELECT COALESCE(MAX(id), 0) FROM event_revisions), (SELECT COUNT(*) FROM commitment_rulings),
                   (SELECT COALESCE(MAX(id), 0) FROM audit_log), (SELECT COUNT(*) FROM partners), (SELECT COUNT(*) FROM outlet_ratings)
            """);
        using var reader = command.ExecuteReader();
        reader.Read();
        return string.Join(':', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)));
    }
}
