namespace Caravan.Extraction.Ner;

/// <summary>
/// Lower-cased words joined by spaces in a buffer of its own, looked up in a name list as they grow ("new",
/// "new york", "new york city") without a string for each length.
/// </summary>
internal sealed class NameKey
{
    // No listed name is longer; a longer run of words is no name the lists know.
    private const int Capacity = 128;
    private readonly char[] buffer = new char[Capacity];
    private int length;

    public ReadOnlySpan<char> Span => buffer.AsSpan(0, length);

    public void Clear() => length = 0;

    /// <summary>Adds a word (after a space unless it is the first); false when it does not fit.</summary>
    public bool TryAppend(string word)
    {
        var needed = length + word.Length + (length > 0 ? 1 : 0);
        if (needed > Capacity)
        {
            return false;
        }

        if (length > 0)
        {
            buffer[length++] = ' ';
        }

        word.CopyTo(buffer.AsSpan(length));
        length += word.Length;
        return true;
    }
}
