using System.CommandLine;
using Caravan.Core.Sharing;

namespace Caravan.Cli.Commands;

/// <summary>`caravan sources mark SOURCE --tlp T`, `caravan sources list`: the default marking per outlet or path prefix.</summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var command = new Command("sources", "Default TLP markings per source (an outlet's name or a path prefix)");

        var database = CommonOptions.Database();
        var source = new Argument<string>("source") { Description = "An outlet as documents name it (\"Caravanserai\") or the start of a path or URL" };
        var tlp = CommonOptions.Tlp("The marking documents from this source get unless ingest names one");
        tlp.Required = true;
        var mark = new Command("mark", "Set the default marking of a source") { database, source, tlp };
        mark.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(database));
            var marking = parse.GetValue(tlp)!.Value;
            store.SetSourceMarking(parse.GetRequiredValue(source), marking);
            Console.WriteLine($"{parse.GetRequiredValue(source)}: {marking.Label()}");
            return 0;
        });

        var listDatabase = CommonOptions.Database();
        var list = new Command("list", "Sources with a default marking") { listDatabase };
        list.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(listDatabase));
            foreach (var (name, marking) in store.SourceMarkings())
            {
                Console.WriteLine($"{name}\t{marking.Label()}");
            }

            return 0;
        });

        command.Subcommands.Add(mark);
        command.Subcommands.Add(list);
        return command;
    }
}
