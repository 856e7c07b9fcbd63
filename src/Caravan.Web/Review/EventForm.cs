using System.Text.Json.Serialization;
using Caravan.Core.Dates;
using Caravan.Core.Events;
using Caravan.Core.Places;
using Caravan.Extraction.Knowledge;

namespace Caravan.Web.Review;

/// <summary>
/// An event as an analyst writes it, in the review form or as JSON: text fields, names separated by ";".
/// Turned into an event on top of the one it corrects, so what the form leaves alone stays as it was.
/// </summary>
public sealed class EventForm
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("date")] public string? Date { get; set; }
    [JsonPropertyName("date_end")] public string? DateEnd { get; set; }
    [JsonPropertyName("country")] public string? Country { get; set; }
    [JsonPropertyName("admin1")] public string? Admin1 { get; set; }
    [JsonPropertyName("location")] public string? Location { get; set; }
    [JsonPropertyName("latitude")] public double? Latitude { get; set; }
    [JsonPropertyName("longitude")] public double? Longitude { get; set; }
    [JsonPropertyName("actors")] public string? Actors { get; set; }
    [JsonPropertyName("targets")] public string? Targets { get; set; }
    [JsonPropertyName("fatalities")] public int? Fatalities { get; set; }
    [JsonPropertyName("injured")] public int? Injured { get; set; }
    [JsonPropertyName("arrested")] public int? Arrested { get; set; }
    [JsonPropertyName("evidence")] public string? Evidence { get; set; }
    [JsonPropertyName("note")] public string? Note { get; set; }

    public EventForm Copy() => (EventForm)MemberwiseClone();

    public static EventForm From(ExtractedEvent e) => new()
    {
        Type = e.Type.ToWireName(),
        Date = e.Date?.ToString(),
        DateEnd = e.DateEnd?.ToString(),
        Country = e.Place.Country,
        Admin1 = e.Place.Admin1,
        Location = e.Place.Location,
        Latitude = e.Place.Latitude,
        Longitude = e.Place.Longitude,
        Actors = string.Join("; ", e.Actors),
        Targets = string.Join("; ", e.Targets),
        Fatalities = e.Fatalities,
        Injured = e.Injured,
        Arrested = e.Arrested,
        Evidence = e.Evidence,
    };

    /// <summary>The event the form describes, or the first field that is wrong and why.</summary>
    public (ExtractedEvent? Event, FieldError? Error) ToEvent(ExtractedEvent? corrected)
    {
        var (e, errors) = Check(corrected);
        return (e, errors.Count > 0 ? errors[0] : null);
    }

    /// <summary>The event the form describes, or every field that is wrong and why, at once.</summary>
    public (ExtractedEvent? Event, IReadOnlyList<FieldError> Errors) Check(ExtractedEvent? corrected)
    {
        var errors = new List<FieldError>();
        if (!EventTypes.TryParse(Type, out var type))
        {
            errors.Add(new("type", $"'{Type}' is not an event type."));
        }

        var (date, dateError) = ParseDate(Date, "date");
        var (end, endError) = ParseDate(DateEnd, "date_end");
        errors.AddRange(new[] { dateError, endError }.OfType<FieldError>());

        string? countryCode = null;
        if (Blank(Country) is { } country && (countryCode = CountryCodes.Of(country)) is null)
        {
            errors.Add(new("country", $"'{country}' is not a country name or two-letter ISO code."));
        }

        if (new[] { Fatalities, Injured, Arrested }.Any(n => n < 0))
        {
            errors.Add(new("fatalities", "Counts cannot be negative."));
        }

        if (Latitude is < -90 or > 90 || Longitude is < -180 or > 180 || (Latitude is null) != (Longitude is null))
        {
            errors.Add(new("latitude", "Give both latitude (-90 to 90) and longitude (-180 to 180), or neither."));
        }

        var evidence = corrected?.Evidence ?? Evidence?.Trim();
        if (string.IsNullOrEmpty(evidence))
        {
            errors.Add(new("evidence", "An event added by hand needs the sentence of the document that reports it."));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var place = PlaceOf(corrected?.Place, countryCode);
        return (new ExtractedEvent
        {
            Type = type,
            Date = date,
            DateEnd = end,
            Place = place,
            Actors = Names(Actors),
            Targets = Names(Targets),
            Fatalities = Fatalities,
            Injured = Injured,
            Arrested = Arrested,
            Evidence = evidence!,
            EvidenceStart = corrected?.EvidenceStart ?? 0,
            Confidence = 1.0,
        }, []);
    }

    /// <summary>Coordinates the analyst gives win; otherwise the old ones stay while the location does.</summary>
    private PlaceReference PlaceOf(PlaceReference? old, string? country)
    {
        var admin1 = Blank(Admin1);
        var location = Blank(Location);
        if (old is not null && old.Location == location && old.Admin1 == admin1 && old.Latitude == Latitude && old.Longitude == Longitude)
        {
            return old with { Country = country }; // nothing of the place was touched: its precision stays as it was
        }

        if (Latitude is { } lat && Longitude is { } lon)
        {
            return new PlaceReference(country, admin1, location, lat, lon, GeoPrecision.Exact);
        }

        if (old is not null && string.Equals(old.Location, location, StringComparison.Ordinal) && string.Equals(old.Admin1, admin1, StringComparison.Ordinal))
        {
            return old with { Country = country };
        }

        var precision = location is not null ? GeoPrecision.Exact : admin1 is not null ? GeoPrecision.Admin1 : country is not null ? GeoPrecision.Country : GeoPrecision.None;
        return new PlaceReference(country, admin1, location, null, null, precision);
    }

    private static (PartialDate?, FieldError?) ParseDate(string? text, string field)
    {
        if (Blank(text) is not { } value)
        {
            return (null, null);
        }

        return PartialDate.TryParse(value, out var date)
            ? (date, null)
            : (null, new FieldError(field, $"'{value}' is not a date YYYY, YYYY-MM or YYYY-MM-DD."));
    }

    private static string[] Names(string? text) =>
        [.. (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

}

/// <summary>A form field that cannot be read, and why.</summary>
public sealed record FieldError(string Field, string Message);
