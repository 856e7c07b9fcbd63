using System.CommandLine;
using Caravan.Core.Dates;
using Caravan.Core.Events;
using Caravan.Storage;
using Caravan.Storage.Export;
using Spectre.Console;

namespace Caravan.Cli.Commands;

/// <summary>`caravan events`: stored events, filtered, as a table, JSON, CSV or GeoJSON.</summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var country = new Option<string?>("--country") { Description = "ISO 3166-1 alpha-2 code, e.g. KG" };
        var type = new Option<string?>("--type") { Description = "Event type, e.g. armed_clash, arrest, agreement" };
        var since = new Option<string?>("--since") { Description = "Earliest date: YYYY, YYYY-MM or YYYY-MM-DD" };
        var until = new Option<string?>("--until") { Description = "Latest date: YYYY, YYYY-MM or YYYY-MM-DD" };
        var actor = new Option<string?>("--actor") { Description = "Actor or target name contains this" };
        var text = new Option<string?>("--text") { Description = "Evidence or location contains this" };
        var format = new Option<string>("--format") { Description = "table, json, csv or geojson", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv", "geojson");
        var limit = new Option<int>("--limit") { Description = "At most this many events", DefaultValueFactory = _ => 1000 };
        var command = new Command("events", "Query stored events") { database, country, type, since, until, actor, text, format, limit };
        command.SetAction(parse =>
        {
            EventQuery query;
            try
            {
                query = new EventQuery
                {
                    Country = parse.GetValue(country),
                    Type = parse.GetValue(type) is { } t ? EventTypes.Parse(t) : null,
                    Since = parse.GetValue(since) is { } s ? PartialDate.Parse(s) : null,
                    Until = parse.GetValue(until) is { } u ? PartialDate.Parse(u) : null,
                    Actor = parse.GetValue(actor),
                    Text = parse.GetValue(text),
                    Limit = parse.GetValue(limit),
                };
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }

            using var store = StoreFactory.Open(parse.GetRequiredValue(database));
            Print(store.QueryEvents(query), parse.GetRequiredValue(format));
            return 0;
        });
        return command;
    }

    private static void Print(IReadOnlyList<StoredEvent> events, string format)
    {
        switch (format)
        {
            case "json":
                Console.WriteLine(EventJson.Array(events));
                break;
            case "csv":
                EventCsv.Write(Console.Out, events);
                break;
            case "geojson":
                Console.WriteLine(EventJson.GeoJson(events));
                break;
            default:
                PrintTable(events);
                break;
        }
    }

    private static void PrintTable(IReadOnlyList<StoredEvent> events)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("id", "date", "type", "country", "admin1", "location", "actors", "targets", "killed", "injured", "arrested", "source");
        foreach (var stored in events)
        {
            var e = stored.Event;
            table.AddRow(
                Markup.Escape(stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Markup.Escape(e.Date?.ToString() ?? "-"),
                Markup.Escape(e.Type.ToWireName()),
                Markup.Escape(e.Place.Country ?? "-"),
                Markup.Escape(e.Place.Admin1 ?? "-"),
                Markup.Escape(e.Place.Location ?? "-"),
                Markup.Escape(string.Join("; ", e.Actors)),
                Markup.Escape(string.Join("; ", e.Targets)),
                Markup.Escape(e.Fatalities?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
                Markup.Escape(e.Injured?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
                Markup.Escape(e.Arrested?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
                Markup.Escape(stored.SourceFile));
        }

        AnsiConsole.Write(table);
        Console.WriteLine($"{events.Count} events");
    }
}
