using System.Diagnostics;
using System.Globalization;
using Caravan.Extraction.Pipeline;

// Benchmarks measured here, not in tests. `dotnet run -c Release --project bench/Caravan.Bench -- extract [MB]`.
var benchmark = args.Length > 0 ? args[0] : "extract";
var megabytes = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out _) ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
var samples = FindSamples();

switch (benchmark)
{
    case "extract":
        ExtractThroughput(samples, megabytes);
        return 0;
    case "reports":
        ReportsThroughput(megabytes, args.Length > 2 ? args[2..] : [Path.Combine(samples, "..", "..", "shared", "data", "dev-articles")]);
        return 0;
    case "store":
        StoreBenchmark(args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), $"caravan-bench-{Guid.NewGuid():N}.db"), megabytes * 1000, samples);
        return 0;
    case "load":
        await LoadTest(args.Length > 2 ? args[2] : "http://127.0.0.1:5080", megabytes, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20);
        return 0;
    case "api":
        await Caravan.Bench.ApiLatency.Run(megabytes * 1000, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 300);
        return 0;
    case "pages":
        await Caravan.Bench.PageLatency.Run(megabytes * 1000, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50, samples);
        return 0;
    case "taxii":
        await Caravan.Bench.TaxiiThroughput.Run(megabytes * 1000, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000);
        return 0;
    case "large":
        Caravan.Bench.LargeDocuments.Run(args.Skip(1).Any(a => !a.StartsWith("--", StringComparison.Ordinal)) ? [.. args[1..].Where(a => !a.StartsWith("--", StringComparison.Ordinal))] : [
            Path.Combine(samples, "..", "..", "shared", "data", "train-articles"), Path.Combine(samples, "..", "..", "shared", "data", "dev-articles")],
            args.Contains("--stages"), args.Contains("--all-cores"));
        return 0;
    case "dos":
        await Caravan.Bench.LargeDocumentLoad.Run(megabytes, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30, [
            Path.Combine(samples, "..", "..", "shared", "data", "train-articles"), Path.Combine(samples, "..", "..", "shared", "data", "dev-articles")]);
        return 0;
    case "ingest":
        Caravan.Bench.IngestThroughput.Run(megabytes, args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), $"caravan-bench-{Guid.NewGuid():N}.db"),
            args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1,
            [Path.Combine(samples, "..", "..", "shared", "data", "train-articles"), Path.Combine(samples, "..", "..", "shared", "data", "dev-articles")]);
        return 0;
    case "memory":
        MemoryPerThousand(samples, megabytes);
        return 0;
    case "aliases":
        AliasThresholds(Path.Combine(samples, "..", "tests", "Caravan.Extraction.Tests", "Resolution", "alias-pairs.tsv"));
        return 0;
    case "ner":
        NerThroughput(args.Length > 2 ? args[2] : Path.Combine(samples, "..", "..", "shared", "data", "conll2003", "dev.txt"), megabytes);
        return 0;
    default:
        Console.Error.WriteLine($"unknown benchmark '{benchmark}'; known: extract, reports, ingest, pages, large, dos, ner, aliases, store, memory, api, taxii, load");
        return 2;
}

static void ExtractThroughput(string samples, int megabytes)
{
    // One core, as the issue asks: the process may only run on CPU 0.
    if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
    {
        Process.GetCurrentProcess().ProcessorAffinity = 1;
    }

    var texts = Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
    var corpus = new List<string>();
    long bytes = 0;
    while (bytes < megabytes * 1024L * 1024L)
    {
        foreach (var text in texts)
        {
            corpus.Add(text);
            bytes += System.Text.Encoding.UTF8.GetByteCount(text);
        }
    }

    var words = corpus.Sum(CountWords);
    var pipeline = ExtractionPipeline.CreateDefault();
    var loadWatch = Stopwatch.StartNew();
    pipeline.Extract("warmup.txt", texts[0]);
    var firstDocument = loadWatch.Elapsed;
    for (var i = 0; i < 50; i++)
    {
        pipeline.Extract("warmup.txt", texts[i % texts.Length]);
    }

    GC.Collect();
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var events = 0;
    var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
    var watch = Stopwatch.StartNew();
    foreach (var text in corpus)
    {
        events += pipeline.Extract("bench.txt", text).Events.Count;
    }

    watch.Stop();
    var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    var seconds = watch.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {corpus.Count} documents, {bytes / 1048576.0:F1} MB, {words:N0} words (the {texts.Length} samples repeated)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first document incl. loading lexicons and gazetteer: {firstDocument.TotalMilliseconds:F0} ms"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"extract: {seconds:F2} s on one core = {words / seconds:N0} words/s, {corpus.Count / seconds:F1} documents/s, {bytes / 1048576.0 / seconds:F2} MB/s"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"events: {events:N0}; allocated {allocated / (double)corpus.Count / 1024:F0} KB per document; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
}

