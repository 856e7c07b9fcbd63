namespace Caravan.Testing;

/// <summary>
/// The ../shared folder beside the repository (CoNLL-2003, the training and development reports): CI has it, a
/// fresh clone alone does not, and its texts may not be copied into the repository.
/// </summary>
internal static class SharedData
{
    public static string Folder { get; } = Path.GetFullPath(Path.Combine(Samples.RepositoryRoot, "..", "shared"));

    public static string PathOf(string relative) => Path.Combine(Folder, relative);
}

/// <summary>A fact that needs a file or folder under ../shared, skipped with a message naming it when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        var path = SharedData.PathOf(relativePath);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Skip = $"needs {path} (the shared data beside the repository), which is not here";
        }
    }
}
