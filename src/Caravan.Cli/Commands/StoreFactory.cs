using Caravan.Core.Sharing;
using Caravan.Storage;
using Caravan.Storage.Postgres;
using Caravan.Storage.Sqlite;

namespace Caravan.Cli.Commands;

internal static class StoreFactory
{
    /// <summary>A SQLite file, or PostgreSQL for a postgres:// URL or an Npgsql connection string; migrated; read and written as <paramref name="reader"/>.</summary>
    public static IEventStore Open(string database, Reader reader)
    {
        IEventStore store = PostgresEventStore.IsPostgres(database) ? new PostgresEventStore(database, reader) : new SqliteEventStore(database, reader);
        store.Migrate();
        return store;
    }
}
