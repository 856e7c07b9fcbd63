namespace Caravan.Extraction.Ner;

/// <summary>A sentence of tokens with gold labels where known (training and scoring), or none.</summary>
public sealed record NerSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string>? Labels);
