using Caravan.Extraction.Knowledge;
using Caravan.Core.Sharing;
using System.CommandLine;
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
        var admin1 = new Option<string?>("--admin1") { Description = "First-level region, e.g. Batken" };
        var review = new Option<string?>("--review") { Description = "Review state: machine, confirmed, edited, rejected or manual" };
        var sort = new Option<string?>("--sort") { Description = "date, -date, fatalities, confidence, country or type" };
        var format = new Option<string>("--format") { Description = "table, json, csv or geojson", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv", "geojson");
        var limit = new Option<int>("--limit") { Description = "At most this many events", DefaultValueFactory = _ => 1000 };
        var command = new Command("events", "Query stored events; `events train` trains the event model") { database, country, admin1, type, since, until, actor, text, review, sort, format, limit };
        command.Subcommands.Add(EventsTrainCommand.Create());
        command.SetAction(parse =>
        {
            var options = new Dictionary<string, string?>
            {
                ["country"] = parse.GetValue(country),
                ["admin1"] = parse.GetValue(admin1),
                ["type"] = parse.GetValue(type),
                ["since"] = parse.GetValue(since),
                ["until"] = parse.GetValue(until),
                ["actor"] = parse.GetValue(actor),
                ["text"] = parse.GetValue(text),
                ["review"] = parse.GetValue(review),
                ["sort"] = parse.GetValue(sort),
            };
            var (query, error) = EventQueryParser.Parse(name => options.GetValueOrDefault(name), countryCode: CountryCodes.Of);
            if (error is not null || query is null)
            {
                Console.Error.WriteLine($"--{error?.Parameter}: {error?.Message}");
                return 2;
            }

            // The CLI is not paged: --limit may exceed the API's page size.
            query = query with { Limit = parse.GetValue(limit) };
            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
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
