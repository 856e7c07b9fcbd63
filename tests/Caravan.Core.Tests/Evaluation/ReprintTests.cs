using Caravan.Core.Evaluation;

namespace Caravan.Core.Tests.Evaluation;

public class ReprintTests
{
    private const string Report = "Border guards wounded near Isfara\nRegional Service, May 12, 2021\n\nTwo border guards were wounded on Tuesday when gunmen opened fire on their patrol near the village, the border service said in a statement on Wednesday.\n\nAn investigation has been opened.";

    [Fact]
    public void WrappedLinesKeepEveryWordInOrderAndNoneIsLongerThanTheWidth()
    {
        var wrapped = Reprint.Apply("wrapped", Report);

        Assert.All(wrapped.Split('\n'), line => Assert.True(line.Length <= 72, line));
        Assert.True(wrapped.Split('\n').Length > Report.Split('\n').Length);
        Assert.Equal(Report.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries), wrapped.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void TheCreditLineGoesUnderTheStory()
    {
        var lines = Reprint.Apply("credit-at-foot", Report).TrimEnd().Split('\n');

        Assert.Equal("Border guards wounded near Isfara", lines[0]);
        Assert.Equal("Regional Service, May 12, 2021", lines[^1]);
        Assert.DoesNotContain("Regional Service, May 12, 2021", lines[..^1]);
    }

    [Theory]
    [InlineData("capitals", "BORDER GUARDS WOUNDED NEAR ISFARA\nRegional Service")]
    [InlineData("markdown", "# Border guards wounded near Isfara\nRegional Service")]
    [InlineData("no-blank-lines", "Regional Service, May 12, 2021\nTwo border guards")]
    [InlineData("crlf", "Isfara\r\nRegional Service")]
    public void EachWayPrintsTheReportAsItsNameSays(string way, string expected) =>
        Assert.Contains(expected, Reprint.Apply(way, Report), StringComparison.Ordinal);

    [Fact]
    public void HtmlEntitiesStandForTheCharactersTheyEncode()
    {
        var reprinted = Reprint.Apply("html-entities", "The ministry's \"anti-terror\" unit & police");

        Assert.Equal("The ministry&#39;s &quot;anti-terror&quot; unit &amp; police", reprinted);
    }

    [Fact]
    public void AnUnknownWayIsRefusedWithTheWaysThereAre()
    {
        var error = Assert.Throws<ArgumentException>(() => Reprint.Apply("sideways", Report));

        Assert.Contains("wrapped", error.Message, StringComparison.Ordinal);
    }
}
