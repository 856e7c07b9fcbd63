using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Ner;
using Spectre.Console;

namespace Caravan.Cli.Commands;

/// <summary>`caravan ner train` and `caravan ner tag`: the statistical named-entity tagger.</summary>
internal static class NerCommand
{
    public static Command Create()
    {
        var command = new Command("ner", "Train and run the named-entity tagger (CoNLL format)");
        command.Subcommands.Add(Train());
        command.Subcommands.Add(Tag());
        return command;
    }

    private static Command Train()
    {
        var train = new Option<FileInfo>("--train") { Description = "CoNLL training file (token ... label per line)", Required = true };
        var dev = new Option<FileInfo>("--dev") { Description = "CoNLL development file, scored after training", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Model file to write", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data", DefaultValueFactory = _ => 12 };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed; the same seed gives the same model", DefaultValueFactory = _ => 13 };
        var prune = new Option<float>("--prune") { Description = "Drop features whose largest averaged weight is below this", DefaultValueFactory = _ => 0.01f };
        var command = new Command("train", "Train the tagger and print development precision, recall and F1 per type") { train, dev, output, epochs, seed, prune };
        command.SetAction(parse =>
        {
            var trainFile = parse.GetRequiredValue(train);
            var devFile = parse.GetRequiredValue(dev);
            foreach (var file in new[] { trainFile, devFile })
            {
                if (!file.Exists)
                {
                    Console.Error.WriteLine($"no such file: {file.FullName}");
                    return 2;
                }
            }

            List<NerSentence> trainSentences, devSentences;
            try
            {
                trainSentences = ReadLabelled(trainFile);
                devSentences = ReadLabelled(devFile);
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }

            var lexicons = new LexiconFeatures(KnowledgeBase.Default);
            var epochCount = parse.GetValue(epochs);
            PerceptronModel? model = null;
            var watch = Stopwatch.StartNew();
            Console.Error.WriteLine($"training on {trainSentences.Count} sentences ({trainSentences.Sum(s => s.Tokens.Count)} tokens), {epochCount} epochs");
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("training", maxValue: epochCount * (double)trainSentences.Count);
                    var progress = new SynchronousProgress<(int Epoch, int Sentence, int Mistakes)>(p =>
                    {
                        task.Value = ((p.Epoch - 1) * (double)trainSentences.Count) + p.Sentence;
                        task.Description = $"epoch {p.Epoch}/{epochCount}, {p.Mistakes} mistakes";
                    });
                    model = new PerceptronTrainer(lexicons).Train(trainSentences, epochCount, parse.GetValue(seed), parse.GetValue(prune), progress);
                });

            var outputFile = parse.GetRequiredValue(output);
            outputFile.Directory?.Create();
            using (var stream = outputFile.Create())
            {
                model!.Save(stream);
            }

            outputFile.Refresh();
            var tagger = new NerTagger(model!, lexicons);
            var history = new PredictionHistory();
            var onePass = NerScore.Score(devSentences.Select(s => (s.Labels!, (IReadOnlyList<string>)tagger.Tag(s.Tokens, history))).ToList());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one pass F1={onePass["ALL"].F1:F4}"));
            var twoPass = tagger.TagText([.. devSentences.Select(s => s.Tokens)]);
            var scores = NerScore.Score(devSentences.Select((s, i) => (s.Labels!, (IReadOnlyList<string>)twoPass[i])).ToList());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trained in {watch.Elapsed.TotalSeconds:F0} s; {model!.FeatureCount:N0} features; model {outputFile.Length / 1024.0 / 1024.0:F1} MB at {outputFile.FullName}"));
            Console.WriteLine($"development set: {devSentences.Count} sentences, {devSentences.Sum(s => s.Tokens.Count)} tokens");
            foreach (var type in new[] { "PER", "ORG", "LOC", "MISC", "ALL" })
            {
                var t = scores.GetValueOrDefault(type);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {type,-4} P={t.Precision:F4} R={t.Recall:F4} F1={t.F1:F4} (gold {t.Gold}, predicted {t.Predicted}, correct {t.Matched})"));
            }

            return 0;
        });
        return command;
    }

    private static Command Tag()
    {
        var file = new Argument<FileInfo>("file") { Description = "CoNLL-style file: tokens in the first column, a blank line between sentences" };
        var modelFile = new Option<FileInfo?>("--model") { Description = "Model file (default: the shipped CoNLL-2003 model)" };
        var command = new Command("tag", "Tag a CoNLL-style file; prints token<TAB>tag lines with the same sentences") { file, modelFile };
        command.SetAction(parse =>
        {
            var input = parse.GetRequiredValue(file);
            if (!input.Exists)
            {
                Console.Error.WriteLine($"no such file: {input.FullName}");
                return 2;
            }

            NerTagger tagger;
            try
            {
                tagger = LoadTagger(parse.GetValue(modelFile));
            }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }

            using var reader = input.OpenText();
            using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false, NewLine = "\n" };
            var first = true;
            var history = new PredictionHistory();
            foreach (var sentence in ConllReader.Read(reader, withLabels: false, input.Name))
            {
                if (!first)
                {
                    output.WriteLine();
                }

                first = false;
                var labels = tagger.Tag(sentence.Tokens, history);
                for (var i = 0; i < labels.Length; i++)
                {
                    output.Write(sentence.Tokens[i]);
                    output.Write('\t');
                    output.WriteLine(labels[i]);
                }
            }

            output.WriteLine();
            return 0;
        });
        return command;
    }

    private static NerTagger LoadTagger(FileInfo? modelFile)
    {
        if (modelFile is null)
        {
            return NerTagger.Default ?? throw new InvalidDataException("no NER model is shipped in this build; give --model FILE");
        }

        if (!modelFile.Exists)
        {
            throw new InvalidDataException($"no such model file: {modelFile.FullName}");
        }

        using var stream = modelFile.OpenRead();
        return NerTagger.Load(stream, modelFile.Name);
    }

    private static List<NerSentence> ReadLabelled(FileInfo file)
    {
        using var reader = file.OpenText();
        return [.. ConllReader.Read(reader, withLabels: true, file.Name)];
    }

    /// <summary>Reports on the calling thread, so the progress bar moves while training runs.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
