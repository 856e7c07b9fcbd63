namespace Caravan.Extraction.Ner;

/// <summary>64-bit FNV-1a hashes of feature templates and their values, computed without building strings.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(int template) => Mix(Offset, template);

    public static ulong Of(int template, ReadOnlySpan<char> a) => Add(Of(template), a);

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Add(Add(Of(template), a), b);

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c) => Add(Add(Add(Of(template), a), b), c);

    private static ulong Add(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            hash = (hash ^ c) * Prime;
        }

        // A separator, so ("ab", "c") and ("a", "bc") differ.
        return (hash ^ 0x1F) * Prime;
    }

    private static ulong Mix(ulong hash, int value)
    {
        hash = (hash ^ (ulong)(value & 0xFF)) * Prime;
        hash = (hash ^ (ulong)((value >> 8) & 0xFF)) * Prime;
        return hash;
    }
}
