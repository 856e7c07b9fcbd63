using Caravan.Core.Sharing;
using Caravan.Storage.Postgres;

namespace Caravan.Storage.Tests;

/// <summary>The same store contract on a real PostgreSQL server on loopback.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresEventStoreTests(PostgresServer server) : KnowledgeBaseContract
{
    private readonly string connection = server.CreateDatabase();

    protected override IEventStore CreateStore(Reader reader) => new PostgresEventStore(connection, reader);

    [Fact]
    public void APostgresUrlOpensTheSameDatabase()
    {
        Store.Save(Document("via connection string"), [], []);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection);

        using var viaUrl = new PostgresEventStore($"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}", Reader.Instance);

        Assert.Equal(1, viaUrl.CountDocuments());
    }

    [Fact]
    public void AnUnreachableServerIsAClearError()
    {
        var error = Assert.Throws<StoreException>(() => new PostgresEventStore("postgres://nobody@127.0.0.1:1/none", Reader.Instance));

        Assert.Contains("cannot open PostgreSQL database", error.Message, StringComparison.Ordinal);
    }
}
