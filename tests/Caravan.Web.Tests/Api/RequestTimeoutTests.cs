using System.Net;
using Caravan.Core.Accounts;
using Caravan.Core.Sharing;
using Caravan.Storage.Sqlite;
using Caravan.Web.Accounts;
using Microsoft.AspNetCore.Builder;

namespace Caravan.Web.Tests.Api;

/// <summary>
/// A request whose time runs out while it works in the database: the store it opened is bound to the request, so
/// its statements stop and it answers 504, where a synchronous query once ran to its end for nobody.
/// </summary>
public sealed class RequestTimeoutTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("caravan-timeout-").FullName;
    private readonly HttpClient client = new();
    private WebApplication? app;

    private string Database => Path.Combine(folder, "caravan.db");

    public async Task InitializeAsync()
    {
        using (var store = new SqliteEventStore(Database, Reader.Instance))
        {
            store.Migrate();
            var analyst = store.AddUser(ServerFixture.Analyst, ServerFixture.Organisation, Role.Analyst, PasswordHashing.Hash(ServerFixture.Password));
            var key = ApiKeys.New();
            store.AddApiKey(analyst.Id, ApiKeys.Hash(key), "tests");
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        var port = Ports.Free();
        // A millisecond: every request that reaches the database is out of time before its work is done.
        app = CaravanServer.Build(reader => new SqliteEventStore(Database, reader), $"http://127.0.0.1:{port}", new ServerLimits { RequestTimeout = TimeSpan.FromMilliseconds(1) });
        await app.StartAsync();
        client.BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    [Fact]
    public async Task A_request_out_of_time_stops_its_database_work_and_answers_504()
    {
        using var events = await client.GetAsync("/api/events?limit=1000");
        using var export = await client.GetAsync("/api/events/export?format=csv");
        using var health = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.GatewayTimeout, events.StatusCode);
        Assert.Equal(HttpStatusCode.GatewayTimeout, export.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
