namespace Caravan.Core.Entities;

/// <summary>One real-world thing named in a document, with every surface form the document used.</summary>
public sealed record Entity(string Name, EntityType Type, IReadOnlyList<string> Aliases)
{
    /// <summary>ISO 3166-1 alpha-2 of the country the entity belongs to, where known.</summary>
    public string? Country { get; init; }
}
