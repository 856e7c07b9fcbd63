using Caravan.Core.Evaluation;

namespace Caravan.Cli.Tests.Commands;

public class ExtractCommandTests
{
    [Fact]
    public void WritesOneGoldFormatFilePerInput()
    {
        var output = Directory.CreateTempSubdirectory("caravan-extract-").FullName;

        var result = CaravanProcess.Run("extract", Path.Combine(Samples.Folder, "003_a32e40c452fe9166.txt"), "--out", output);

        Assert.Equal(0, result.ExitCode);
        var written = Path.Combine(output, "003_a32e40c452fe9166.json");
        var extraction = GoldFormat.Parse(File.ReadAllText(written), written);
        Assert.Equal("003_a32e40c452fe9166.txt", extraction.Metadata.File);
        Assert.Contains(extraction.Events, e => e.Place.Admin1 == "Batken" && e.Fatalities == 2);
    }

    [Fact]
    public void AnUnreadableInputIsNamedAndTheRestIsWritten()
    {
        var input = Directory.CreateTempSubdirectory("caravan-extract-in-").FullName;
        var output = Directory.CreateTempSubdirectory("caravan-extract-out-").FullName;
        File.WriteAllBytes(Path.Combine(input, "binary.txt"), [0, 1, 2, 3]);
        File.WriteAllText(Path.Combine(input, "good.txt"), "Two foreign nationals were arrested in Bishkek on Monday.");

        var result = CaravanProcess.Run("extract", input, "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("binary.txt", result.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "good.json")));
        Assert.False(File.Exists(Path.Combine(output, "binary.json")));
    }
}
