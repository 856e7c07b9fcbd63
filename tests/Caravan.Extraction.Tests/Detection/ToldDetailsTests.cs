using Caravan.Core.Events;
using Caravan.Extraction.Detection;
using Caravan.Extraction.Stages;

namespace Caravan.Extraction.Tests.Detection;

public class ToldDetailsTests
{
    private const string Report = """
        Reuters, May 13, 2006

        Gunmen attacked a border post in Isfara on May 12, killing three guards.
        The attack was condemned by the government.
        Later the group attacked another border post in Batken, killing two officials.
        The gunmen attacked the post in Isfara on May 12.
        """;

    [Fact]
    public void AFamilyNotToldBeforeHasNoComparison()
    {
        var draft = Run.Until<CasualtyCounter>(Report);

        Assert.Null(new ToldDetails().Compare(EventFamily.Violence, ToldDetails.Details.Of(draft, draft.Sentences[1])));
    }

    [Fact]
    public void ASentenceWithNoDetailOfItsOwnAddsNone()
    {
        var draft = Run.Until<CasualtyCounter>(Report);
        var told = Told(draft, 1);

        Assert.Equal(new FamilyNovelty(Novelty.None, Novelty.None, Novelty.None), told.Compare(EventFamily.Violence, ToldDetails.Details.Of(draft, draft.Sentences[2])));
    }

    [Fact]
    public void AnotherPlaceAndCountAreNew()
    {
        var draft = Run.Until<CasualtyCounter>(Report);
        var told = Told(draft, 1, 2);

        Assert.Equal(new FamilyNovelty(Novelty.None, Novelty.New, Novelty.New), told.Compare(EventFamily.Violence, ToldDetails.Details.Of(draft, draft.Sentences[3])));
    }

    [Fact]
    public void TheSamePlaceAndDayRetell()
    {
        var draft = Run.Until<CasualtyCounter>(Report);
        var told = Told(draft, 1, 2, 3);

        Assert.Equal(new FamilyNovelty(Novelty.Same, Novelty.Same, Novelty.None), told.Compare(EventFamily.Violence, ToldDetails.Details.Of(draft, draft.Sentences[4])));
    }

    [Fact]
    public void DetailsAreRememberedForTheFamiliesTold()
    {
        var draft = Run.Until<CasualtyCounter>(Report);
        var told = Told(draft, 1);

        Assert.Null(told.Compare(EventFamily.Diplomacy, ToldDetails.Details.Of(draft, draft.Sentences[4])));
    }

    private static ToldDetails Told(Model.DocumentDraft draft, params int[] sentences)
    {
        var told = new ToldDetails();
        foreach (var index in sentences)
        {
            told.Remember([EventFamily.Violence], ToldDetails.Details.Of(draft, draft.Sentences[index]));
        }

        return told;
    }
}
