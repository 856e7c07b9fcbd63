using System.Globalization;
using Caravan.Core.Events;

namespace Caravan.Storage.Export;

/// <summary>Events as CSV with ACLED-like columns (RFC 4180 quoting).</summary>
public static class EventCsv
{
    public static readonly string[] Columns =
    [
        "event_id", "event_date", "date_precision", "event_type", "actor1", "actor2", "country", "admin1", "location",
        "latitude", "longitude", "fatalities", "injured", "arrested", "source", "notes",
    ];

    public static void Write(TextWriter writer, IEnumerable<StoredEvent> events)
    {
        writer.Write(string.Join(',', Columns));
        writer.Write("\r\n");
        foreach (var stored in events)
        {
            var e = stored.Event;
            string?[] cells =
            [
                stored.Id.ToString(CultureInfo.InvariantCulture),
                e.Date?.ToString(),
                e.Date?.Precision.ToString().ToLowerInvariant(),
                e.Type.ToWireName(),
                string.Join("; ", e.Actors),
                string.Join("; ", e.Targets),
                e.Place.Country,
                e.Place.Admin1,
                e.Place.Location,
                e.Place.Latitude?.ToString("0.#####", CultureInfo.InvariantCulture),
                e.Place.Longitude?.ToString("0.#####", CultureInfo.InvariantCulture),
                e.Fatalities?.ToString(CultureInfo.InvariantCulture),
                e.Injured?.ToString(CultureInfo.InvariantCulture),
                e.Arrested?.ToString(CultureInfo.InvariantCulture),
                stored.Outlet is null ? stored.SourceFile : $"{stored.Outlet} ({stored.SourceFile})",
                e.Evidence,
            ];
            writer.Write(string.Join(',', cells.Select(Quote)));
            writer.Write("\r\n");
        }
    }

    private static string Quote(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return string.Empty;
        }

        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
