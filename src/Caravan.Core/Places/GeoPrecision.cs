namespace Caravan.Core.Places;

/// <summary>How exactly an event is placed on the map.</summary>
public enum GeoPrecision
{
    None,
    Country,
    Admin1,
    Exact,
}
