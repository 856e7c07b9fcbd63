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
    case "aliases":
        AliasThresholds(Path.Combine(samples, "..", "tests", "Caravan.Extraction.Tests", "Resolution", "alias-pairs.tsv"));
        return 0;
    case "ner":
        NerThroughput(args.Length > 2 ? args[2] : Path.Combine(samples, "..", "..", "shared", "data", "conll2003", "dev.txt"), megabytes);
        return 0;
    default:
        Console.Error.WriteLine($"unknown benchmark '{benchmark}'; known: extract, ner, aliases");
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
