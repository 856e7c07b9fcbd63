using Caravan.Core.Sharing;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Caravan.Core.Accounts;
using Caravan.Storage.Sqlite;
using Caravan.Web;
using Caravan.Core.Events;
using Caravan.Web.Accounts;

namespace Caravan.Bench;

/// <summary>
/// `api EVENTS/1000 QUERIES`: a SQLite file with that many synthetic events behind a real `caravan serve` host
/// on loopback, queried over HTTP one request at a time with an analyst's API key; latency per filter shape.
/// </summary>
internal static class ApiLatency
{
    public static async Task Run(int events, int queries)
    {
        var folder = Directory.CreateTempSubdirectory("caravan-bench-api-").FullName;
        var database = Path.Combine(folder, "caravan.db");
        var random = new Random(7);
        string key;
        var watch = Stopwatch.StartNew();
        using (var store = new SqliteEventStore(database, Reader.Instance))
        {
            store.Migrate();
            SyntheticEvents.Load(store, events, random);
            var user = store.AddUser("bench", "bench-org", Role.Analyst, PasswordHashing.Hash("bench password 1"));
            key = ApiKeys.New();
            store.AddApiKey(user.Id, ApiKeys.Hash(key), "bench");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loaded {events:N0} synthetic events into {database} in {watch.Elapsed.TotalSeconds:F1} s ({new FileInfo(database).Length / 1e6:F0} MB)"));
        var url = $"http://127.0.0.1:{Ports.Free()}";
        await using var app = CaravanServer.Build(reader => new SqliteEventStore(database, reader), url);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        var shapes = new (string Name, Func<string> Path)[]
        {
            ("country + type + one-year range, 100 rows", () => $"/api/events?country={Country(random)}&type={Type(random)}&{OneYear(random)}&limit=100"),
            ("country + type + a span of years, 100 rows", () => Span(random, y => $"/api/events?country={Country(random)}&type={Type(random)}&since={y.Since}&until={y.Until}&limit=100")),
            ("region + since, newest first, 50 rows", () => $"/api/events?admin1=Batken&since={Year(random)}-06-01&sort=-date&limit=50"),
            ("type + country, most fatalities first, 100 rows", () => $"/api/events?type={Type(random)}&country={Country(random)}&sort=fatalities&limit=100"),
            ("country + actor + one-year range, page 3 of 50", () => $"/api/events?country={Country(random)}&actor=Islamic%20Movement&{OneYear(random)}&limit=50&offset=100"),
            ("no filter, first page of 100 by date", () => "/api/events?limit=100"),
        };
        for (var i = 0; i < 20; i++)
        {
            (await http.GetAsync(shapes[i % shapes.Length].Path())).EnsureSuccessStatusCode();
        }

        var all = new List<double>();
        foreach (var (name, path) in shapes)
        {
            var latencies = new List<double>();
            for (var q = 0; q < queries; q++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(path());
                await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            all.AddRange(latencies);
            Report(name, latencies);
        }

        Report("all shapes", all);
        await app.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static void Report(string name, List<double> latencies)
    {
        latencies.Sort();
        double At(double p) => latencies[Math.Min(latencies.Count - 1, (int)(latencies.Count * p))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GET /api/events, {name}, x{latencies.Count}: p50 {At(0.50):F2} ms, p95 {At(0.95):F2} ms, p99 {At(0.99):F2} ms, max {latencies[^1]:F2} ms"));
    }

    private static string Country(Random random) => SyntheticEvents.Countries[random.Next(SyntheticEvents.Countries.Length)];

    private static string Type(Random random) => SyntheticEvents.Types[random.Next(SyntheticEvents.Types.Length)].ToWireName();

    private static int Year(Random random) => random.Next(1995, 2025);

    private static string OneYear(Random random)
    {
        var year = Year(random);
        return $"since={year}&until={year}";
    }

    private static string Span(Random random, Func<(int Since, int Until), string> path)
    {
        var (a, b) = (Year(random), Year(random));
        return path((Math.Min(a, b), Math.Max(a, b)));
    }

}
