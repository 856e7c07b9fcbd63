using Caravan.Core.Sharing;
using System.CommandLine;
using Caravan.Core.Entities;
using Caravan.Core.Events;
using Caravan.Storage;
using Spectre.Console;

namespace Caravan.Cli.Commands;

/// <summary>`caravan show DOC`: a stored document with its entities and events, each with its evidence sentence.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var reference = new Argument<string>("document") { Description = "Document id (or a unique prefix of at least 6 characters) or file name" };
        var database = CommonOptions.Database();
        var command = new Command("show", "Show a stored document with its entities and events") { reference, database };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            StoredDocument? found;
            try
            {
                found = store.FindDocument(parse.GetRequiredValue(reference));
            }
            catch (StoreException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }

            if (found is null)
            {
                Console.Error.WriteLine($"no document '{parse.GetRequiredValue(reference)}' in {parse.GetRequiredValue(database)}");
                return 1;
            }

            Print(found);
            return 0;
        });
        return command;
    }

    private static void Print(StoredDocument stored)
    {
        var d = stored.Document;
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(d.Metadata.Title ?? d.FileName)}[/]");
        AnsiConsole.MarkupLine($"id {Markup.Escape(d.Id.Value)}");
        AnsiConsole.MarkupLine(Markup.Escape($"{d.Origin}, {d.Marking.Tlp.Label()}"));
        AnsiConsole.MarkupLine($"source {Markup.Escape(d.SourcePath)} · outlet {Markup.Escape(d.Metadata.Outlet ?? "unknown")} · published {Markup.Escape(d.Metadata.Published?.ToString() ?? "unknown")}");
        AnsiConsole.WriteLine();
        var entities = new Table().Border(TableBorder.Simple).AddColumns("entity", "type", "aliases");
        foreach (var entity in stored.Entities)
        {
            entities.AddRow(Markup.Escape(entity.Name), entity.Type.ToWireName(), Markup.Escape(string.Join(", ", entity.Aliases)));
        }

        AnsiConsole.Write(entities);
        foreach (var e in stored.Events.Select(s => s.Event))
        {
            var place = string.Join(", ", new[] { e.Place.Location, e.Place.Admin1, e.Place.Country }.Where(p => p is not null).Distinct());
            AnsiConsole.MarkupLine($"[bold]{e.Type.ToWireName()}[/] {Markup.Escape(e.Date?.ToString() ?? "undated")} {Markup.Escape(place)}"
                + $" actors: {Markup.Escape(string.Join("; ", e.Actors))} targets: {Markup.Escape(string.Join("; ", e.Targets))}"
                + Counts(e));
            AnsiConsole.MarkupLine($"  [italic]“{Markup.Escape(e.Evidence)}”[/]");
        }
    }

    private static string Counts(ExtractedEvent e)
    {
        var parts = new List<string>();
        if (e.Fatalities is { } k)
        {
            parts.Add($"killed {k}");
        }

        if (e.Injured is { } i)
        {
            parts.Add($"injured {i}");
        }

        if (e.Arrested is { } a)
        {
            parts.Add($"arrested {a}");
        }

        return parts.Count == 0 ? string.Empty : " · " + string.Join(", ", parts);
    }
}
