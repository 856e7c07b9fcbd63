using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Caravan.Core.Accounts;
using Caravan.Core.Sharing;
using Caravan.Exchange.Stix;
using Caravan.Exchange.Taxii;
using Caravan.Storage.Sqlite;
using Caravan.Storage.Stix;
using Caravan.Web;
using Caravan.Web.Accounts;

namespace Caravan.Bench;

/// <summary>
/// `taxii OBJECTS/1000 [PAGE]`: a SQLite file whose GREEN collection holds that many STIX objects (incidents with
/// the Caravan extension, their locations and relationships, as the publisher writes them) behind a real
/// `caravan serve` host; a TAXII client pages through all of it over loopback with an API key and with HTTP
/// Basic, and resumes with added_after from the middle. Objects per second served.
/// </summary>
internal static class TaxiiThroughput
{
    private const string Password = "bench password 1";

    public static async Task Run(int objects, int page)
    {
        var folder = Directory.CreateTempSubdirectory("caravan-bench-taxii-").FullName;
        var database = Path.Combine(folder, "caravan.db");
        var collection = new TaxiiCollection("bench-org", Tlp.Green);
        string key;
        var watch = Stopwatch.StartNew();
        using (var store = new SqliteEventStore(database, Reader.Instance))
        {
            store.Migrate();
            var user = store.AddUser("bench", "bench-org", Role.Analyst, PasswordHashing.Hash(Password));
            key = ApiKeys.New();
            store.AddApiKey(user.Id, ApiKeys.Hash(key), "bench");
            const int Batch = 10_000;
            for (var start = 0; start < objects; start += Batch)
            {
                store.AddStixObjects([.. Enumerable.Range(start, Math.Min(Batch, objects - start)).Select(n => StixPublisher.Record(collection, Synthetic(n)))]);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loaded {objects:N0} STIX objects into one collection in {watch.Elapsed.TotalSeconds:F1} s ({new FileInfo(database).Length / 1e6:F0} MB of SQLite)"));
        // The store alone, as the server reads it for a user of the owning organisation: where HTTP's share ends.
        using (var store = new SqliteEventStore(database, Reader.Of("bench-org")))
        {
            var read = Stopwatch.StartNew();
            var count = 0;
            var query = new StixObjectQuery(collection.Id) { Limit = page };
            for (var result = store.QueryStixObjects(query); ; result = store.QueryStixObjects(query))
            {
                count += result.Objects.Count;
                if (!result.More)
                {
                    break;
                }

                query = query with { After = new StixCursor(result.Objects[^1].DateAdded, result.Objects[^1].Sequence) };
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"store alone: {count:N0} objects in pages of {page} in {read.Elapsed.TotalSeconds:F1} s = {count / read.Elapsed.TotalSeconds:N0} objects/s"));
        }

        var url = $"http://127.0.0.1:{Ports.Free()}";
        await using var app = CaravanServer.Build(reader => new SqliteEventStore(database, reader), url);
        await app.StartAsync();
        var discovery = new Uri(url + "/taxii2/");

        foreach (var (name, credentials) in new[] { ("API key", TaxiiClient.Key(key)), ("HTTP Basic", TaxiiClient.Basic("bench", Password)) })
        {
            using var http = TaxiiClient.CreateHttp(credentials, TimeSpan.FromMinutes(5));
            var root = await new TaxiiClient(http).FindApiRootAsync(discovery, CancellationToken.None);
            var objectsUrl = new Uri(root, $"collections/{collection.Id}/objects/?limit={page}");
            (await http.GetAsync(objectsUrl)).EnsureSuccessStatusCode();
            var all = await PageAll(http, objectsUrl, objects / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {all.Count:N0} objects in {all.Pages:N0} pages of {page} in {all.Seconds:F1} s = {all.Count / all.Seconds:N0} objects/s ({all.Bytes / 1e6 / all.Seconds:F1} MB/s); page p50 {all.P50:F1} ms, p99 {all.P99:F1} ms"));
            if (name == "API key" && all.Middle is { } middle)
            {
                var resumed = await PageAll(http, new Uri(objectsUrl + "&added_after=" + Uri.EscapeDataString(middle)), int.MaxValue);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"resume with added_after at the middle: {resumed.Count:N0} objects in {resumed.Seconds:F1} s = {resumed.Count / resumed.Seconds:N0} objects/s"));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set of server and client together: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
        await app.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Pages to the end as a minimal client does: read the envelope, count its objects, follow next.</summary>
    private static async Task<(int Count, int Pages, long Bytes, double Seconds, string? Middle, double P50, double P99)> PageAll(HttpClient http, Uri first, int middleAt)
    {
        var watch = Stopwatch.StartNew();
        var latencies = new List<double>();
        int count = 0;
        long bytes = 0;
        string? middle = null;
        for (var url = first; ;)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(url);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadAsByteArrayAsync();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            bytes += body.Length;
            using var envelope = System.Text.Json.JsonDocument.Parse(body);
            count += envelope.RootElement.TryGetProperty("objects", out var list) ? list.GetArrayLength() : 0;
            if (middle is null && count >= middleAt)
            {
                middle = response.Headers.GetValues("X-TAXII-Date-Added-Last").Single();
            }

            if (!envelope.RootElement.GetProperty("more").GetBoolean())
            {
                break;
            }

            url = new Uri(first + "&next=" + Uri.EscapeDataString(envelope.RootElement.GetProperty("next").GetString()!));
        }

        latencies.Sort();
        return (count, latencies.Count, bytes, watch.Elapsed.TotalSeconds, middle, latencies[latencies.Count / 2], latencies[Math.Min(latencies.Count - 1, (int)(latencies.Count * 0.99))]);
    }

    /// <summary>An incident, location or relationship shaped as the publisher writes them; every tenth write a new date_added.</summary>
    private static JsonObject Synthetic(int n)
    {
        var created = StixTime.Format(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(n));
        return (n % 3) switch
        {
            0 => new JsonObject
            {
                ["type"] = "incident",
                ["spec_version"] = "2.1",
                ["id"] = StixIds.For("incident", "bench:" + n),
                ["created"] = created,
                ["modified"] = created,
                ["name"] = "armed clash 2024 Batken",
                ["description"] = "Gunmen attacked a border post near Batken on 25 July, killing two guards, the State Committee said.",
                ["object_marking_refs"] = new JsonArray(Tlp.Green.StixMarkingId()),
                ["extensions"] = new JsonObject
                {
                    [CaravanExtension.Id] = new JsonObject
                    {
                        ["extension_type"] = "property-extension",
                        ["event_type"] = "armed_clash",
                        ["date"] = "2024-07-25",
                        ["date_precision"] = "day",
                        ["country"] = "KG",
                        ["admin1"] = "Batken",
                        ["location"] = "Batken",
                        ["latitude"] = 40.06,
                        ["longitude"] = 70.82,
                        ["fatalities"] = 2,
                        ["actors"] = new JsonArray("Islamic Movement of Uzbekistan"),
                        ["targets"] = new JsonArray("Kyrgyz border guards"),
                        ["evidence"] = "Gunmen attacked a border post near Batken on 25 July, killing two guards, the State Committee said.",
                        ["evidence_start"] = 120,
                        ["confidence"] = 0.82,
                        ["review"] = "machine",
                    },
                },
            },
            1 => new JsonObject
            {
                ["type"] = "location",
                ["spec_version"] = "2.1",
                ["id"] = StixIds.For("location", "bench:" + n),
                ["created"] = created,
                ["modified"] = created,
                ["name"] = "Batken",
                ["country"] = "KG",
                ["administrative_area"] = "Batken",
                ["latitude"] = 40.06,
                ["longitude"] = 70.82,
                ["object_marking_refs"] = new JsonArray(Tlp.Green.StixMarkingId()),
            },
            _ => new JsonObject
            {
                ["type"] = "relationship",
                ["spec_version"] = "2.1",
                ["id"] = StixIds.For("relationship", "bench:" + n),
                ["created"] = created,
                ["modified"] = created,
                ["relationship_type"] = "located-at",
                ["source_ref"] = StixIds.For("incident", "bench:" + (n - 2)),
                ["target_ref"] = StixIds.For("location", "bench:" + (n - 1)),
                ["object_marking_refs"] = new JsonArray(Tlp.Green.StixMarkingId()),
            },
        };
    }

}
