using Caravan.Core.Evaluation;

namespace Caravan.Core.Tests.Evaluation;

public class GoldFormatTests
{
    [Fact]
    public void SeedAnnotationsSurviveARoundTrip()
    {
        foreach (var file in Directory.EnumerateFiles(Samples.Folder, "*.gold.json"))
        {
            var gold = GoldFormat.Parse(File.ReadAllText(file), Path.GetFileName(file));
            var again = GoldFormat.Parse(GoldFormat.Serialize(gold), "round-trip");

            Assert.Equal(gold.Metadata, again.Metadata);
            Assert.Equal(gold.Entities.Select(e => (e.Name, e.Type, string.Join("|", e.Aliases))), again.Entities.Select(e => (e.Name, e.Type, string.Join("|", e.Aliases))));
            Assert.Equal(gold.Events.Select(e => (e.Type, e.Date, e.DateEnd, e.Place.Country, e.Place.Admin1, e.Fatalities, e.Evidence)), again.Events.Select(e => (e.Type, e.Date, e.DateEnd, e.Place.Country, e.Place.Admin1, e.Fatalities, e.Evidence)));
        }
    }

    [Fact]
    public void AnUnknownEventTypeNamesTheFileAndIndex()
    {
        const string json = """{"doc": {"file": "a.txt"}, "entities": [], "events": [{"type": "picnic", "evidence": "x"}]}""";

        var error = Assert.Throws<GoldFormatException>(() => GoldFormat.Parse(json, "a.gold.json"));

        Assert.Contains("a.gold.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("events[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenJsonSaysWhere()
    {
        var error = Assert.Throws<GoldFormatException>(() => GoldFormat.Parse("{\"doc\": ", "b.gold.json"));

        Assert.Contains("b.gold.json", error.Message, StringComparison.Ordinal);
    }
}
