using System.Text.Json;

namespace Caravan.Cli.Tests.Commands;

/// <summary>The newcomer's path: ingest the samples into a SQLite file, then query and show.</summary>
public sealed class IngestAndQueryTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("caravan-cli-").FullName;

    private string Database => Path.Combine(folder, "caravan.db");

    [Fact]
    public void IngestIsIdempotentAndEventsCanBeQueried()
    {
        var first = CaravanProcess.Run("ingest", Samples.Folder, "--db", Database);
        var second = CaravanProcess.Run("ingest", Samples.Folder, "--db", Database);

        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("5 added", first.Output, StringComparison.Ordinal);
        Assert.StartsWith("0 added", second.Output, StringComparison.Ordinal);
        Assert.Contains("5 already present", second.Output, StringComparison.Ordinal);

        var json = CaravanProcess.Run("events", "--db", Database, "--country", "KG", "--type", "armed_clash", "--format", "json");
        using var events = JsonDocument.Parse(json.Output);
        Assert.True(events.RootElement.GetArrayLength() >= 3);
        Assert.All(events.RootElement.EnumerateArray(), e => Assert.Equal("KG", e.GetProperty("country").GetString()));

        var csv = CaravanProcess.Run("events", "--db", Database, "--since", "2001-07", "--until", "2001-07", "--format", "csv");
        var lines = csv.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id,event_date,date_precision,event_type,actor1,actor2,country,admin1,location,latitude,longitude,fatalities,injured,arrested,source,notes", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",2001-07", l, StringComparison.Ordinal));

        var geo = CaravanProcess.Run("events", "--db", Database, "--format", "geojson");
        using var features = JsonDocument.Parse(geo.Output);
        Assert.Equal("FeatureCollection", features.RootElement.GetProperty("type").GetString());
        Assert.True(features.RootElement.GetProperty("features").GetArrayLength() > 5);

        var show = CaravanProcess.Run("show", "003_a32e40c452fe9166.txt", "--db", Database);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("gunmen presumed to belong to the IMU", show.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ABadDateFilterIsExplained()
    {
        var result = CaravanProcess.Run("events", "--db", Database, "--since", "last Tuesday");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'last Tuesday' is not a date", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowingAnUnknownDocumentFails()
    {
        var result = CaravanProcess.Run("show", "nothing-like-this", "--db", Database);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no document", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

public sealed class EntitiesCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("caravan-kb-").FullName;

    private string Database => Path.Combine(folder, "caravan.db");

    [Fact]
    public void ListSearchMergeAndSplitFromTheCommandLine()
    {
        CaravanProcess.Run("ingest", Samples.Folder, "--db", Database);

        var found = CaravanProcess.Run("entities", "--db", Database, "--search", "Nazarba", "--format", "json");
        using (var json = System.Text.Json.JsonDocument.Parse(found.Output))
        {
            var entity = Assert.Single(json.RootElement.EnumerateArray());
            Assert.Equal("Nursultan Nazarbayev", entity.GetProperty("name").GetString());
            Assert.Equal(2, entity.GetProperty("documents").GetInt32());
        }

        var ids = EntityIds("Kabar", "Asia Plus");
        var asPartner = CaravanProcess.Run("entities", "--db", Database, "--merge", ids[0], ids[1], "--as", "uz-sgb");
        Assert.Equal(2, asPartner.ExitCode);
        Assert.Contains("has not granted uz-sgb edits", asPartner.Error, StringComparison.Ordinal);
        var reextractAsPartner = CaravanProcess.Run("reextract", "003_a32e40c452fe9166.txt", "--db", Database, "--as", "uz-sgb");
        Assert.Equal(1, reextractAsPartner.ExitCode);
        Assert.Contains("has not granted uz-sgb edits", reextractAsPartner.Error, StringComparison.Ordinal);

        var merged = CaravanProcess.Run("entities", "--db", Database, "--merge", ids[0], ids[1], "--analyst", "tester", "--note", "test merge");
        Assert.Equal(0, merged.ExitCode);

        var split = CaravanProcess.Run("entities", "--db", Database, "--split", ids[0], "--alias", "Asia Plus", "--analyst", "tester");
        Assert.Equal(0, split.ExitCode);
        var decisions = CaravanProcess.Run("entities", "--db", Database, "--decisions");
        Assert.Contains("tester merge", decisions.Output, StringComparison.Ordinal);
        Assert.Contains("tester split", decisions.Output, StringComparison.Ordinal);

        var wrong = CaravanProcess.Run("entities", "--db", Database, "--split", ids[0], "--alias", "No Such Alias");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("has no alias 'No Such Alias'", wrong.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingesting_again_with_another_marking_says_it_was_kept_and_remark_changes_it()
    {
        var sample = Path.Combine(Samples.Folder, "003_a32e40c452fe9166.txt");
        Assert.Equal(0, CaravanProcess.Run("ingest", sample, "--db", Database, "--tlp", "green").ExitCode);

        var kept = CaravanProcess.Run("ingest", sample, "--db", Database, "--tlp", "amber");
        var changed = CaravanProcess.Run("ingest", sample, "--db", Database, "--tlp", "amber", "--remark");
        var help = CaravanProcess.Run("ingest", "--help");

        Assert.Contains("kept its marking TLP:GREEN, not TLP:AMBER; give --remark to change it", kept.Error, StringComparison.Ordinal);
        Assert.Contains("marking changed from TLP:GREEN to TLP:AMBER", changed.Error, StringComparison.Ordinal);
        Assert.Contains("TLP:AMBER", CaravanProcess.Run("show", "003_a32e40c452fe9166.txt", "--db", Database).Output, StringComparison.Ordinal);
        Assert.Contains("--tlp <clear|green|amber|amber+strict|red>", help.Output, StringComparison.Ordinal);
    }

    private string[] EntityIds(params string[] names) =>
        [.. names.Select(name =>
        {
            using var json = System.Text.Json.JsonDocument.Parse(CaravanProcess.Run("entities", "--db", Database, "--search", name, "--format", "json").Output);
            return json.RootElement.EnumerateArray().First().GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        })];

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
