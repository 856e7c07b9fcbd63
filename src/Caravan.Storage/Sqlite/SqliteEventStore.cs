using Caravan.Core.Sharing;
using Caravan.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>The embedded default store: one SQLite file in WAL mode, one writer at a time.</summary>
public sealed class SqliteEventStore : RelationalEventStore
{
    private readonly SqliteConnection sqlite;

    public SqliteEventStore(string path, Reader reader)
        : this(Open(path), reader)
    {
    }

    private SqliteEventStore(SqliteConnection connection, Reader reader)
        : base(connection, reader)
    {
        sqlite = connection;
    }

    // Microsoft.Data.Sqlite's Cancel does nothing; SQLite's own interrupt stops the statement at its next step.
    protected override void Interrupt()
    {
        if (sqlite.Handle is { } handle)
        {
            SQLitePCL.raw.sqlite3_interrupt(handle);
        }
    }

    protected override IReadOnlyList<string> Migrations => RelationalSchema.Sqlite;

    protected override (string Sql, string Query) FullTextSearch(IReadOnlyList<SearchTerm> terms, string summaryColumns, string visible) => (
        $"""
        SELECT {summaryColumns}, substr(d.text, {At}, @window), {At}, length(d.text)
        FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
        WHERE documents_fts MATCH @query AND {visible}
        ORDER BY rank
        LIMIT @limit
        """,
        string.Join(' ', terms.Select(t => $"\"{t.Word}\"" + (t.Prefix ? "*" : ""))));

    private const string At = "max(1, instr(lower(d.text), @first) - @lead)";

    private static SqliteConnection Open(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            using var pragmas = connection.CreateCommand();
            pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";
            pragmas.ExecuteNonQuery();
            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"cannot open SQLite database '{path}': {e.Message}", e);
        }
    }
}
