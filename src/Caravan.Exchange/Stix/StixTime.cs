using System.Globalization;
using Caravan.Core.Dates;

namespace Caravan.Exchange.Stix;

/// <summary>STIX timestamps: UTC, millisecond precision, "Z".</summary>
public static class StixTime
{
    public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The first moment a partial date can mean; null for a date without a year.</summary>
    public static string? FirstMoment(PartialDate? date) => date is { Year: { } year } d
        ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{d.Month ?? 1:D2}-{d.Day ?? 1:D2}T00:00:00.000Z")
        : null;

    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
