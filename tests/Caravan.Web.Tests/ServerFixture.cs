using Caravan.Core.Sharing;
using System.Net;
using System.Net.Sockets;
using Caravan.Core.Accounts;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Resolution;
using Caravan.Ingestion;
using Caravan.Ingestion.Sources;
using Caravan.Storage.Sqlite;
using Caravan.Web.Accounts;
using Microsoft.AspNetCore.Builder;

namespace Caravan.Web.Tests;

/// <summary>
/// A real server on 127.0.0.1 at a free port, over a SQLite file holding the five samples, with an analyst
/// and a viewer of one organisation; <see cref="Client"/> calls the API with the analyst's key.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string Analyst = "aigerim";
    public const string Viewer = "daniyar";
    public const string Password = "correct horse battery";

    /// <summary>The organisation of <see cref="Analyst"/> and <see cref="Viewer"/>, granted edits on the samples.</summary>
    public const string Organisation = "kg-cert";

    /// <summary>An analyst of another organisation, a partner of nobody.</summary>
    public const string Outsider = "farrukh";
    public const string OutsiderOrganisation = "uz-sgb";

    private readonly string folder = Directory.CreateTempSubdirectory("caravan-web-").FullName;
    private WebApplication? app;

    public HttpClient Client { get; } = new();

    public string Database => Path.Combine(folder, "caravan.db");

    public Uri BaseAddress => Client.BaseAddress!;

    /// <summary>An API key of the viewer, who may read but not write.</summary>
    public string ViewerKey { get; private set; } = "";

    /// <summary>An API key of <see cref="Outsider"/>.</summary>
    public string OutsiderKey { get; private set; } = "";

    public async Task InitializeAsync()
    {
        using (var store = new SqliteEventStore(Database, Reader.Instance))
        {
            store.Migrate();
            var ingestor = new DocumentIngestor(store, ExtractionPipeline.CreateDefault(), new EntityMatcher(KnowledgeBase.Default), TimeProvider.System);
            foreach (var file in SourceReader.Expand([Samples.Folder]).Where(f => f.EndsWith(".txt", StringComparison.Ordinal)))
            {
                ingestor.Ingest(file);
            }

            // The samples are the instance's own; it lets kg-cert's analysts review them.
            store.GrantEdits(Marking.LocalOwner, Organisation);
            var analyst = store.AddUser(Analyst, Organisation, Role.Analyst, PasswordHashing.Hash(Password));
            var viewer = store.AddUser(Viewer, Organisation, Role.Viewer, PasswordHashing.Hash(Password));
            var analystKey = ApiKeys.New();
            store.AddApiKey(analyst.Id, ApiKeys.Hash(analystKey), "tests");
            ViewerKey = ApiKeys.New();
            store.AddApiKey(viewer.Id, ApiKeys.Hash(ViewerKey), "tests");
            var outsider = store.AddUser(Outsider, OutsiderOrganisation, Role.Analyst, PasswordHashing.Hash(Password));
            OutsiderKey = ApiKeys.New();
            store.AddApiKey(outsider.Id, ApiKeys.Hash(OutsiderKey), "tests");
            Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", analystKey);
        }

        var port = Ports.Free();
        // The test projects run side by side on two cores: a sign-in's key derivation may wait its turn longer than a served
        // request is given in production.
        app = CaravanServer.Build(reader => new SqliteEventStore(Database, reader), $"http://127.0.0.1:{port}", new ServerLimits { RequestTimeout = TimeSpan.FromMinutes(2) });
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
}
