namespace Caravan.Testing;

/// <summary>The repository's samples/ folder: the five seed reports and their gold annotations.</summary>
internal static class Samples
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Caravan.slnx")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/ not found above " + AppContext.BaseDirectory);
    }
}
