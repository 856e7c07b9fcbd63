using System.Reflection;

namespace Caravan.Extraction.Knowledge;

/// <summary>Reads the tab-separated data files shipped inside this assembly (see data/ and its SOURCE.md).</summary>
internal static class DataFiles
{
    public static IEnumerable<string[]> ReadRows(string relativePath)
    {
        var resourceName = "Caravan.Data." + relativePath;
        using var stream = typeof(DataFiles).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Data file '{relativePath}' is not embedded; available: {string.Join(", ", Available())}.");
        using var reader = new StreamReader(stream);
        var isFirst = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            // The gazetteer TSVs start with a header row naming the columns.
            if (isFirst && line.StartsWith("geonameid\t", StringComparison.Ordinal) || isFirst && line.StartsWith("code\tname", StringComparison.Ordinal))
            {
                isFirst = false;
                continue;
            }

            isFirst = false;
            yield return line.Split('\t');
        }
    }

    public static IEnumerable<string> ReadWords(string relativePath) =>
        ReadRows(relativePath).Select(row => row[0].Trim()).Where(word => word.Length > 0);

    private static IEnumerable<string> Available() =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames().Where(n => n.StartsWith("Caravan.Data.", StringComparison.Ordinal));

    public static string Column(this string[] row, int index) => index < row.Length ? row[index].Trim() : string.Empty;

    public static string[] Aliases(this string[] row, int index) =>
        row.Column(index).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
