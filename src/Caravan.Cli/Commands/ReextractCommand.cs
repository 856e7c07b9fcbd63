using Caravan.Core.Sharing;
using System.CommandLine;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Resolution;
using Caravan.Ingestion;
using Caravan.Storage;

namespace Caravan.Cli.Commands;

/// <summary>
/// `caravan reextract [DOCUMENT...] [--db FILE]`: stored documents through the current pipeline again (all of
/// them when none is named), keeping every decision an analyst made.
/// </summary>
internal static class ReextractCommand
{
    public static Command Create()
    {
        var documents = new Argument<string[]>("documents") { Description = "Document ids (or unique prefixes); all documents if none", Arity = ArgumentArity.ZeroOrMore };
        var database = CommonOptions.Database();
        var actingAs = CommonOptions.ActingAs();
        var command = new Command("reextract", "Extract stored documents again; analysts' confirmed, edited, rejected and added events are kept") { documents, database, actingAs };
        command.SetAction(parse => Run(parse.GetValue(documents) ?? [], parse.GetRequiredValue(database), CommonOptions.ReaderFor(parse.GetValue(actingAs))));
        return command;
    }

    private static int Run(string[] requested, string database, Reader reader)
    {
        using var store = StoreFactory.Open(database, reader);
        IReadOnlyList<string> ids = requested.Length > 0 ? requested : AllDocuments(store);
        var ingestor = new DocumentIngestor(store, ExtractionPipeline.CreateDefault(), new EntityMatcher(KnowledgeBase.Default), TimeProvider.System);
        int removed = 0, added = 0, kept = 0;
        var missing = new List<string>();
        var refused = new List<string>();
        ProgressBar.Run($"re-extracting {ids.Count} documents", ids.Count, step =>
        {
            foreach (var id in ids)
            {
                ReextractOutcome? outcome;
                try
                {
                    outcome = ingestor.Reextract(id);
                }
                catch (WriteRefusedException e)
                {
                    refused.Add($"{id}: {e.Message}");
                    step();
                    continue;
                }

                if (outcome is not null)
                {
                    (removed, added, kept) = (removed + outcome.Removed, added + outcome.Added, kept + outcome.KeptHumanDecisions);
                }
                else
                {
                    missing.Add(id);
                }

                step();
            }
        });

        missing.ForEach(id => Console.Error.WriteLine($"no document {id}"));
        refused.ForEach(Console.Error.WriteLine);
        Console.WriteLine($"{ids.Count - missing.Count - refused.Count} documents re-extracted: {removed} machine events replaced by {added}; {kept} events decided by analysts kept as they were");
        return missing.Count + refused.Count == 0 ? 0 : 1;
    }

    private static List<string> AllDocuments(IEventStore store)
    {
        var ids = new List<string>();
        for (var page = store.ListDocuments(500, 0); page.Count > 0; page = store.ListDocuments(500, ids.Count))
        {
            ids.AddRange(page.Select(d => d.Id));
        }

        return ids;
    }
}
