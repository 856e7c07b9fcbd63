using System.Globalization;

namespace Caravan.Storage.Stix;

/// <summary>
/// STIX timestamps in one sortable form (six fraction digits, Z), so that comparing text compares times:
/// "2016-04-06T20:03:48Z" and "2016-04-06T20:03:48.000Z" are the same version.
/// </summary>
public static class StixVersions
{
    private const string Format = "yyyy-MM-ddTHH:mm:ss.ffffffZ";

    public static string Normalise(DateTimeOffset time) => time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static bool TryNormalise(string? text, out string normalised)
    {
        normalised = "";
        if (text is null || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            || !text.Contains('T', StringComparison.Ordinal))
        {
            return false;
        }

        normalised = Normalise(time);
        return true;
    }
}
