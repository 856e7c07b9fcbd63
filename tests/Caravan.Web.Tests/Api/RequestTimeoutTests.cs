using System.Net;
using System.Net.Http.Json;
using Caravan.Core.Accounts;
using Caravan.Core.Sharing;
using Caravan.Storage.Sqlite;
using Caravan.Web.Accounts;
using Microsoft.AspNetCore.Builder;

namespace Caravan.Web.Tests.Api;

/// <summary>
/// A request whose time runs out while it works: the store it opened is bound to the request, so it starts no more
/// database work and answers 504, where a synchronous request once ran to its end (and saved) for nobody.
/// </summary>
public sealed class RequestTimeoutTests : IAsyncLifetime
{
    private static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(200);

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
        app = CaravanServer.Build(reader => new SqliteEventStore(Database, reader), $"http://127.0.0.1:{port}", new ServerLimits { RequestTimeout = Limit });
        await app.StartAsync();
        client.BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    [Fact]
    public async Task A_document_whose_extraction_outlasts_the_limit_answers_504_and_is_not_saved()
    {
        // The seeds, numbered, to about a megabyte: its extraction takes seconds, far past the limit, and only then
        // would the document be saved.
        var seeds = string.Join("\n\n", Directory.EnumerateFiles(Samples.Folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var text = string.Join("\n\n", Enumerable.Range(1, 1_000_000 / seeds.Length).Select(copy => $"Copy {copy}.\n\n{seeds}"));

        using var posted = await client.PostAsJsonAsync("/api/documents", new { text, fileName = "long.txt" });
        using var health = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.GatewayTimeout, posted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var store = new SqliteEventStore(Database, Reader.Instance);
        Assert.Equal(0, store.CountDocuments());
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