// Extraction of real, varied reports on one core: `reports COPIES [FOLDER...]` takes every NAME.txt of the folders
// (the development reports by default) and makes COPIES documents of them, each copy changed (its numbers shifted
// and a line of its own), so no two documents are the same text.
static void ReportsThroughput(int copies, string[] folders)
{
    if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
    {
        Process.GetCurrentProcess().ProcessorAffinity = 1;
    }

    var texts = folders.SelectMany(f => Directory.GetFiles(f, "*.txt")).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
    if (texts.Length == 0)
    {
        throw new InvalidOperationException($"no .txt reports in {string.Join(", ", folders)}");
    }

    var corpus = Enumerable.Range(0, copies).Select(i => Caravan.Bench.ChangedCopies.Of(texts[i % texts.Length], i)).ToList();
    var words = corpus.Sum(CountWords);
    var modelWatch = Stopwatch.StartNew();
    var model = Caravan.Extraction.Detection.EventModel.Default;
    var modelLoad = modelWatch.Elapsed;
    var firstWatch = Stopwatch.StartNew();
    var pipeline = ExtractionPipeline.CreateDefault();
    pipeline.Extract("warmup.txt", texts[0]);
    var firstDocument = firstWatch.Elapsed;
    var events = 0;
    var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
    var watch = Stopwatch.StartNew();
    foreach (var text in corpus)
    {
        events += pipeline.Extract("bench.txt", text).Events.Count;
    }

    var seconds = watch.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {corpus.Count} documents, {words:N0} words (changed copies of {texts.Length} real reports)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"event model load: {modelLoad.TotalMilliseconds:F0} ms ({model?.FeatureCount ?? 0} features); first document incl. every load: {firstDocument.TotalMilliseconds:F0} ms"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"extract: {seconds:F2} s on one core = {corpus.Count / seconds:F1} documents/s, {words / seconds:N0} words/s; {events:N0} events; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"collections: gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}; {GC.GetTotalPauseDuration() - paused:g} paused; concurrent {System.Runtime.GCSettings.LatencyMode}"));
}

// Tagging speed of the shipped model on one core; `ner REPEATS [CONLL-FILE]`.
static void NerThroughput(string conllFile, int repeats)
{
    if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
    {
        Process.GetCurrentProcess().ProcessorAffinity = 1;
    }

    var load = Stopwatch.StartNew();
    var tagger = Caravan.Extraction.Ner.NerTagger.Default ?? throw new InvalidOperationException("no shipped NER model");
    load.Stop();
    List<Caravan.Extraction.Ner.NerSentence> sentences;
    using (var reader = File.OpenText(conllFile))
    {
        sentences = [.. Caravan.Extraction.Ner.ConllReader.Read(reader, withLabels: false, conllFile)];
    }

    var tokens = sentences.Sum(s => s.Tokens.Count);
    // Two untimed passes, so the timed ones run the fully optimised code a long-running server would.
    for (var warm = 0; warm < 2; warm++)
    {
        foreach (var sentence in sentences)
        {
            tagger.Tag(sentence.Tokens);
        }
    }

    var watch = Stopwatch.StartNew();
    for (var r = 0; r < repeats; r++)
    {
        var history = new Caravan.Extraction.Ner.PredictionHistory();
        foreach (var sentence in sentences)
        {
            tagger.Tag(sentence.Tokens, history);
        }
    }

    watch.Stop();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model load (incl. lexicons): {load.Elapsed.TotalMilliseconds:F0} ms; {tagger.Model.FeatureCount:N0} features"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tagged {tokens * (long)repeats:N0} tokens in {watch.Elapsed.TotalSeconds:F2} s on one core = {tokens * (double)repeats / watch.Elapsed.TotalSeconds:N0} tokens/s"));
}

