namespace Caravan.Storage.Relational;

/// <summary>
/// LIKE patterns from what a user typed: '%' and '_' are letters there, not wildcards, so they are escaped with
/// a backslash (every LIKE that takes one says ESCAPE '\').
/// </summary>
internal static class LikePattern
{
    public static string Containing(string text) => "%" + Escape(text) + "%";

    public static string StartingWith(string text) => Escape(text) + "%";

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
