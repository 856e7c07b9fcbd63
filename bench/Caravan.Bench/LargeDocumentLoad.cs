using System.Collections.Concurrent;
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
/// `dos CLIENTS SECONDS [FOLDER...]`: a real `caravan serve` host on loopback over SQLite holding the real reports
/// of the folders plus one 2 MB and one 5 MB document made of their paragraphs; CLIENTS clients search words
/// that occur in the large documents, list events and open the search page, while one more asks /api/health
/// every 50 ms. Prints requests, time-outs (10 s) and errors, and latency percentiles of work and of health.
/// </summary>
internal static class LargeDocumentLoad
{
    private static readonly string[] Paths =
    [
        "/api/search?q=Osh", "/api/search?q=Bishkek", "/api/search?q=attack*", "/api/events?limit=1000", "/search?q=Tashkent",
        "/api/events?text=osh&limit=200", "/api/search?q=police+killed", "/api/events/export?format=csv&text=border",
    ];

    public static async Task Run(int clients, int seconds, string[] folders)
    {
        var folder = Directory.CreateTempSubdirectory("caravan-bench-dos-").FullName;
        var database = Path.Combine(folder, "caravan.db");
        var reports = folders.SelectMany(f => Directory.GetFiles(f, "*.txt")).Order(StringComparer.Ordinal).ToArray();
        var paragraphs = ReportParagraphs.Of(reports);
        string key;
        var watch = Stopwatch.StartNew();
        using (var store = new SqliteEventStore(database, Reader.Instance))
        {
            store.Migrate();
            var ingestor = new DocumentIngestor(store, ExtractionPipeline.CreateDefault(), new EntityMatcher(KnowledgeBase.Default), TimeProvider.System);
            foreach (var report in reports)
            {
                ingestor.Ingest(report);
            }

            foreach (var size in new[] { 2_000_000, 5_000_000 })
            {
                var path = Path.Combine(folder, $"large-{size / 1_000_000}mb.txt");
                File.WriteAllText(path, ReportParagraphs.LargeText(paragraphs, size));
                ingestor.Ingest(path);
            }

            var user = store.AddUser("bench", "bench-org", Role.Analyst, PasswordHashing.Hash("bench password 1"));
            key = ApiKeys.New();
            store.AddApiKey(user.Id, ApiKeys.Hash(key), "bench");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{reports.Length} reports and a 2 MB and a 5 MB document ingested in {watch.Elapsed.TotalSeconds:F1} s ({new FileInfo(database).Length / 1e6:F0} MB of SQLite)"));
        var url = $"http://127.0.0.1:{Ports.Free()}";
        await using var app = CaravanServer.Build(reader => new SqliteEventStore(database, reader), url);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        var work = new ConcurrentBag<double>();
        var health = new ConcurrentBag<double>();
        int timeouts = 0, errors = 0, refused = 0;
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        async Task<double?> Timed(string path)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                if ((int)response.StatusCode is 429 or 503)
                {
                    Interlocked.Increment(ref refused);
                }
                else if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
            catch (TaskCanceledException)
            {
                Interlocked.Increment(ref timeouts);
                return null;
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref errors);
                return null;
            }

            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        var elapsed = Stopwatch.StartNew();
        var prober = Task.Run(async () =>
        {
            while (DateTime.UtcNow < deadline)
            {
                if (await Timed("/api/health") is { } ms)
                {
                    health.Add(ms);
                }

                await Task.Delay(50);
            }
        });
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var i = client;
            while (DateTime.UtcNow < deadline)
            {
                if (await Timed(Paths[i++ % Paths.Length]) is { } ms)
                {
                    work.Add(ms);
                }
            }
        }).Append(prober));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{clients} clients for {elapsed.Elapsed.TotalSeconds:F0} s: {work.Count:N0} requests answered ({work.Count / elapsed.Elapsed.TotalSeconds:F1}/s), {timeouts} time-outs, {errors} errors, {refused} refused as busy (429/503)"));
        Console.WriteLine($"work:   {Percentiles(work)}");
        Console.WriteLine($"health: {Percentiles(health)} over {health.Count} probes");
        await app.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static string Percentiles(ConcurrentBag<double> bag)
    {
        var sorted = bag.Order().ToArray();
        return sorted.Length == 0
            ? "none"
            : string.Create(CultureInfo.InvariantCulture, $"p50 {sorted[sorted.Length / 2]:F1} ms, p95 {sorted[(int)(sorted.Length * 0.95)]:F1} ms, p99 {sorted[(int)(sorted.Length * 0.99)]:F1} ms, max {sorted[^1]:F1} ms");
    }
}
