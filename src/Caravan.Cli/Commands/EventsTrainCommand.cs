using System.CommandLine;
using System.Globalization;
using Caravan.Extraction.Detection;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Pipeline;

namespace Caravan.Cli.Commands;

/// <summary>`caravan events train --gold DIR... --out MODEL`: trains the event model on gold annotations.</summary>
internal static class EventsTrainCommand
{
    public static Command Create()
    {
        var gold = CommonOptions.GoldFolders();
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training sentences", DefaultValueFactory = _ => new EventModelTrainer.Options().Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the training order (same data and seed, same model)", DefaultValueFactory = _ => 1 };
        var command = new Command("train", "Train the event model on gold annotations") { gold, output, epochs, seed };
        command.SetAction(parse => Run(parse.GetRequiredValue(gold), parse.GetRequiredValue(output), parse.GetValue(epochs), parse.GetValue(seed)));
        return command;
    }

    private static int Run(DirectoryInfo[] folders, FileInfo output, int epochs, int seed)
    {
        if (epochs < 1)
        {
            Console.Error.WriteLine($"--epochs: at least 1, not {epochs}");
            return 2;
        }

        var (documents, error) = GoldFolders.Read(folders);
        if (error is not null)
        {
            Console.Error.WriteLine(error);
            return 2;
        }

        var observer = ExtractionPipeline.CreateDefault(KnowledgeBase.Default, events: null);
        var examples = new List<LabelledSentence>();
        ProgressBar.Run("reading gold", documents.Count, step =>
        {
            foreach (var document in documents)
            {
                examples.AddRange(EventTrainingSet.Build(observer, [document]));
                step();
            }
        });

        EventModel? model = null;
        ProgressBar.Run("training", epochs, step =>
            model = EventModelTrainer.Train(examples, new EventModelTrainer.Options(Epochs: epochs, Seed: seed), new Progress(step)));

        output.Directory?.Create();
        using (var stream = output.Create())
        {
            model!.Save(stream);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{documents.Count} documents, {examples.Count} sentences ({examples.Count(e => e.Labels.Count > 0)} reporting events), {model!.FeatureCount} features -> {output.FullName}"));
        return 0;
    }

    private sealed class Progress(Action step) : IProgress<int>
    {
        public void Report(int value) => step();
    }
}
