using Caravan.Storage;
using Caravan.Storage.Sqlite;

namespace Caravan.Cli.Commands;

internal static class StoreFactory
{
    public static IEventStore Open(string database)
    {
        var store = new SqliteEventStore(database);
        store.Migrate();
        return store;
    }
}