// Precision and recall of the merge decision over the alias-pair set, across similarity thresholds.
static void AliasThresholds(string pairsFile)
{
    var pairs = File.ReadLines(pairsFile).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
    var knowledge = Caravan.Extraction.Knowledge.KnowledgeBase.Default;
    Console.WriteLine($"{pairs.Count} pairs; threshold on surnames and organisation names (Jaro-Winkler of folded forms)");
    foreach (var threshold in new[] { 0.85, 0.88, 0.90, 0.92, 0.94, 0.96, 0.98, 1.0 })
    {
        var matcher = new Caravan.Extraction.Resolution.EntityMatcher(knowledge, threshold, Math.Min(1.0, threshold + 0.02));
        int truePositive = 0, predicted = 0, actual = 0;
        foreach (var p in pairs)
        {
            Caravan.Core.Entities.EntityTypes.TryParse(p[0], out var type);
            var same = matcher.SameEntity(new Caravan.Core.Entities.Entity(p[1], type, [p[1]]), new Caravan.Core.Entities.Entity(p[2], type, [p[2]]));
            predicted += same ? 1 : 0;
            actual += p[3] == "1" ? 1 : 0;
            truePositive += same && p[3] == "1" ? 1 : 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  surname {threshold:F2} / organisation {Math.Min(1.0, threshold + 0.02):F2}: precision {(double)truePositive / predicted:F3}, recall {(double)truePositive / actual:F3}"));
    }
}

// `store THOUSANDS [DB]`: ingest documents/s through the whole pipeline, then filtered query latency over
// THOUSANDS×1000 synthetic events, on a SQLite file (default) or a postgres:// database.
static void StoreBenchmark(string database, int events, string samples)
{
    using Caravan.Storage.IEventStore store = Caravan.Storage.Postgres.PostgresEventStore.IsPostgres(database)
        ? new Caravan.Storage.Postgres.PostgresEventStore(database, Caravan.Core.Sharing.Reader.Instance)
        : new Caravan.Storage.Sqlite.SqliteEventStore(database, Caravan.Core.Sharing.Reader.Instance);
    store.Migrate();
    var relational = (Caravan.Storage.Relational.RelationalEventStore)store;

    var texts = Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
    var folder = Directory.CreateTempSubdirectory("caravan-bench-docs-").FullName;
    const int documents = 1000;
    for (var i = 0; i < documents; i++)
    {
        File.WriteAllText(Path.Combine(folder, $"doc-{i:D5}.txt"), texts[i % texts.Length] + $"\n\nBench copy {i}.");
    }

    var ingestor = new Caravan.Ingestion.DocumentIngestor(store, ExtractionPipeline.CreateDefault(), new Caravan.Extraction.Resolution.EntityMatcher(Caravan.Extraction.Knowledge.KnowledgeBase.Default), TimeProvider.System);
    var watch = Stopwatch.StartNew();
    foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
    {
        ingestor.Ingest(file);
    }

    var ingestSeconds = watch.Elapsed.TotalSeconds;
    Directory.Delete(folder, recursive: true);

    var random = new Random(42);
    var countries = Caravan.Bench.SyntheticEvents.Countries;
    var types = Caravan.Bench.SyntheticEvents.Types;
    watch.Restart();
    Caravan.Bench.SyntheticEvents.Load(relational, events, random);

    var loadSeconds = watch.Elapsed.TotalSeconds;
    var latencies = new List<double>();
    for (var q = 0; q < 300; q++)
    {
        var year = random.Next(1995, 2025);
        var query = new Caravan.Storage.EventQuery
        {
            Country = countries[random.Next(countries.Length)],
            Type = types[random.Next(types.Length)],
            Since = Caravan.Core.Dates.PartialDate.OfYear(year),
            Until = Caravan.Core.Dates.PartialDate.OfYear(year + 1),
            Limit = 100,
        };
        watch.Restart();
        store.QueryEvents(query);
        latencies.Add(watch.Elapsed.TotalMilliseconds);
    }

    latencies.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"store: {(relational is Caravan.Storage.Postgres.PostgresEventStore ? "PostgreSQL" : "SQLite")}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest (read, extract, store, link entities): {documents} documents in {ingestSeconds:F1} s = {documents / ingestSeconds:F1} documents/s"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loaded {store.CountEvents():N0} events ({events:N0} synthetic) in {loadSeconds:F1} s"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"filtered query (country, type, one-year range, 100 rows) x300: p50 {latencies[150]:F2} ms, p95 {latencies[285]:F2} ms, max {latencies[^1]:F2} ms"));
}

// `memory THOUSANDS`: what ingesting documents costs in memory and on disk, per 1,000 documents (SQLite, one worker).
static void MemoryPerThousand(string samples, int thousands)
{
    var texts = Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
    var folder = Directory.CreateTempSubdirectory("caravan-bench-memory-").FullName;
    var documents = thousands * 1000;
    for (var i = 0; i < documents; i++)
    {
        File.WriteAllText(Path.Combine(folder, $"doc-{i:D6}.txt"), texts[i % texts.Length] + $"\n\nBench copy {i}.");
    }

    var database = Path.Combine(folder, "memory.db");
    using (var store = new Caravan.Storage.Sqlite.SqliteEventStore(database, Caravan.Core.Sharing.Reader.Instance))
    {
        store.Migrate();
        var ingestor = new Caravan.Ingestion.DocumentIngestor(store, ExtractionPipeline.CreateDefault(), new Caravan.Extraction.Resolution.EntityMatcher(Caravan.Extraction.Knowledge.KnowledgeBase.Default), TimeProvider.System);
        ingestor.Ingest(Path.Combine(folder, "doc-000000.txt"));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        foreach (var file in Directory.GetFiles(folder, "doc-*.txt").Order(StringComparer.Ordinal).Skip(1))
        {
            ingestor.Ingest(file);
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        var perThousand = 1000.0 / (documents - 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{documents - 1:N0} documents ingested in {watch.Elapsed.TotalSeconds:F1} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"per 1,000 documents: {allocated * perThousand / 1048576.0:F0} MB allocated (collected as it goes), {retained * perThousand / 1048576.0:F2} MB of managed heap retained"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB for the whole run; database {new FileInfo(database).Length * perThousand / 1048576.0:F1} MB per 1,000 documents"));
    }

    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

// `load CLIENTS URL SECONDS`: concurrent clients over loopback against the API for a bounded time.
static async Task LoadTest(string baseUrl, int clients, int seconds)
{
    var uri = new Uri(baseUrl);
    if (!System.Net.IPAddress.TryParse(uri.Host, out var address) || !System.Net.IPAddress.IsLoopback(address))
    {
        throw new ArgumentException($"the load test only talks to loopback addresses, not {uri.Host}");
    }

    (string Kind, string Path)[] paths =
    [
        ("API", "/api/events?country=KG&limit=50"), ("API", "/api/events?type=armed_clash"), ("API", "/api/events?since=2001&until=2017&limit=100"),
        ("API", "/api/entities?search=Islamic"), ("API", "/api/events/export?format=geojson"), ("API", "/api/health"),
        ("TAXII", "/taxii2/"), ("TAXII", "/taxii2/caravan/collections/"), ("TAXII", "/taxii2/caravan/collections/local-green/objects/?limit=100"),
        ("TAXII", "/taxii2/caravan/collections/local-green/manifest/?limit=100"), ("TAXII", "/taxii2/caravan/collections/local-green/objects/?match[type]=incident&limit=50"),
    ];
    using var http = new HttpClient { BaseAddress = uri, Timeout = TimeSpan.FromSeconds(10) };
    if (Environment.GetEnvironmentVariable("CARAVAN_API_KEY") is { Length: > 0 } key)
    {
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
    }

    var latencies = new System.Collections.Concurrent.ConcurrentBag<(string Kind, double Milliseconds)>();
    var errors = 0;
    var deadline = DateTime.UtcNow.AddSeconds(seconds);
    var watch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
    {
        var i = client;
        while (DateTime.UtcNow < deadline)
        {
            var (kind, path) = paths[i++ % paths.Length];
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref errors);
            }

            latencies.Add((kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        }
    }));
    var elapsed = watch.Elapsed.TotalSeconds;
    foreach (var group in latencies.GroupBy(l => l.Kind).Prepend(latencies.GroupBy(_ => "all").Single()))
    {
        var sorted = group.Select(l => l.Milliseconds).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{group.Key}: {clients} clients, {elapsed:F0} s: {sorted.Length:N0} requests = {sorted.Length / elapsed:F0} requests/s; p50 {sorted[sorted.Length / 2]:F1} ms, p99 {sorted[(int)(sorted.Length * 0.99)]:F1} ms"));
    }

    Console.WriteLine($"errors: {errors}");
}

static int CountWords(string text)
{
    var count = 0;
    var inWord = false;
    foreach (var c in text)
    {
        var isWord = char.IsLetterOrDigit(c);
        if (isWord && !inWord)
        {
            count++;
        }

        inWord = isWord;
    }

    return count;
}

static string FindSamples()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "samples");
        if (Directory.Exists(candidate))
        {
            return candidate;
        }
    }

    throw new DirectoryNotFoundException("samples/ not found");
}
