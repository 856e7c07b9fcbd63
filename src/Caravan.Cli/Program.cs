using System.CommandLine;
using Caravan.Cli.Commands;
using Spectre.Console;

if (Console.IsOutputRedirected)
{
    // Piped tables keep whole words rather than the 80 columns Spectre assumes without a terminal.
    AnsiConsole.Profile.Width = 240;
}

var root = new RootCommand("Caravan: regional security monitoring — ingest reports, extract events, store, search and exchange them.");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(ReextractCommand.Create());
root.Subcommands.Add(QueueCommand.Create());
root.Subcommands.Add(EventsCommand.Create());
root.Subcommands.Add(ShowCommand.Create());
root.Subcommands.Add(NerCommand.Create());
root.Subcommands.Add(EntitiesCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(UsersCommand.Create());
root.Subcommands.Add(OrgsCommand.Create());
root.Subcommands.Add(SourcesCommand.Create());
root.Subcommands.Add(AuditCommand.Create());
root.Subcommands.Add(StixCommands.Export());
root.Subcommands.Add(StixCommands.Import());
root.Subcommands.Add(SyncCommand.Create());
root.Subcommands.Add(AnalysisCommands.Commitments());
root.Subcommands.Add(AnalysisCommands.Claims());
root.Subcommands.Add(AnalysisCommands.Corroboration());
root.Subcommands.Add(AlertsCommand.Create());
root.Subcommands.Add(WatchCommand.Create());
return await root.Parse(args).InvokeAsync();
