using System.Text.Json.Nodes;

namespace Caravan.Cli.Tests.Commands;

/// <summary>`caravan commitments`, `commitments set` and `claims` on the samples, through the real program.</summary>
public sealed class AnalysisCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("caravan-analysis-").FullName;

    private string Database => Path.Combine(folder, "caravan.db");

    [Fact]
    public void Commitments_list_proposer_and_status_and_an_analysts_ruling_outranks_the_reports()
    {
        Assert.Equal(0, CaravanProcess.Run("ingest", Samples.Folder, "--db", Database).ExitCode);

        var listed = Commitments();
        var council = listed.Single(c => (string?)c["key"] == "regional-expert-council");
        Assert.Equal(("Shavkat Mirziyoyev", "proposed"), ((string?)council["proposer"], (string?)council["status"]));
        Assert.Contains(listed, c => (string?)c["key"] == "unified-electronic-network-cyberterrorism-central-asia");

        var ruling = CaravanProcess.Run("commitments", "set", "regional-expert-council", "--status", "in_progress", "--note", "first session held", "--analyst", "aigerim", "--db", Database);
        Assert.Equal(0, ruling.ExitCode);

        council = Commitments().Single(c => (string?)c["key"] == "regional-expert-council");
        Assert.Equal("in_progress", (string?)council["status"]);
        Assert.Equal(("aigerim", "first session held"), ((string?)council["ruling"]?["analyst"], (string?)council["ruling"]?["note"]));
    }

    [Fact]
    public void A_ruling_with_an_unknown_status_is_refused_and_changes_nothing()
    {
        Assert.Equal(0, CaravanProcess.Run("ingest", Samples.Folder, "--db", Database).ExitCode);

        var result = CaravanProcess.Run("commitments", "set", "regional-expert-council", "--status", "finished", "--db", Database);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("finished", result.Error, StringComparison.Ordinal);
        Assert.Equal("proposed", (string?)Commitments().Single(c => (string?)c["key"] == "regional-expert-council")["status"]);
    }

    [Fact]
    public void Claims_link_the_warning_to_its_denials_and_to_the_attack_that_bore_it_out()
    {
        Assert.Equal(0, CaravanProcess.Run("ingest", Samples.Folder, "--db", Database).ExitCode);

        var result = CaravanProcess.Run("claims", "--format", "json", "--db", Database);

        Assert.Equal(0, result.ExitCode);
        var picture = JsonNode.Parse(result.Output)!;
        var claims = picture["claims"]!.AsArray();
        var warning = claims.Single(c => (string?)c!["speaker"] == "ORT")!;
        Assert.Equal("warns", (string?)warning["stance"]);
        var links = picture["links"]!.AsArray().Where(l => (long?)l!["to_event_id"] == (long?)warning["event_id"]).ToList();
        Assert.Equal(2, links.Count(l => (string?)l!["relation"] == "denies"));
        Assert.Single(links, l => (string?)l!["relation"] == "confirms");
        Assert.Contains(claims, c => (string?)c!["stance"] == "asserts" && ((string?)c["speaker"])!.Contains("State Committee for National Security", StringComparison.Ordinal));
    }

    private List<JsonNode> Commitments()
    {
        var result = CaravanProcess.Run("commitments", "--format", "json", "--db", Database);
        Assert.Equal(0, result.ExitCode);
        return [.. JsonNode.Parse(result.Output)!.AsArray().OfType<JsonNode>()];
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
