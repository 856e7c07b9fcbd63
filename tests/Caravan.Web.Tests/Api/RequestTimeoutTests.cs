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

    [Theory]
    [InlineData("/api/events?limit=1000")]
    [InlineData("/api/events/export?format=csv")]
    public async Task A_request_out_of_time_stops_its_database_work_and_answers_504(string path)
    {
        // The time limit is a timer on the thread pool: on a machine busy with other tests it may ring only after a
        // short request is done. A few tries show the 504; none may fail otherwise.
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5 && !answers.Contains(HttpStatusCode.GatewayTimeout); attempt++)
        {
            using var response = await client.GetAsync(path);
            answers.Add(response.StatusCode);
        }

        using var health = await client.GetAsync("/api/health");

        Assert.Contains(HttpStatusCode.GatewayTimeout, answers);
        Assert.All(answers, status => Assert.True(status is HttpStatusCode.GatewayTimeout or HttpStatusCode.OK, status.ToString()));
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
