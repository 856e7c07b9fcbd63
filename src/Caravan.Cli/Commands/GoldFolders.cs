using Caravan.Core.Evaluation;
using Caravan.Extraction.Detection;
using Caravan.Ingestion.Sources;

namespace Caravan.Cli.Commands;

/// <summary>Reads folders of NAME.txt with NAME.gold.json beside them, in name order.</summary>
internal static class GoldFolders
{
    /// <summary>The documents, or an error sentence naming the folder at fault.</summary>
    public static (IReadOnlyList<EventTrainingSet.GoldDocument> Documents, string? Error) Read(IReadOnlyList<DirectoryInfo> folders)
    {
        var documents = new List<EventTrainingSet.GoldDocument>();
        foreach (var folder in folders)
        {
            if (!folder.Exists)
            {
                return ([], $"no such folder: {folder.FullName}");
            }

            var before = documents.Count;
            foreach (var goldFile in folder.EnumerateFiles("*.gold.json").OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                var name = goldFile.Name[..^".gold.json".Length];
                var textFile = Path.Combine(folder.FullName, name + ".txt");
                if (File.Exists(textFile))
                {
                    var source = SourceReader.Read(textFile);
                    documents.Add(new(source.FileName, source.Text, GoldFormat.Parse(File.ReadAllText(goldFile.FullName), goldFile.Name)));
                }
            }

            if (documents.Count == before)
            {
                return ([], $"no NAME.txt with NAME.gold.json in {folder.FullName}");
            }
        }

        return (documents, null);
    }
}
