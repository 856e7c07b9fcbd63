namespace Caravan.Core.Entities;

/// <summary>Entity types of GOLD-FORMAT.md.</summary>
public enum EntityType
{
    Person,
    Org,
    ArmedGroup,
    /// <summary>Countries, provinces, cities: places with a government.</summary>
    Gpe,
    /// <summary>Places without one: valleys, passes, rivers, regions such as Central Asia.</summary>
    Loc,
}
