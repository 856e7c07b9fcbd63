using System.Diagnostics;
using System.Globalization;
using Caravan.Extraction.Model;
using Caravan.Extraction.Pipeline;

namespace Caravan.Bench;

/// <summary>
/// `large [FOLDER...]`: one document of 10 KB, 100 KB, 1 MB, 2 MB and 5 MB each, built from the paragraphs of
/// real reports in a shuffled order (so no two neighbours repeat), through the full pipeline on one core: is the
/// time per MB flat? Each row is the median of three runs. With `--stages`, the time of each stage on the largest; with `--all-cores`, not pinned to one
/// core, so the tagger's runs of a long text go side by side.
/// </summary>
internal static class LargeDocuments
{
    private static readonly int[] Sizes = [10_000, 100_000, 1_000_000, 2_000_000, 5_000_000];

    /// <summary>Each size is run this many times; its row gives the median.</summary>
    private const int Runs = 3;

    private const int WarmupDocuments = 40;

    public static void Run(string[] folders, bool stages, bool allCores)
    {
        Console.WriteLine(allCores ? $"all {Environment.ProcessorCount} cores" : "one core");
        if (!allCores && (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()))
        {
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        }

        var paragraphs = ReportParagraphs.Of(folders.SelectMany(f => Directory.GetFiles(f, "*.txt")).Order(StringComparer.Ordinal));
        Console.WriteLine($"{paragraphs.Length} paragraphs of {folders.Length} folders");
        var pipeline = ExtractionPipeline.CreateDefault();
        // Warm up first, so the rows compare steady states, not the JIT's first passes: the code a long text runs side by
        // side is compiled at its first tier until it has run a while, and a method run once a document stays there until
        // it has been called 30 times. Forty small documents, then two of each larger size, then a pause for the compiler.
        for (var document = 0; document < WarmupDocuments; document++)
        {
            pipeline.Extract("warmup.txt", ReportParagraphs.LargeText(paragraphs, Sizes[0] + document + 1));
        }

        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var size in Sizes.Skip(1).Take(2))
            {
                pipeline.Extract("warmup.txt", ReportParagraphs.LargeText(paragraphs, size + pass + 1));
            }
        }

        Thread.Sleep(TimeSpan.FromSeconds(1));

        foreach (var size in Sizes)
        {
            var text = ReportParagraphs.LargeText(paragraphs, size);
            DocumentDraft draft = null!;
            var seconds = Enumerable.Range(0, Runs).Select(_ =>
            {
                var watch = Stopwatch.StartNew();
                draft = pipeline.Run("large.txt", text);
                return watch.Elapsed.TotalSeconds;
            }).Order().ElementAt(Runs / 2);
            var megabytes = System.Text.Encoding.UTF8.GetByteCount(text) / 1e6;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{megabytes,6:F2} MB: {seconds,7:F2} s, {seconds / megabytes,6:F2} s per MB, {megabytes / seconds,5:F2} MB/s; {draft.Events.Count} events, {draft.Entities.Count} entities"));
        }

        if (stages)
        {
            foreach (var size in Sizes)
            {
                var draft = new DocumentDraft("large.txt", ReportParagraphs.LargeText(paragraphs, size));
                var times = new List<string>();
                foreach (var stage in pipeline.Stages)
                {
                    var watch = Stopwatch.StartNew();
                    draft = stage.Apply(draft);
                    times.Add(string.Create(CultureInfo.InvariantCulture, $"{stage.GetType().Name} {watch.Elapsed.TotalSeconds:F2}"));
                }

                Console.WriteLine($"  {size / 1000} KB: {string.Join(", ", times)}");
            }
        }
    }
}
