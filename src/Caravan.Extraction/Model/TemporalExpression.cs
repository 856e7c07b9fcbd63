using Caravan.Core.Dates;

namespace Caravan.Extraction.Model;

/// <summary>A date named in the text, resolved as far as the text allows.</summary>
public sealed record TemporalExpression(int Start, int End, string Text, int SentenceIndex, PartialDate Date)
{
    public PartialDate? DateEnd { get; init; }

    /// <summary>Further dates of a conjunction such as "in 1999 and 2000".</summary>
    public IReadOnlyList<PartialDate> Also { get; init; } = [];

    public bool IsRelative { get; init; }

    /// <summary>
    /// Days counted from the date before, for "the day after" and "N days before": these name the happening
    /// of the clause that follows, so an event reported after the expression lies the other way.
    /// </summary>
    public int? PrepositionalOffset { get; init; }
}
