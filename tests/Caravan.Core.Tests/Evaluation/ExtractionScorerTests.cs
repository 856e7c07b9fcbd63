using Caravan.Core.Dates;
using Caravan.Core.Documents;
using Caravan.Core.Entities;
using Caravan.Core.Evaluation;
using Caravan.Core.Events;
using Caravan.Core.Places;

namespace Caravan.Core.Tests.Evaluation;

public class ExtractionScorerTests
{
    private const string Clash = "On July 25-26, gunmen presumed to belong to the IMU crossed the border from Tajikistan and twice attacked a military outpost in the Batken Region.";

    private static ExtractedEvent Event(EventType type, string? date, string? country, string evidence) => new()
    {
        Type = type,
        Date = date is null ? null : PartialDate.Parse(date),
        Place = new PlaceReference(country, null, null, null, null, GeoPrecision.None),
        Evidence = evidence,
    };

    private static DocumentExtraction Doc(IReadOnlyList<ExtractedEvent> events, IReadOnlyList<Entity>? entities = null) =>
        new(new DocumentMetadata("x.txt", null, null, null), string.Empty, entities ?? [], events);

    [Fact]
    public void TypesOfOneFamilyPairOnOverlappingEvidence()
    {
        var pairs = ExtractionScorer.PairEvents([Event(EventType.ArmedClash, "2001-07-25", "KG", Clash)], [Event(EventType.Attack, "--07-25", null, Clash)]);

        Assert.Single(pairs);
    }

    [Fact]
    public void ActorsAreRightWhenOneOfTheGoldsIsNamedHoweverItsCountryIsWritten()
    {
        var gold = Event(EventType.ArmedClash, "2001-07-25", "KG", Clash) with { Actors = ["State Committee for National Security (Kyrgyzstan)"], Targets = ["Islamic Movement of Uzbekistan"] };
        var predicted = gold with { Actors = ["State Committee for National Security of Kyrgyzstan"], Targets = ["Tajikistan"] };

        var report = ExtractionScorer.Score(Doc([gold]), Doc([predicted]));

        Assert.Equal((1, 1), (report.Actors.Correct, report.Actors.Compared));
        Assert.Equal((0, 1), (report.Targets.Correct, report.Targets.Compared));
    }

    [Fact]
    public void ContradictingDatesDoNotPair() =>
        Assert.Empty(ExtractionScorer.PairEvents([Event(EventType.ArmedClash, "2001-07-25", "KG", Clash)], [Event(EventType.ArmedClash, "2001-07-27", "KG", Clash)]));

    [Fact]
    public void DifferentCountriesDoNotPair() =>
        Assert.Empty(ExtractionScorer.PairEvents([Event(EventType.ArmedClash, "2001-07-25", "KG", Clash)], [Event(EventType.ArmedClash, "2001-07-25", "TJ", Clash)]));

    [Fact]
    public void DifferentFamiliesDoNotPair() =>
        Assert.Empty(ExtractionScorer.PairEvents([Event(EventType.ArmedClash, null, null, Clash)], [Event(EventType.Arrest, null, null, Clash)]));

    [Fact]
    public void ExactDateAndCountryPairEvenWithOtherEvidence()
    {
        var gold = Event(EventType.Meeting, "2022-10-18", "TJ", "The Conference was held on October 18, 2022, in Dushanbe, Tajikistan.");
        var predicted = Event(EventType.Visit, "2022-10-18", "TJ", "Norov arrived in the Tajik capital.");

        Assert.Single(ExtractionScorer.PairEvents([gold], [predicted]));
    }

    [Fact]
    public void EachGoldEventPairsOnce()
    {
        var report = ExtractionScorer.Score(
            Doc([Event(EventType.ArmedClash, "2001-07-25", "KG", Clash)]),
            Doc([Event(EventType.ArmedClash, "2001-07-25", "KG", Clash), Event(EventType.ArmedClash, "2001-07-25", "KG", Clash)]));

        Assert.Equal(new Tally(1, 2, 1), report.Events);
        Assert.Equal(0.5, report.Events.Precision);
    }

    [Fact]
    public void EntitiesPairOnAnyAliasAfterFolding()
    {
        var gold = new Entity("Nursultan Nazarbayev", EntityType.Person, ["Nursultan Nazarbaev"]);
        var predicted = new Entity("Nazarbaev", EntityType.Person, ["Nursultan Nazarbaev", "Nazarbaev"]);

        var report = ExtractionScorer.Score(Doc([], [gold]), Doc([], [predicted]));

        Assert.Equal(1, report.Entities.Matched);
        Assert.Equal(1, report.TypedEntities.Matched);
    }
}
