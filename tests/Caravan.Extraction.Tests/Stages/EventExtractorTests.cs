using Caravan.Core.Events;
using Caravan.Core.Places;

namespace Caravan.Extraction.Tests.Stages;

public class EventExtractorTests
{
    private static IReadOnlyList<ExtractedEvent> Events(string text) => Run.All(text).Events;

    [Fact]
    public void AnAttackOnAnOutpostByGunmenIsAnArmedClashWithItsRangeAndRegion()
    {
        var events = Events("Publication: Monitor\n\nOn July 25-26, gunmen presumed to belong to the IMU crossed the border from Tajikistan and twice attacked a military outpost in the Batken Region, some twelve kilometers inside Kyrgyzstan. The Defense Ministry reported that two soldiers were wounded and two rebels were killed in the nighttime firefight.");

        var clash = Assert.Single(events);
        Assert.Equal(EventType.ArmedClash, clash.Type);
        Assert.Equal("--07-25", clash.Date?.ToString());
        Assert.Equal("--07-26", clash.DateEnd?.ToString());
        Assert.Equal(("KG", "Batken"), (clash.Place.Country, clash.Place.Admin1));
        Assert.Equal((2, 2), (clash.Fatalities, clash.Injured));
        Assert.Contains("Islamic Movement of Uzbekistan", clash.Actors);
    }

    [Fact]
    public void AThreatToAttackIsNotAnAttack()
    {
        var events = Events("On July 23, Russia’s ORT television asserted that numerous militants were gathering on the Tajik side of the border, ready to attack Kyrgyzstan at any moment.");

        var warning = Assert.Single(events);
        Assert.Equal(EventType.Warning, warning.Type);
        Assert.Equal(["ORT"], warning.Actors);
    }

    [Fact]
    public void ADenialIsDatedAndBelongsToTheSpeakersCountry()
    {
        var events = Events("On July 25, Tajikistan’s Security Council Secretary Amirkul Azimov indignantly denied that IMU militants are using Tajik territory.");

        var denial = Assert.Single(events);
        Assert.Equal(EventType.Denial, denial.Type);
        Assert.Equal("--07-25", denial.Date?.ToString());
        Assert.Equal("TJ", denial.Place.Country);
        Assert.Equal(["Amirkul Azimov"], denial.Actors);
    }

    [Fact]
    public void CasualtiesInTheNextSentenceJoinTheAttack()
    {
        var events = Events("By Fuad Mukhtarli September 1, 2017\n\nA watershed moment came in June 2016, when a group of radicals carried out an armed attack on two gun shops and a military unit in Aktobe, Kazakhstan. Three servicemen and five civilians were killed in the attacks, which rattled leaders in Astana.");

        var attack = Assert.Single(events);
        Assert.Equal(EventType.Attack, attack.Type);
        Assert.Equal("2016-06", attack.Date?.ToString());
        Assert.Equal(("KZ", "Aktobe"), (attack.Place.Country, attack.Place.Admin1));
        Assert.Equal(8, attack.Fatalities);
    }

    [Fact]
    public void AVisitAndTheAgreementSignedDuringItAreTwoEvents()
    {
        var events = Events("By Fuad Mukhtarli September 1, 2017\n\nDuring Mirziyoyev’s visit to Astana in March, the two sides signed seven documents that outlined cooperation in areas including transportation and defense.");

        Assert.Equal([EventType.Agreement, EventType.Visit], events.Select(e => e.Type).Order());
        Assert.All(events, e => Assert.Equal(("2017-03", "KZ", "Astana"), (e.Date?.ToString(), e.Place.Country, e.Place.Location)));
    }

    [Fact]
    public void IncursionsInTwoYearsAreTwoEvents()
    {
        var events = Events("Publication: Monitor\n\nThe network reported from Kyrgyzstan’s Batken Region, scene of the IMU’s incursions in 1999 and 2000 from Tajik territory.");

        Assert.Equal(["1999", "2000"], events.Where(e => e.Type.IsViolent()).Select(e => e.Date?.ToString()));
    }

    [Fact]
    public void ArrestsCountTheDetained()
    {
        var events = Events("Two foreign nationals were arrested as they prepared to perform during the celebrations. Several Kyrgyz nationals were also detained on suspicion of terrorism.");

        Assert.Equal(2, events.Count(e => e.Type == EventType.Arrest));
        Assert.Equal(2, events[0].Arrested);
    }

    [Fact]
    public void APlanPresentedAtAConferenceTakesTheConferencesDateAndPlace()
    {
        const string text = "Dushanbe, 21 October 2022 (TDI): The minister spoke.\n\nThe Conference was held on October 18, 2022, in Dushanbe, Tajikistan.\n\nMoreover, the attendees were apprised of the Uzbek President’s plan to establish a unified electronic network on cyberterrorism in Central Asia.";

        var initiative = Assert.Single(Events(text), e => e.Type == EventType.Initiative);

        Assert.Equal("2022-10-18", initiative.Date?.ToString());
        Assert.Equal(("TJ", GeoPrecision.Exact), (initiative.Place.Country, initiative.Place.Precision));
    }

    [Fact]
    public void TheDayAfterAClauseDatesTheClauseTheDayBefore()
    {
        const string text = "Publication: Monitor\n\nOn July 25-26, gunmen twice attacked a military outpost in the Batken Region. It came the day after Kazakh President Nursultan Nazarbaev, on an official visit to Bishkek, declared his solidarity with Kyrgyzstan.";

        var visit = Assert.Single(Events(text), e => e.Type == EventType.Visit);

        Assert.Equal("--07-24", visit.Date?.ToString());
        Assert.Equal("Bishkek", visit.Place.Location);
    }
}
