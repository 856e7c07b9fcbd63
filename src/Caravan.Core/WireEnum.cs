namespace Caravan.Core;

/// <summary>Enum values as they travel in URLs, JSON and the database: lower-case names, never numbers.</summary>
public static class WireEnum
{
    public static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);

    public static IReadOnlyList<T> All<T>()
        where T : struct, Enum => Enum.GetValues<T>();
}
