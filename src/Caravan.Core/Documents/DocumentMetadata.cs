using Caravan.Core.Dates;

namespace Caravan.Core.Documents;

/// <summary>What a document says about itself: file, headline, publication date and outlet.</summary>
public sealed record DocumentMetadata(string File, string? Title, PartialDate? Published, string? Outlet)
{
    public string? Byline { get; init; }
    public string? Dateline { get; init; }
}
