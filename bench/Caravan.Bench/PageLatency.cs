using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Caravan.Core.Accounts;
using Caravan.Core.Sharing;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Resolution;
using Caravan.Ingestion;
using Caravan.Storage.Sqlite;
using Caravan.Web;
using Caravan.Web.Accounts;

namespace Caravan.Bench;

/// <summary>
/// `pages EVENTS REQUESTS`: the five samples ingested plus EVENTS synthetic events in a SQLite file behind a real
/// `caravan serve` host on loopback; every page of the site asked REQUESTS times by a signed-in analyst, one
/// request at a time; latency of the whole HTML answer per page.
/// </summary>
internal static class PageLatency
{
    public static async Task Run(int events, int requests, string samples)
    {
        var folder = Directory.CreateTempSubdirectory("caravan-bench-pages-").FullName;
        var database = Path.Combine(folder, "caravan.db");
        string key;
        using (var store = new SqliteEventStore(database, Reader.Instance))
        {
            store.Migrate();
            var ingestor = new DocumentIngestor(store, ExtractionPipeline.CreateDefault(), new EntityMatcher(KnowledgeBase.Default), TimeProvider.System);
            foreach (var file in Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal))
            {
                ingestor.Ingest(file);
            }

            SyntheticEvents.Load(store, events, new Random(7));
            var user = store.AddUser("bench", Marking.LocalOwner, Role.Analyst, PasswordHashing.Hash("bench password 1"));
            key = ApiKeys.New();
            store.AddApiKey(user.Id, ApiKeys.Hash(key), "bench");
        }

        var url = $"http://127.0.0.1:{Ports.Free()}";
        await using var app = CaravanServer.Build(reader => new SqliteEventStore(database, reader), url);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var document = await FirstLink(http, "/documents", "/documents/", exclude: "bench");
        var synthetic = await FirstLink(http, "/documents", "/documents/", only: "bench");
        var entity = await FirstLink(http, "/entities", "/entities/");
        var review = await FirstLink(http, "/review", "/review/");
        string[] pages =
        [
            "/", "/?since=2020-01-01&until=2020-12-31", "/events", "/events?country=Kyrgyzstan&type=armed_clash", "/events?sort=fatalities&limit=250",
            "/map", "/timeline", "/timeline?per=month", "/documents", document, synthetic, "/entities", entity, "/commitments", "/corroboration",
            "/alerts", "/review", review, "/search?q=Batken",
        ];
        foreach (var page in pages)
        {
            (await http.GetAsync(page)).EnsureSuccessStatusCode();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{events:N0} synthetic events and the 5 samples; {requests} requests per page, one at a time, signed in with an analyst's key"));
        var worst = 0.0;
        foreach (var page in pages)
        {
            var latencies = new List<double>();
            for (var r = 0; r < requests; r++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(page);
                var bytes = await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (r == 0 && !response.Content.Headers.ContentType!.MediaType!.StartsWith("text/html", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"{page} answered {response.Content.Headers.ContentType}, not a page ({bytes.Length} bytes)");
                }
            }

            latencies.Sort();
            double At(double p) => latencies[Math.Min(latencies.Count - 1, (int)(latencies.Count * p))];
            worst = Math.Max(worst, At(0.95));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GET {page}: p50 {At(0.50):F1} ms, p95 {At(0.95):F1} ms, max {latencies[^1]:F1} ms"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slowest page p95: {worst:F1} ms"));
        using (var store = new SqliteEventStore(database, Reader.Instance))
        {
            // Where the analysis pages spend their time, once each, in this process.
            var watch = Stopwatch.StartNew();
            var documents = Caravan.Analysis.AnalysisInput.Documents(store);
            var load = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            Caravan.Analysis.Commitments.CommitmentTracker.Track(documents, Caravan.Analysis.AnalysisInput.Rulings(store));
            var track = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            Caravan.Analysis.Claims.ClaimAnalysis.Analyse(documents);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"analysis inputs: documents loaded in {load:F0} ms, commitments tracked in {track:F0} ms, claims analysed in {watch.Elapsed.TotalMilliseconds:F0} ms"));
        }

        await app.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<string> FirstLink(HttpClient http, string page, string prefix, string? exclude = null, string? only = null)
    {
        var html = await http.GetStringAsync(page);
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(html, $"href=\"({prefix}[^\"#]+)\"[^>]*>([^<]*)"))
        {
            var name = match.Groups[2].Value;
            if ((exclude is null || !name.Contains(exclude, StringComparison.Ordinal)) && (only is null || name.Contains(only, StringComparison.Ordinal)))
            {
                return match.Groups[1].Value;
            }
        }

        throw new InvalidOperationException($"no link to {prefix} on {page}");
    }
}
