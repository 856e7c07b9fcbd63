using Caravan.Core.Entities;
using Caravan.Extraction.Model;

namespace Caravan.Extraction.Knowledge;

/// <summary>One surface form the lexicons know, with the entity it names.</summary>
public sealed record LexiconEntry(string Surface, string Canonical, EntityType Type, string? Country)
{
    public bool IsDemonym { get; init; }

    /// <summary>Short all-capital acronyms ("IS", "UN") match only in capitals, so "Is" and "Un" never do.</summary>
    public bool CaseSensitive { get; init; }

    public PlaceInfo? Place { get; init; }

    /// <summary>Lower wins when two entries fold to the same key.</summary>
    public int Rank { get; init; }
}
