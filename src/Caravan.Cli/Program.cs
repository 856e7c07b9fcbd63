using System.CommandLine;
using Caravan.Cli.Commands;

var root = new RootCommand("Caravan: regional security monitoring — ingest reports, extract events, store, search and exchange them.");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(EventsCommand.Create());
root.Subcommands.Add(ShowCommand.Create());
return await root.Parse(args).InvokeAsync();
