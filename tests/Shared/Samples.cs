namespace Caravan.Testing;

/// <summary>The repository's samples/ folder: the five seed reports and their gold annotations.</summary>
internal static class Samples
{
    /// <summary>The folder that holds Caravan.slnx.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Folder { get; } = Path.Combine(RepositoryRoot, "samples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Caravan.slnx")) && Directory.Exists(Path.Combine(dir.FullName, "samples")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Caravan.slnx not found above " + AppContext.BaseDirectory);
    }
}
