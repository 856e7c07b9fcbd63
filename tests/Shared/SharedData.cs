namespace Caravan.Testing;

/// <summary>
/// The ../shared folder beside the repository (CoNLL-2003, the training and development reports): CI has it, a
/// fresh clone alone does not, and its texts may not be copied into the repository.
/// </summary>
internal static class SharedData
{
    public static string Folder { get; } = Path.GetFullPath(Path.Combine(Samples.RepositoryRoot, "..", "shared"));

    public static string PathOf(string relative) => Path.Combine(Folder, relative);

    /// <summary>Why a test that needs the path cannot run here, or null when it can.</summary>
    public static string? SkipWithout(string relative)
    {
        var path = PathOf(relative);
        return File.Exists(path) || Directory.Exists(path) ? null : $"needs {path} (the shared data beside the repository), which is not here";
    }
}

/// <summary>A fact that needs a file or folder under ../shared, skipped with a message naming it when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        Skip = SharedData.SkipWithout(relativePath);
    }
}

/// <summary>A theory that needs a file or folder under ../shared, skipped as <see cref="SharedDataFactAttribute"/> is.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string relativePath)
    {
        Skip = SharedData.SkipWithout(relativePath);
    }
}
