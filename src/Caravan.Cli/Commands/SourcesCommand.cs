using System.CommandLine;
using Caravan.Analysis.Corroboration;
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
            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            var marking = parse.GetValue(tlp)!.Value;
            store.SetSourceMarking(parse.GetRequiredValue(source), marking);
            Console.WriteLine($"{parse.GetRequiredValue(source)}: {marking.Label()}");
            return 0;
        });

        var listDatabase = CommonOptions.Database();
        var list = new Command("list", "Sources with a default marking") { listDatabase };
        list.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(listDatabase), Reader.Instance);
            foreach (var (name, marking) in store.SourceMarkings())
            {
                Console.WriteLine($"{name}\t{marking.Label()}");
            }

            return 0;
        });

        var rateDatabase = CommonOptions.Database();
        var outlet = new Argument<string>("outlet") { Description = "The outlet as documents name it" };
        var grade = new Option<string>("--grade") { Description = "Admiralty reliability: A (completely reliable) to E (unreliable), F (cannot be judged)", Required = true };
        var note = new Option<string?>("--note") { Description = "Why" };
        var analyst = new Option<string>("--analyst") { Description = "Who grades", DefaultValueFactory = _ => Environment.UserName };
        var rate = new Command("rate", "Grade an outlet's reliability; corroboration shows it beside each source") { rateDatabase, outlet, grade, note, analyst };
        rate.SetAction(parse =>
        {
            if (!Reliabilities.TryParse(parse.GetRequiredValue(grade), out var parsed))
            {
                Console.Error.WriteLine($"'{parse.GetRequiredValue(grade)}' is not a grade: use one letter from A to F");
                return 1;
            }

            using var store = StoreFactory.Open(parse.GetRequiredValue(rateDatabase), Reader.Instance);
            store.RateOutlet(parse.GetRequiredValue(outlet), parsed.ToString(), parse.GetRequiredValue(analyst), parse.GetValue(note));
            Console.WriteLine($"{parse.GetRequiredValue(outlet)}: {parsed} ({parsed.Meaning()})");
            return 0;
        });

        command.Subcommands.Add(mark);
        command.Subcommands.Add(rate);
        command.Subcommands.Add(list);
        return command;
    }
}
