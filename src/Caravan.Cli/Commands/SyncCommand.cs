using Caravan.Core.Sharing;
using System.CommandLine;
using System.Net.Http.Headers;
using Caravan.Exchange.Stix;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Resolution;
using Caravan.Exchange.Taxii;
using Caravan.Storage;

namespace Caravan.Cli.Commands;

/// <summary>
/// `caravan sync --from URL --collection ID`: pulls a partner's TAXII 2.1 collection into the database, only what
/// is new since the last pull. Credentials come from standard input (a password with --user, or an API key),
/// never from the command line.
/// </summary>
internal static class SyncCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var from = new Option<string>("--from") { Description = "The partner's TAXII discovery URL (…/taxii2/) or API root", Required = true };
        var collection = new Option<string>("--collection") { Description = "The collection's id or alias (e.g. kg-cert-amber)", Required = true };
        var user = new Option<string?>("--user") { Description = "Sign in with HTTP Basic as this user of the partner; the password is read from standard input" };
        var keyStdin = new Option<bool>("--key-stdin") { Description = "Read an API key of the partner from standard input instead" };
        var organisation = CommonOptions.Organisation("The organisation here that the partner shares with: AMBER objects pulled become readable by its users");
        var partner = new Option<string?>("--partner") { Description = "The partner organisation that owns what is pulled (default: the server's host name)" };
        var sync = new Command("sync", "Pull a partner's TAXII collection; repeated pulls add only what is new") { database, from, collection, user, keyStdin, organisation, partner };
        sync.SetAction(async (parse, cancellation) =>
        {
            if (!Uri.TryCreate(parse.GetRequiredValue(from), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                return CommonOptions.Fail($"'{parse.GetRequiredValue(from)}' is not an http(s) URL");
            }

            AuthenticationHeaderValue credentials;
            var secret = Console.IsInputRedirected ? (await Console.In.ReadToEndAsync(cancellation)).TrimEnd('\r', '\n') : "";
            if (parse.GetValue(user) is { Length: > 0 } name)
            {
                credentials = TaxiiClient.Basic(name, secret);
            }
            else if (parse.GetValue(keyStdin))
            {
                credentials = TaxiiClient.Key(secret);
            }
            else
            {
                return CommonOptions.Fail("give --user NAME (password on standard input) or --key-stdin (API key on standard input)");
            }

            using var http = TaxiiClient.CreateHttp(credentials, TimeSpan.FromMinutes(5));
            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            var progress = new Progress<int>(count => Console.Error.Write($"\r{count} objects pulled"));
            try
            {
                var outcome = await TaxiiSync.RunAsync(store, new TaxiiClient(http), url, parse.GetRequiredValue(collection),
                    parse.GetRequiredValue(organisation), parse.GetValue(partner) is { Length: > 0 } named ? named : url.Host, Environment.UserName,
                    new EntityMatcher(KnowledgeBase.Default), progress, cancellation);
                Console.Error.WriteLine();
                Console.WriteLine(
                    $"{outcome.Objects} objects in {outcome.Pages} pages from {outcome.Collection}: {outcome.Import.DocumentsAdded} documents added " +
                    $"({outcome.Import.DocumentsUpdated} updated to the partner's newer version, {outcome.Import.DocumentsPresent} already here), {outcome.Import.EventsInWords()}; next sync continues after {outcome.Watermark ?? "the start"}");
                return 0;
            }
            catch (Exception e) when (e is TaxiiClientException or HttpRequestException or TaskCanceledException or StixFormatException or StoreException)
            {
                Console.Error.WriteLine();
                return CommonOptions.Fail($"sync failed: {e.Message}");
            }
        });
        return sync;
    }
}
