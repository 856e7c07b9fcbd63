namespace Caravan.Extraction.Model;

/// <summary>What the gazetteer knows of a place mention.</summary>
public sealed record PlaceInfo(
    string Name,
    string Country,
    string? Admin1Code,
    string? Admin1,
    double? Latitude,
    double? Longitude,
    PlaceKind Kind,
    long Population);

public enum PlaceKind
{
    Country,
    Admin1,
    City,
    Region,
}
