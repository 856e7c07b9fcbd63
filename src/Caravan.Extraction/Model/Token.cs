namespace Caravan.Extraction.Model;

/// <summary>A word or punctuation mark with its character span in the document text.</summary>
public readonly record struct Token(string Text, int Start, int End)
{
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);

    /// <summary>The word in lower case, made once: every stage asks for it, some several times a word.</summary>
    public string Lower { get; } = Text.ToLowerInvariant();
}
