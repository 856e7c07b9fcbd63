using Caravan.Core.Entities;

namespace Caravan.Extraction.Model;

/// <summary>
/// A span of text that names an entity. <see cref="Key"/> groups mentions of one thing (a lexicon's
/// canonical name, a gazetteer place, or a name resolved inside the document).
/// </summary>
public sealed record Mention(int Start, int End, string Text, EntityType Type, int SentenceIndex)
{
    /// <summary>Canonical name when a lexicon or the gazetteer knows the entity.</summary>
    public string? Canonical { get; init; }

    public string? Country { get; init; }

    public PlaceInfo? Place { get; init; }

    /// <summary>True for a demonym or adjective use ("Kyrgyz officials"): it names a country, not a place of action.</summary>
    public bool IsDemonym { get; init; }

    /// <summary>The entity this mention was resolved to; set by the resolver.</summary>
    public string? EntityName { get; init; }
}
