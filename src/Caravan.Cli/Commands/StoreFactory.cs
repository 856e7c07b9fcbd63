using Caravan.Storage;
using Caravan.Storage.Postgres;
using Caravan.Storage.Sqlite;

namespace Caravan.Cli.Commands;

internal static class StoreFactory
{
    /// <summary>A SQLite file, or PostgreSQL for a postgres:// URL or an Npgsql connection string; migrated.</summary>
    public static IEventStore Open(string database)
    {
        IEventStore store = PostgresEventStore.IsPostgres(database) ? new PostgresEventStore(database) : new SqliteEventStore(database);
        store.Migrate();
        return store;
    }
}
