using Caravan.Core.Sharing;
using System.CommandLine;
using Caravan.Analysis;
using Caravan.Analysis.Claims;
using Caravan.Analysis.Commitments;
using Caravan.Analysis.Corroboration;
using Caravan.Core.Events;
using Caravan.Exchange.Stix;
using Caravan.Storage;
using Spectre.Console;

namespace Caravan.Cli.Commands;

/// <summary>
/// `caravan commitments [--format table|json]`, `caravan commitments set KEY --status S`, and `caravan claims`:
/// the commitments tracked from agreements and initiatives, and statements with what answered or bore them out.
/// </summary>
internal static class AnalysisCommands
{
    public static Command Commitments()
    {
        var database = CommonOptions.Database();
        var format = Format();
        var command = new Command("commitments", "Agreements and initiatives tracked from proposal to implementation") { database, format };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            var commitments = CommitmentTracker.Track(AnalysisInput.Documents(store), AnalysisInput.Rulings(store));
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(new System.Text.Json.Nodes.JsonArray([.. commitments.Select(c => (System.Text.Json.Nodes.JsonNode)AnalysisJson.Commitment(c))]).ToJsonString(StixJson.Indented));
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("key", "commitment", "proposer", "parties", "first seen", "status", "reports");
            foreach (var c in commitments)
            {
                var status = c.Decision is null ? c.Status.ToWireName() : $"{c.Status.ToWireName()} (ruled by {c.Decision.Analyst})";
                table.AddRow(Markup.Escape(c.Key), Markup.Escape(c.Title), Markup.Escape(c.Proposer ?? ""), Markup.Escape(string.Join(", ", c.Parties)),
                    c.FirstSeen?.ToString() ?? "", status, c.Timeline.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            Console.WriteLine($"{commitments.Count} commitments");
            return 0;
        });
        command.Subcommands.Add(Set());
        return command;
    }

    private static Command Set()
    {
        var database = CommonOptions.Database();
        var key = new Argument<string>("key") { Description = "The commitment's key, as `caravan commitments` lists it" };
        var status = new Option<string>("--status") { Description = "proposed, agreed, in_progress, implemented, stalled or abandoned", Required = true };
        var note = new Option<string?>("--note") { Description = "Why" };
        var analyst = new Option<string>("--analyst") { Description = "Who rules", DefaultValueFactory = _ => Environment.UserName };
        var set = new Command("set", "Rule on a commitment's status; the ruling outranks what the reports suggest") { database, key, status, note, analyst };
        set.SetAction(parse =>
        {
            if (!CommitmentStatuses.TryParse(parse.GetRequiredValue(status), out var parsed))
            {
                Console.Error.WriteLine($"'{parse.GetRequiredValue(status)}' is not a status: use proposed, agreed, in_progress, implemented, stalled or abandoned");
                return 1;
            }

            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            var commitments = CommitmentTracker.Track(AnalysisInput.Documents(store), []);
            if (commitments.All(c => c.Key != parse.GetRequiredValue(key)))
            {
                Console.Error.WriteLine($"no commitment has the key '{parse.GetRequiredValue(key)}'; `caravan commitments` lists them");
                return 1;
            }

            store.RuleOnCommitment(new StoredCommitmentRuling(parse.GetRequiredValue(key), parsed.ToWireName(), parse.GetRequiredValue(analyst), DateTimeOffset.UtcNow, parse.GetValue(note)));
            Console.WriteLine($"{parse.GetRequiredValue(key)}: {parsed.ToWireName()}");
            return 0;
        });
        return set;
    }

    public static Command Claims()
    {
        var database = CommonOptions.Database();
        var format = Format();
        var command = new Command("claims", "Claims (warnings, denials, attributed reports asserted or confirmed) with their speakers, and what answered or bore them out") { database, format };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            var picture = ClaimAnalysis.Analyse(AnalysisInput.Documents(store));
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(AnalysisJson.Claims(picture).ToJsonString(StixJson.Indented));
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("event", "date", "speaker", "office", "organisation", "stance", "hedges", "answered by / borne out by");
            foreach (var claim in picture.Claims)
            {
                var links = picture.Links.Where(l => l.To == claim.EventId).Select(l => $"{l.Relation.ToString().ToLowerInvariant()}: event {l.From}");
                table.AddRow(claim.EventId.ToString(System.Globalization.CultureInfo.InvariantCulture), claim.Date?.ToString() ?? "", Markup.Escape(claim.Speaker ?? ""),
                    Markup.Escape(claim.SpeakerRole ?? ""), Markup.Escape(claim.Organisation ?? ""), claim.Stance.ToString().ToLowerInvariant(), Markup.Escape(string.Join(", ", claim.Hedges)), Markup.Escape(string.Join("; ", links)));
            }

            AnsiConsole.Write(table);
            Console.WriteLine($"{picture.Claims.Count} claims, {picture.Links.Count} links");
            return 0;
        });
        return command;
    }

    public static Command Corroboration()
    {
        var database = CommonOptions.Database();
        var format = Format();
        var minimum = new Option<int>("--min-sources") { Description = "Show happenings told by at least this many documents", DefaultValueFactory = _ => 2 };
        var command = new Command("corroboration", "Events told by several reports joined into one happening, with their sources and reliability") { database, format, minimum };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(database), Reader.Instance);
            var events = store.QueryEvents(new EventQuery { Limit = 1_000_000 });
            var happenings = EventClusters.Build(events, AnalysisInput.Reliability(store)).Where(c => c.Corroboration >= parse.GetValue(minimum)).ToList();
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(new System.Text.Json.Nodes.JsonArray([.. happenings.Select(h => (System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonObject
                {
                    ["event"] = Caravan.Storage.Export.EventJson.ToJson(h.Event),
                    ["corroboration"] = h.Corroboration,
                    ["outlets"] = h.OutletDiversity,
                    ["best_reliability"] = h.BestReliability.ToString(),
                    ["sources"] = new System.Text.Json.Nodes.JsonArray([.. h.Sources.Select(s => (System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonObject
                    {
                        ["event_id"] = s.Event.Id,
                        ["document_id"] = s.Event.DocumentId.Value,
                        ["outlet"] = s.Outlet,
                        ["reliability"] = s.Reliability.ToString(),
                        ["evidence"] = s.Event.Event.Evidence,
                    })]),
                })]).ToJsonString(StixJson.Indented));
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("event", "type", "date", "place", "reports", "outlets", "sources (reliability)");
            foreach (var h in happenings)
            {
                var e = h.Event.Event;
                table.AddRow(h.Event.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Type.ToWireName(), e.Date?.ToString() ?? "", Markup.Escape(e.Place.Location ?? e.Place.Admin1 ?? e.Place.Country ?? ""),
                    h.Corroboration.ToString(System.Globalization.CultureInfo.InvariantCulture), h.OutletDiversity.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join("; ", h.Sources.Select(s => $"{s.Outlet ?? s.Event.SourceFile} ({s.Reliability})"))));
            }

            AnsiConsole.Write(table);
            Console.WriteLine($"{happenings.Count} happenings told by {parse.GetValue(minimum)} or more reports");
            return 0;
        });
        return command;
    }

    private static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        return format;
    }
}
