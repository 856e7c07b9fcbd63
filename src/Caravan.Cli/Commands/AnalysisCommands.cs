using System.CommandLine;
using Caravan.Analysis;
using Caravan.Analysis.Claims;
using Caravan.Analysis.Commitments;
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
            using var store = StoreFactory.Open(parse.GetRequiredValue(database));
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

            using var store = StoreFactory.Open(parse.GetRequiredValue(database));
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
        var command = new Command("claims", "Warnings and denials with their speakers, and what answered or bore them out") { database, format };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(database));
            var picture = ClaimAnalysis.Analyse(AnalysisInput.Documents(store));
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(AnalysisJson.Claims(picture).ToJsonString(StixJson.Indented));
                return 0;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("event", "date", "speaker", "office", "stance", "hedges", "answered by / borne out by");
            foreach (var claim in picture.Claims)
            {
                var links = picture.Links.Where(l => l.To == claim.EventId).Select(l => $"{l.Relation.ToString().ToLowerInvariant()}: event {l.From}");
                table.AddRow(claim.EventId.ToString(System.Globalization.CultureInfo.InvariantCulture), claim.Date?.ToString() ?? "", Markup.Escape(claim.Speaker ?? ""),
                    Markup.Escape(claim.SpeakerRole ?? ""), claim.Stance.ToString().ToLowerInvariant(), Markup.Escape(string.Join(", ", claim.Hedges)), Markup.Escape(string.Join("; ", links)));
            }

            AnsiConsole.Write(table);
            Console.WriteLine($"{picture.Claims.Count} claims, {picture.Links.Count} links");
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
