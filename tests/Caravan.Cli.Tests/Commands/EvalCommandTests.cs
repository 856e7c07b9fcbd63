using System.Globalization;
using System.Text.RegularExpressions;

namespace Caravan.Cli.Tests.Commands;

public partial class EvalCommandTests
{
    [Fact]
    public void EvalOnTheSamplesMeetsTheFloorsOfIssueTwo()
    {
        var result = CaravanProcess.Run("eval", "--gold", Samples.Folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("documents: 5", result.Output, StringComparison.Ordinal);
        Assert.InRange(F1(result.Output, "events:"), 0.85, 1.0);
        Assert.InRange(F1(result.Output, "entities:"), 0.95, 1.0);
    }

    [Fact]
    public void EvalScoresTheSamplesReprintedAndRefusesAnUnknownWay()
    {
        var wrapped = CaravanProcess.Run("eval", "--gold", Samples.Folder, "--reprint", "wrapped");
        var sideways = CaravanProcess.Run("eval", "--gold", Samples.Folder, "--reprint", "sideways");

        Assert.Equal(0, wrapped.ExitCode);
        Assert.InRange(F1(wrapped.Output, "events:"), 0.85, 1.0);
        Assert.NotEqual(0, sideways.ExitCode);
        Assert.Contains("sideways", sideways.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalOnAFolderWithoutGoldSaysSo()
    {
        var empty = Directory.CreateTempSubdirectory("caravan-nogold-").FullName;

        var result = CaravanProcess.Run("eval", "--gold", empty);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no NAME.txt with NAME.gold.json", result.Error, StringComparison.Ordinal);
    }

    private static double F1(string output, string label)
    {
        var line = output.Split('\n').First(l => l.StartsWith(label, StringComparison.Ordinal));
        return double.Parse(F1Value().Match(line).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"F1=(\d\.\d+)")]
    private static partial Regex F1Value();
}

public class NerCommandTests
{
    [Fact]
    public void TagKeepsTheSentencesAndTokensOfItsInput()
    {
        var input = Path.Combine(Directory.CreateTempSubdirectory("caravan-ner-").FullName, "input.conll");
        File.WriteAllText(input, "Kazakh NNP\nPresident NNP\nNursultan NNP\nNazarbaev NNP\nvisited VBD\nBishkek NNP\n. .\n\nHe PRP\nleft VBD\n. .\n");

        var result = CaravanProcess.Run("ner", "tag", input);

        Assert.Equal(0, result.ExitCode);
        var blocks = result.Output.Trim().Split("\n\n");
        Assert.Equal(2, blocks.Length);
        var first = blocks[0].Split('\n').Select(line => line.Split('\t')).ToList();
        Assert.Equal(["Kazakh", "President", "Nursultan", "Nazarbaev", "visited", "Bishkek", "."], first.Select(c => c[0]));
        Assert.Equal(["B-PER", "I-PER"], first.Skip(2).Take(2).Select(c => c[1]));
        Assert.Equal("B-LOC", first[5][1]);
    }

    [Fact]
    public void AMissingFileIsNamed()
    {
        var result = CaravanProcess.Run("ner", "tag", "/nonexistent/file.conll");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/nonexistent/file.conll", result.Error, StringComparison.Ordinal);
    }
}
