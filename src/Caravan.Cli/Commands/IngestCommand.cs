using System.CommandLine;
using Caravan.Extraction.Pipeline;
using Caravan.Ingestion;
using Caravan.Ingestion.Sources;
using Caravan.Storage;
using Spectre.Console;

namespace Caravan.Cli.Commands;

/// <summary>`caravan ingest PATH... [--db FILE]`: files and folders into the store, once each.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths("Text, Markdown or HTML files, or folders of them");
        var database = CommonOptions.Database();
        var command = new Command("ingest", "Extract files and store documents, entities and events (idempotent)") { paths, database };
        command.SetAction(parse => Run(parse.GetRequiredValue(paths), parse.GetRequiredValue(database)));
        return command;
    }

    private static int Run(string[] paths, string database)
    {
        var files = SourceReader.Expand(paths).ToList();
        using var store = StoreFactory.Open(database);
        var ingestor = new DocumentIngestor(store, ExtractionPipeline.CreateDefault(), new Caravan.Extraction.Resolution.EntityMatcher(Caravan.Extraction.Knowledge.KnowledgeBase.Default), TimeProvider.System);
        var outcomes = new List<IngestOutcome>();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask($"ingesting {files.Count} files", maxValue: Math.Max(1, files.Count));
                foreach (var file in files)
                {
                    outcomes.Add(ingestor.Ingest(file));
                    task.Increment(1);
                }

                task.Value = task.MaxValue;
            });

        foreach (var failed in outcomes.Where(o => o.Status == IngestStatus.Failed))
        {
            Console.Error.WriteLine($"skipped {failed.Path}: {failed.Reason}");
        }

        var added = outcomes.Count(o => o.Status == IngestStatus.Added);
        var present = outcomes.Count(o => o.Status == IngestStatus.AlreadyPresent);
        var failures = outcomes.Count(o => o.Status == IngestStatus.Failed);
        Console.WriteLine($"{added} added ({outcomes.Sum(o => o.Events)} events), {present} already present, {failures} failed; {store.CountDocuments()} documents and {store.CountEvents()} events in {database}");
        return failures == 0 ? 0 : 1;
    }
}
