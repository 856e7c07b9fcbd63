using Caravan.Core.Sharing;
using Caravan.Storage.Sqlite;

namespace Caravan.Storage.Tests;

/// <summary>The store contract on a real SQLite file in a temporary folder.</summary>
public sealed class SqliteEventStoreTests : KnowledgeBaseContract
{
    private readonly string folder = Directory.CreateTempSubdirectory("caravan-sqlite-").FullName;

    protected override IEventStore CreateStore(Reader reader) => new SqliteEventStore(Path.Combine(folder, "caravan.db"), reader);

    [Fact]
    public void TheDatabaseIsAFileInWalMode()
    {
        Store.CountDocuments();

        Assert.True(File.Exists(Path.Combine(folder, "caravan.db")));
        Assert.True(File.Exists(Path.Combine(folder, "caravan.db-wal")));
    }

    [Fact]
    public void AnUnopenablePathSaysWhich()
    {
        var error = Assert.Throws<StoreException>(() => new SqliteEventStore(Path.Combine(folder, "missing-dir", "x", "caravan.db"), Reader.Instance));

        Assert.Contains("missing-dir", error.Message, StringComparison.Ordinal);
    }

    public override void Dispose()
    {
        base.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
