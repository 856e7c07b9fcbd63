using System.Net;
using System.Net.Sockets;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Resolution;
using Caravan.Ingestion;
using Caravan.Ingestion.Sources;
using Caravan.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;

namespace Caravan.Web.Tests;

/// <summary>A real server on 127.0.0.1 at a free port, over a SQLite file holding the five samples.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("caravan-web-").FullName;
    private WebApplication? app;

    public HttpClient Client { get; } = new();

    public string Database => Path.Combine(folder, "caravan.db");

    public async Task InitializeAsync()
    {
        using (var store = new SqliteEventStore(Database))
        {
            store.Migrate();
            var ingestor = new DocumentIngestor(store, ExtractionPipeline.CreateDefault(), new EntityMatcher(KnowledgeBase.Default), TimeProvider.System);
            foreach (var file in SourceReader.Expand([Samples.Folder]).Where(f => f.EndsWith(".txt", StringComparison.Ordinal)))
            {
                ingestor.Ingest(file);
            }
        }

        var port = FreePort();
        app = CaravanServer.Build(() => new SqliteEventStore(Database), $"http://127.0.0.1:{port}");
        await app.StartAsync();
        Client.BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
