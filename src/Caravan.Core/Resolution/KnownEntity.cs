using Caravan.Core.Entities;

namespace Caravan.Core.Resolution;

/// <summary>A canonical entity of the knowledge base: one per real thing across all documents.</summary>
public sealed record KnownEntity(long Id, string Name, EntityType Type, string? Country, IReadOnlyList<string> Aliases)
{
    /// <summary>How many documents name it.</summary>
    public int Documents { get; init; }
}
