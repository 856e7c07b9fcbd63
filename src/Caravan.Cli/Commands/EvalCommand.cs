using System.CommandLine;
using System.Globalization;
using Caravan.Core.Evaluation;
using Caravan.Extraction.Pipeline;
using Caravan.Ingestion.Sources;

namespace Caravan.Cli.Commands;

/// <summary>`caravan eval --gold DIR`: extracts every NAME.txt that has a NAME.gold.json and scores it.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<DirectoryInfo>("--gold") { Description = "Folder of NAME.txt with NAME.gold.json beside them", Required = true };
        var verbose = new Option<bool>("--verbose") { Description = "Per-document scores and unmatched events" };
        var command = new Command("eval", "Score the pipeline against gold annotations") { gold, verbose };
        command.SetAction(parse => Run(parse.GetRequiredValue(gold), parse.GetValue(verbose)));
        return command;
    }

    private static int Run(DirectoryInfo goldFolder, bool verbose)
    {
        if (!goldFolder.Exists)
        {
            Console.Error.WriteLine($"no such folder: {goldFolder.FullName}");
            return 2;
        }

        var pipeline = ExtractionPipeline.CreateDefault();
        var total = EvaluationReport.Empty;
        var documents = 0;
        foreach (var goldFile in goldFolder.EnumerateFiles("*.gold.json").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var name = goldFile.Name[..^".gold.json".Length];
            var textFile = Path.Combine(goldFolder.FullName, name + ".txt");
            if (!File.Exists(textFile))
            {
                continue;
            }

            var gold = GoldFormat.Parse(File.ReadAllText(goldFile.FullName), goldFile.Name);
            var source = SourceReader.Read(textFile);
            var predicted = pipeline.Extract(source.FileName, source.Text);
            var report = ExtractionScorer.Score(gold, predicted);
            total += report;
            documents++;
            if (verbose)
            {
                Console.WriteLine($"{name}: events {Format(report.Events)}  entities {Format(report.Entities)}");
                EvalDiagnostics.Print(gold, predicted);
            }
        }

        if (documents == 0)
        {
            Console.Error.WriteLine($"no NAME.txt with NAME.gold.json in {goldFolder.FullName}");
            return 2;
        }

        Console.WriteLine($"documents: {documents}");
        Console.WriteLine($"events:          {Format(total.Events)}");
        Console.WriteLine($"events (strict): {Format(total.StrictEvents)}");
        Console.WriteLine($"entities:        {Format(total.Entities)}");
        Console.WriteLine($"entities (typed): {Format(total.TypedEntities)}");
        Console.WriteLine($"publication date: {Format(total.Published)}");
        Console.WriteLine("matched-event slot accuracy:");
        Console.WriteLine($"  type {Format(total.Type)}  date {Format(total.Date)}  country {Format(total.Country)}  admin1 {Format(total.Admin1)}");
        Console.WriteLine($"  fatalities {Format(total.Fatalities)}  injured {Format(total.Injured)}  arrested {Format(total.Arrested)}");
        return 0;
    }

    private static string Format(Tally t) => string.Create(CultureInfo.InvariantCulture,
        $"P={t.Precision:F3} R={t.Recall:F3} F1={t.F1:F3} (matched {t.Matched}, predicted {t.Predicted}, gold {t.Gold})");

    private static string Format(Accuracy a) => a.Compared == 0
        ? "n/a"
        : string.Create(CultureInfo.InvariantCulture, $"{a.Value:F3} ({a.Correct}/{a.Compared})");
}
