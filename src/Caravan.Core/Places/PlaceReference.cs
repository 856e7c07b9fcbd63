namespace Caravan.Core.Places;

/// <summary>Where something happened, as far as the text and the gazetteer tell.</summary>
public sealed record PlaceReference(
    string? Country,
    string? Admin1,
    string? Location,
    double? Latitude,
    double? Longitude,
    GeoPrecision Precision)
{
    public static PlaceReference Unknown { get; } = new(null, null, null, null, null, GeoPrecision.None);
}
