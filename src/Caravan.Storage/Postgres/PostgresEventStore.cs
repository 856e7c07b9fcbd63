using Caravan.Core.Sharing;
using Caravan.Storage.Relational;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>The shared-server store on PostgreSQL, from a connection string or a postgres:// URL.</summary>
public sealed class PostgresEventStore : RelationalEventStore
{
    public PostgresEventStore(string connection, Reader reader)
        : base(Open(connection), reader)
    {
    }

    protected override IReadOnlyList<string> Migrations => RelationalSchema.Postgres;

    protected override (string Sql, string Query) FullTextSearch(IReadOnlyList<SearchTerm> terms, string summaryColumns, string visible) => (
        $"""
        SELECT {summaryColumns}, substr(d.text, p.at, @window), p.at, length(d.text)
        FROM documents d CROSS JOIN LATERAL (SELECT greatest(1, strpos(lower(d.text), @first) - @lead) AS at) p
        WHERE {RelationalSchema.PostgresDocumentVector} @@ to_tsquery('simple', @query) AND {visible}
        ORDER BY ts_rank({RelationalSchema.PostgresDocumentVector}, to_tsquery('simple', @query)) DESC, d.id
        LIMIT @limit
        """,
        string.Join(" & ", terms.Select(t => t.Word + (t.Prefix ? ":*" : ""))));

    // One lock number for the knowledge base of this database; held until the saving transaction ends.
    protected override void LockAuditLog(System.Data.Common.DbTransaction transaction) =>
        ExecuteInTransaction(transaction, "SELECT pg_advisory_xact_lock(7261123)");

    protected override string SkipLocked => "FOR UPDATE SKIP LOCKED";

    protected override void LockStixObjects(System.Data.Common.DbTransaction transaction) =>
        ExecuteInTransaction(transaction, "SELECT pg_advisory_xact_lock(7261124)");

    protected override void LockKnowledgeBase(System.Data.Common.DbTransaction transaction) =>
        ExecuteInTransaction(transaction, "SELECT pg_advisory_xact_lock(7261122)");

    public static bool IsPostgres(string database) =>
        database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || database.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>"postgres://user:password@host:port/database" as an Npgsql connection string.</summary>
    public static string ToConnectionString(string database)
    {
        if (!IsPostgres(database) || database.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            return database;
        }

        var uri = new Uri(database);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = uri.AbsolutePath.Trim('/'),
        };
        var credentials = uri.UserInfo.Split(':', 2);
        if (credentials[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(credentials[0]);
        }

        if (credentials.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(credentials[1]);
        }

        return builder.ConnectionString;
    }

    private static NpgsqlConnection Open(string database)
    {
        var connection = new NpgsqlConnection(ToConnectionString(database));
        try
        {
            connection.Open();
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or UriFormatException)
        {
            connection.Dispose();
            throw new StoreException($"cannot open PostgreSQL database: {e.Message}", e);
        }
    }
}
