using Caravan.Core.Sharing;
using System.CommandLine;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Resolution;
using Caravan.Ingestion;
using Caravan.Ingestion.Feeds;

namespace Caravan.Cli.Commands;

/// <summary>
/// `caravan watch URL... [--folder DIR] [--interval S] [--once]`: polls RSS/Atom feeds and folders and ingests
/// each new item once, across restarts; every item is reported as it is taken.
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var feeds = new Argument<string[]>("feeds") { Description = "RSS or Atom feed URLs", Arity = ArgumentArity.ZeroOrMore };
        var folders = new Option<string[]>("--folder") { Description = "A folder to watch for new files (repeatable)", AllowMultipleArgumentsPerToken = true };
        var interval = new Option<int>("--interval") { Description = "Seconds between rounds", DefaultValueFactory = _ => 300 };
        var once = new Option<bool>("--once") { Description = "One round, then stop" };
        var database = CommonOptions.Database();
        var organisation = CommonOptions.Organisation("The organisation that owns the documents");
        var tlp = CommonOptions.Tlp("TLP marking of the documents (default: the source's marking, else green)");
        var watch = new Command("watch", "Poll feeds and folders; ingest each new item once") { feeds, folders, interval, once, database, organisation, tlp };
        watch.SetAction(async (parse, cancellation) =>
        {
            var urls = new List<Uri>();
            foreach (var text in parse.GetValue(feeds) ?? [])
            {
                if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                {
                    Console.Error.WriteLine($"'{text}' is not an http(s) URL");
                    return 1;
                }

                urls.Add(url);
            }

            var watched = parse.GetValue(folders) ?? [];
            if (urls.Count == 0 && watched.Length == 0)
            {
                Console.Error.WriteLine("give at least one feed URL or --folder");
                return 1;
            }

            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            http.DefaultRequestHeaders.UserAgent.ParseAdd("Caravan/1.0 (+feed watcher)");
            var ingestor = new DocumentIngestor(store, ExtractionPipeline.CreateDefault(), new EntityMatcher(KnowledgeBase.Default), TimeProvider.System)
            {
                Owner = parse.GetRequiredValue(organisation),
                Tlp = parse.GetValue(tlp),
            };
            var watcher = new FeedWatcher(store, ingestor, http);
            var failures = 0;
            do
            {
                foreach (var url in urls)
                {
                    try
                    {
                        Report(await watcher.PollFeedAsync(url, line => Console.Error.WriteLine("  " + line), cancellation));
                    }
                    catch (FeedException e)
                    {
                        failures++;
                        Console.Error.WriteLine(e.Message);
                    }
                }

                foreach (var folder in watched)
                {
                    Report(watcher.PollFolder(folder, line => Console.Error.WriteLine("  " + line)));
                }

                if (parse.GetValue(once))
                {
                    break;
                }

                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(Math.Max(5, parse.GetValue(interval))), cancellation);
                }
                catch (TaskCanceledException)
                {
                    break;
                }
            }
            while (!cancellation.IsCancellationRequested);

            return failures == 0 ? 0 : 1;
        });
        return watch;
    }

    private static void Report(WatchRound round) =>
        Console.WriteLine($"{round.Source}: {round.Items} items, {round.New} new: {round.Added} added, {round.AlreadyPresent} already present, {round.Failed} failed");
}
