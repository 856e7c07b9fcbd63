using Caravan.Extraction.Stages;

namespace Caravan.Extraction.Tests.Stages;

public class CasualtyCounterTests
{
    private static (int? Killed, int? Injured, int? Arrested) Count(string sentence) =>
        CasualtyCounter.Count(Run.Until<SentenceSegmenter>(sentence).Sentences[0].Tokens);

    [Fact]
    public void ConjoinedGroupsAreSummed() =>
        Assert.Equal((8, null, null), Count("Three servicemen and five civilians were killed in the attacks."));

    [Fact]
    public void GroupsWithWordsBetweenAreSummed() =>
        Assert.Equal((72, null, null), Count("The Tajik government says 12 soldiers, 30 people described as “militants,” and some 30 civilians were killed in fighting in the Khorog area this week."));

    [Fact]
    public void EachVerbCountsItsOwnGroup() =>
        Assert.Equal((2, 2, null), Count("The Defense Ministry reported that two soldiers were wounded and two rebels were killed in the nighttime firefight."));

    [Fact]
    public void ArrestsAreCounted() =>
        Assert.Equal((null, null, 2), Count("Two foreign nationals were arrested as they prepared to perform."));

    [Fact]
    public void NoNumberNoCount() =>
        Assert.Equal((null, null, null), Count("Several members of organizations suspected of organizing various attacks have been arrested recently."));

    [Fact]
    public void YearsAreNotCounts() =>
        Assert.Equal((null, null, null), Count("In 2016, police killed the leader of the cell."));

    [Theory]
    [InlineData("When their car overturned, they hijacked a Mercedes, killing the driver.", 1)]
    [InlineData("Militants attacked a border post, killing a border guard and one police officer.", 2)]
    [InlineData("The two suicide bombings near the bazaar killed three policemen and a young child, he said.", 4)]
    [InlineData("The blast killed a number of people.", null)]
    public void ThePersonsAfterTheVerbAreCounted(string sentence, int? killed) =>
        Assert.Equal(killed, Count(sentence).Killed);

    [Theory]
    [InlineData("70 terrorists were captured.", null, 70)]
    [InlineData("Special forces surrounded them, killing four and capturing one.", 4, 1)]
    [InlineData("Uzbek border guards detained another man inside the Sokh exclave.", null, 1)]
    [InlineData("A Kyrgyz border guard, Husniddin Khozhiyev, was killed in a shootout.", 1, null)]
    [InlineData("No one was killed in the blast.", 0, null)]
    [InlineData("Nobody was killed in the blast.", null, null)]
    public void CapturesAndOnePersonNamedAreCounted(string sentence, int? killed, int? arrested) =>
        Assert.Equal((killed, arrested), (Count(sentence).Killed, Count(sentence).Arrested));

    [Theory]
    [InlineData("The militants captured two villages near the border.")]
    [InlineData("Police detained 20 vehicles at the checkpoint.")]
    public void ThingsCapturedAreNoPersons(string sentence) =>
        Assert.Null(Count(sentence).Arrested);

    [Fact]
    public void TheObjectOfOneVerbIsNotCountedByTheNext() =>
        Assert.Equal((18, null, null), Count("Security forces killed 18 gunmen and arrested several others."));
}
