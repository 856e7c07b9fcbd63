using System.CommandLine;
using System.Globalization;
using Caravan.Core.Documents;
using Caravan.Core.Evaluation;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Detection;
using Caravan.Extraction.Knowledge;

namespace Caravan.Cli.Commands;

/// <summary>`caravan eval --gold DIR...`: extracts every NAME.txt that has a NAME.gold.json and scores it; `--folds K` cross-validates the event model.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = CommonOptions.GoldFolders();
        var verbose = new Option<bool>("--verbose") { Description = "Per-document scores and unmatched events (with --folds, each as the model that did not see it scored it)" };
        var folds = new Option<int?>("--folds") { Description = "Cross-validate the event model: train on all folds but one, score that one, for each" };
        var model = new Option<FileInfo?>("--model") { Description = "Event model to score with (default: the shipped one)" };
        var rules = new Option<bool>("--rules") { Description = "Score the hand-written rules alone, without the event model" };
        var seed = new Option<int>("--seed") { Description = "With --folds: seed of the fold assignment and training order", DefaultValueFactory = _ => 1 };
        var threshold = new Option<double>("--threshold") { Description = "With --folds: the probability from which the trained models report a happening", DefaultValueFactory = _ => new EventModelTrainer.Options().Threshold };
        var reprint = new Option<string?>("--reprint") { Description = "Score the reports as other sources print them: " + string.Join(", ", Reprint.Names) };
        reprint.AcceptOnlyFromAmong([.. Reprint.Names]);
        var command = new Command("eval", "Score the pipeline against gold annotations") { gold, verbose, folds, model, rules, seed, threshold, reprint };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(gold), parse.GetValue(verbose), parse.GetValue(folds), parse.GetValue(model), parse.GetValue(rules),
            new EventModelTrainer.Options(Seed: parse.GetValue(seed), Threshold: parse.GetValue(threshold)), parse.GetValue(reprint)));
        return command;
    }

    private static int Run(DirectoryInfo[] folders, bool verbose, int? folds, FileInfo? modelFile, bool rulesOnly, EventModelTrainer.Options training, string? reprint)
    {
        var (documents, error) = GoldFolders.Read(folders);
        if (error is not null)
        {
            Console.Error.WriteLine(error);
            return 2;
        }

        if (reprint is not null)
        {
            documents = [.. documents.Select(d => d with { Text = Reprint.Apply(reprint, d.Text) })];
        }

        if (folds is { } k)
        {
            return CrossValidate(documents, k, training, verbose);
        }

        EventModel? model;
        try
        {
            model = rulesOnly ? null : modelFile is null ? EventModel.Default : EventModels.Load(modelFile);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        var pipeline = ExtractionPipeline.CreateDefault(KnowledgeBase.Default, model);
        var total = EvaluationReport.Empty;
        foreach (var document in documents)
        {
            var predicted = pipeline.Extract(document.Name, document.Text);
            var report = ExtractionScorer.Score(document.Gold, predicted);
            total += report;
            if (verbose)
            {
                PrintDocument(document.Name, report, document.Gold, predicted);
            }
        }

        Console.WriteLine($"documents: {documents.Count}");
        Print(total);
        return 0;
    }

    private static int CrossValidate(IReadOnlyList<EventTrainingSet.GoldDocument> documents, int folds, EventModelTrainer.Options training, bool verbose)
    {
        if (folds < 2 || folds > documents.Count)
        {
            Console.Error.WriteLine($"--folds: between 2 and the number of documents ({documents.Count}), not {folds}");
            return 2;
        }

        IReadOnlyList<CrossValidation.Fold> results = [];
        var scored = new List<CrossValidation.ScoredDocument>();
        ProgressBar.Run($"{folds}-fold cross-validation", documents.Count, step =>
            results = CrossValidation.Run(documents, folds, training, document =>
            {
                scored.Add(document);
                step();
            }));
        if (verbose)
        {
            foreach (var document in scored.OrderBy(d => d.Document.Name, StringComparer.Ordinal))
            {
                PrintDocument(document.Document.Name, document.Report, document.Document.Gold, document.Predicted);
            }
        }

        foreach (var fold in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"fold {fold.Number} ({fold.Documents} documents): events F1={fold.Report.Events.F1:F3} strict F1={fold.Report.StrictEvents.F1:F3} date {fold.Report.Date.Value:F3} entities F1={fold.Report.Entities.F1:F3}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mean of {folds} folds: events F1={results.Average(f => f.Report.Events.F1):F3} strict F1={results.Average(f => f.Report.StrictEvents.F1):F3} date {results.Average(f => f.Report.Date.Value):F3} entities F1={results.Average(f => f.Report.Entities.F1):F3}"));
        Console.WriteLine($"candidates that are new happenings (the model alone): {Format(results.Aggregate(default(Tally), (sum, fold) => sum + fold.Candidates))}");
        Console.WriteLine($"all {documents.Count} documents, each scored by the model that did not see it:");
        Print(results.Aggregate(EvaluationReport.Empty, (sum, fold) => sum + fold.Report));
        return 0;
    }

    private static void PrintDocument(string name, EvaluationReport report, DocumentExtraction gold, DocumentExtraction predicted)
    {
        Console.WriteLine($"{Path.GetFileNameWithoutExtension(name)}: events {Format(report.Events)}  entities {Format(report.Entities)}");
        EvalDiagnostics.Print(gold, predicted);
    }

    private static void Print(EvaluationReport total)
    {
        Console.WriteLine($"events:          {Format(total.Events)}");
        Console.WriteLine($"events (strict): {Format(total.StrictEvents)}");
        Console.WriteLine($"entities:        {Format(total.Entities)}");
        Console.WriteLine($"entities (typed): {Format(total.TypedEntities)}");
        Console.WriteLine($"publication date: {Format(total.Published)}");
        Console.WriteLine("matched-event slot accuracy:");
        Console.WriteLine($"  type {Format(total.Type)}  date {Format(total.Date)}  country {Format(total.Country)}  admin1 {Format(total.Admin1)}");
        Console.WriteLine($"  fatalities {Format(total.Fatalities)}  injured {Format(total.Injured)}  arrested {Format(total.Arrested)}");
        Console.WriteLine($"  actors {Format(total.Actors)}  targets {Format(total.Targets)}");
        var e = total.Errors;
        Console.WriteLine("unpaired events by cause:");
        Console.WriteLine($"  gold: no prediction on its sentence {e.MissedSentences}, wrong family {e.WrongFamily}, date contradicts {e.DateContradicts}, country differs or pair taken {e.CountryDiffers}");
        Console.WriteLine($"  predicted on no gold sentence: repeats a happening {e.Repeats}, other {e.OtherSpurious}");
        Console.WriteLine($"  paired with a date other than gold's: {e.MatchedLessPreciseDate}");
    }

    private static string Format(Tally t) => string.Create(CultureInfo.InvariantCulture,
        $"P={t.Precision:F3} R={t.Recall:F3} F1={t.F1:F3} (matched {t.Matched}, predicted {t.Predicted}, gold {t.Gold})");

    private static string Format(Accuracy a) => a.Compared == 0
        ? "n/a"
        : string.Create(CultureInfo.InvariantCulture, $"{a.Value:F3} ({a.Correct}/{a.Compared})");
}
