using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Caravan.Core.Audit;
using Caravan.Core.Sharing;
using Caravan.Exchange.Stix;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Resolution;
using Caravan.Storage;

namespace Caravan.Cli.Commands;

/// <summary>`caravan export stix [--as ORG] [--out FILE]` and `caravan import stix FILE`: STIX 2.1 bundles.</summary>
internal static class StixCommands
{

    public static Command Export()
    {
        var database = CommonOptions.Database();
        var reader = new Option<string?>("--as") { Description = "Export only what this organisation may see (default: everything but RED)" };
        var includeRed = new Option<bool>("--include-red") { Description = "Include TLP:RED objects (for a backup of this instance, never for a partner)" };
        var output = new Option<string?>("--out") { Description = "Write the bundle here instead of standard output" };
        var stix = new Command("stix", "All documents and events as one STIX 2.1 bundle, with TLP markings and deterministic ids") { database, reader, includeRed, output };
        stix.SetAction(parse =>
        {
            var asReader = parse.GetValue(reader) is { Length: > 0 } organisation ? Reader.Of(organisation) : Reader.Instance;
            using var store = StoreFactory.Open(parse.GetRequiredValue(database), asReader);

            var bundle = StixExporter.Bundle(store, parse.GetValue(includeRed));
            var count = bundle["objects"]!.AsArray().Count;
            var json = bundle.ToJsonString(StixJson.Indented);
            if (parse.GetValue(output) is { } file)
            {
                File.WriteAllText(file, json);
                Console.Error.WriteLine($"{count} STIX objects written to {file}");
            }
            else
            {
                Console.WriteLine(json);
            }

            store.Audit(new AuditEntry(DateTimeOffset.UtcNow, Environment.UserName, parse.GetValue(reader), AuditActions.Export, parse.GetValue(output) ?? "stdout", $"{count} STIX objects"));
            return 0;
        });
        var export = new Command("export", "Export for partners");
        export.Subcommands.Add(stix);
        return export;
    }

    public static Command Import()
    {
        var database = CommonOptions.Database();
        var file = new Argument<string>("file") { Description = "A STIX 2.1 bundle (JSON)" };
        var from = new Option<string?>("--from") { Description = "Who sent it, kept as the documents' provenance (default: the file's name)" };
        var owner = new Option<string?>("--owner") { Description = "The organisation the imported objects belong to (whoever the bundle names as creator)" };
        var restore = new Option<bool>("--restore") { Description = "Restore this instance's own export: keep the owners and document ids the bundle names" };
        var stix = new Command("stix", "Import a STIX 2.1 bundle: reports become documents, Caravan incidents events; nothing twice") { database, file, from, owner, restore };
        stix.SetAction(parse =>
        {
            if ((parse.GetValue(owner) is { Length: > 0 }) == parse.GetValue(restore))
            {
                return CommonOptions.Fail("give --owner ORG (the organisation that sent the bundle) or --restore (this instance's own export), not both");
            }

            var importOwner = parse.GetValue(restore) ? ImportOwner.AsStatedForRestore : ImportOwner.Of(parse.GetValue(owner)!);
            var path = parse.GetRequiredValue(file);
            JsonObject bundle;
            try
            {
                bundle = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new StixFormatException("the file is not a JSON object");
            }
            catch (Exception e) when (e is JsonException or IOException or StixFormatException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"cannot import {path}: {e.Message}");
                return 1;
            }

            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            try
            {
                var outcome = StixImporter.Import(store, bundle, new Provenance(parse.GetValue(from) ?? "file:" + Path.GetFileName(path), DateTimeOffset.UtcNow), Environment.UserName, importOwner, new EntityMatcher(KnowledgeBase.Default));
                var notKept = outcome.NotKept.Count == 0 ? "" : "; not kept: " + string.Join(", ", outcome.NotKept.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Value} {k.Key}"));
                Console.WriteLine($"{outcome.Objects} objects: {outcome.DocumentsAdded} documents added ({outcome.DocumentsUpdated} updated to the sender's newer version, {outcome.DocumentsPresent} already present), {outcome.EventsInWords()}{notKept}");
                return 0;
            }
            catch (Exception e) when (e is StixFormatException or FormatException or InvalidOperationException or StoreException)
            {
                Console.Error.WriteLine($"cannot import {path}: {e.Message}");
                return 1;
            }
        });
        var import = new Command("import", "Import from partners");
        import.Subcommands.Add(stix);
        return import;
    }
}
