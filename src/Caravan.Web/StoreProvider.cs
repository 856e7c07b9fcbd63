using Caravan.Storage;

namespace Caravan.Web;

/// <summary>Opens a store for one request; the database is a SQLite file or a PostgreSQL URL.</summary>
public sealed class StoreProvider(Func<IEventStore> open)
{
    public IEventStore Open() => open();
}
