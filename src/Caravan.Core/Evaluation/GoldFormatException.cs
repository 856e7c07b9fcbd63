namespace Caravan.Core.Evaluation;

/// <summary>An annotation file that does not follow GOLD-FORMAT.md; the message names the file and the field.</summary>
public sealed class GoldFormatException(string source, string problem) : Exception($"{source}: {problem}")
{
    public string FileName { get; } = source;
}
