using System.Diagnostics;
using System.Globalization;
using Caravan.Extraction.Pipeline;

// Benchmarks measured here, not in tests. `dotnet run -c Release --project bench/Caravan.Bench -- extract [MB]`.
var benchmark = args.Length > 0 ? args[0] : "extract";
var megabytes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
var samples = FindSamples();

switch (benchmark)
{
    case "extract":
        ExtractThroughput(samples, megabytes);
        return 0;
    default:
        Console.Error.WriteLine($"unknown benchmark '{benchmark}'; known: extract");
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
