namespace Caravan.Storage.Tests;

/// <summary>Copies of the five sample reports in a folder, for tests of many workers at once.</summary>
internal static class SampleCopies
{
    /// <param name="distinct">Each copy gets a line of its own, so that it is a document of its own.</param>
    public static List<string> Write(string folder, int copies, bool distinct)
    {
        var files = new List<string>();
        foreach (var sample in Directory.GetFiles(Samples.Folder, "*.txt").Order(StringComparer.Ordinal))
        {
            for (var copy = 0; copy < copies; copy++)
            {
                var path = Path.Combine(folder, $"copy{copy}-{Path.GetFileName(sample)}");
                File.WriteAllText(path, File.ReadAllText(sample) + (distinct ? $"\n\nCopy {copy} of the report." : ""));
                files.Add(path);
            }
        }

        return files;
    }
}
