using System.CommandLine;
using Caravan.Core.Evaluation;
using Caravan.Extraction.Pipeline;
using Caravan.Ingestion.Sources;

namespace Caravan.Cli.Commands;

/// <summary>`caravan extract PATH... --out DIR`: stateless extraction to the gold annotation format.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths("Text, Markdown or HTML files, or folders of them");
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for NAME.json files", Required = true };
        var command = new Command("extract", "Extract entities and events from files into NAME.json (GOLD-FORMAT.md)") { paths, output };
        command.SetAction(parse => Run(parse.GetRequiredValue(paths), parse.GetRequiredValue(output)));
        return command;
    }

    private static int Run(string[] paths, DirectoryInfo output)
    {
        output.Create();
        var pipeline = ExtractionPipeline.CreateDefault();
        var failures = 0;
        var files = SourceReader.Expand(paths).ToList();
        foreach (var file in files)
        {
            try
            {
                var source = SourceReader.Read(file);
                var extraction = pipeline.Extract(source.FileName, source.Text);
                var target = Path.Combine(output.FullName, Path.GetFileNameWithoutExtension(file) + ".json");
                File.WriteAllText(target, GoldFormat.Serialize(extraction) + "\n");
            }
            catch (UnreadableSourceException e)
            {
                Console.Error.WriteLine($"skipped {e.Path}: {e.Reason}");
                failures++;
            }
        }

        Console.Error.WriteLine($"extracted {files.Count - failures} of {files.Count} files into {output.FullName}");
        return failures == 0 ? 0 : 1;
    }
}
