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
        Assert.InRange(F1(result.Output, "events:"), 0.70, 1.0);
        Assert.InRange(F1(result.Output, "entities:"), 0.80, 1.0);
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
