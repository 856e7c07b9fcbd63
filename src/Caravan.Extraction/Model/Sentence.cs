namespace Caravan.Extraction.Model;

/// <summary>A sentence of the document with its tokens; <see cref="Paragraph"/> counts blank-line blocks.</summary>
public sealed record Sentence(int Index, int Paragraph, int Start, int End, string Text, IReadOnlyList<Token> Tokens)
{
    /// <summary>True for a headline or heading line: no final punctuation and most words capitalised.</summary>
    public bool IsHeading { get; init; }
}
