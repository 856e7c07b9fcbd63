using Caravan.Core.Events;

namespace Caravan.Extraction.Tests.Stages;

public class ReportCountryTests
{
    [Fact]
    public void AnUnplacedClashHappenedInTheCountryTheReportIsAbout()
    {
        const string text = "Kyrgyz troops battle rebels\n\nBISHKEK, Kyrgyzstan (AP) _ Kyrgyz troops clashed with militants in southern Kyrgyzstan on Saturday, the Kyrgyz Defence Ministry said.\n\n"
            + "Government forces traded fire Tuesday with the gunmen, killing 10 of them, a presidential spokesman said.";

        var events = Run.All(text).Events;

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("KG", e.Place.Country));
    }

    [Fact]
    public void ACountryNamedClearlyMoreThanAnyOtherIsTheReportsEvenShortOfHalf()
    {
        const string text = "Guards on alert\n\nBorder guards in Khatlon and Dushanbe were put on alert after Afghan, Uzbek, Kyrgyz and Russian officials warned of infiltration, Tajik officials said.\n\n"
            + "Unknown gunmen fired at a patrol on Tuesday, killing two guards, officials said.";

        var shooting = Assert.Single(Run.All(text).Events, e => e.Type.IsViolent());

        Assert.Equal("TJ", shooting.Place.Country);
    }

    [Fact]
    public void AReportAboutSeveralCountriesPlacesNothingByItself()
    {
        const string text = "Kazakh and Uzbek leaders met in Tashkent on Monday. Kazakhstan and Uzbekistan discussed the border with Kyrgyzstan and Tajikistan.\n\n"
            + "Unknown gunmen fired at a bus on Tuesday, killing two people, officials said.";

        var shooting = Assert.Single(Run.All(text).Events, e => e.Type.IsViolent());

        Assert.Null(shooting.Place.Country);
    }

    [Fact]
    public void AWarningNobodyPlacedWasGivenInTheCountryTheReportIsAbout()
    {
        const string text = "Tajikistan reports attack on border post\nMNN, November 30, 2025\n\nDUSHANBE - Gunmen from Afghanistan attacked a Tajik border post in Khatlon on Sunday, killing two Tajik guards, the Tajik border service said.\n\n"
            + "The foreign ministry again expressed concern about the situation, warning that armed groups on the Afghan side threaten the whole region.";

        var warning = Assert.Single(Run.All(text).Events, e => e.Type == EventType.Warning);

        Assert.Equal("TJ", warning.Place.Country);
    }
}

public class RegionOfInterestTests
{
    [Fact]
    public void ABombingAReportPlacesFarFromTheRegionIsBackground()
    {
        var consolidated = Run.Until<Caravan.Extraction.Stages.EventConsolidator>("Reuters, March 3, 2015\n\nA suicide bomber killed 20 people in Baghdad, Iraq, on Tuesday. Police detained two men in Osh, Kyrgyzstan, on Monday.");
        Assert.Contains(consolidated.Events, e => e.Place.Country == "IQ");

        var kept = new Caravan.Extraction.Stages.RegionOfInterest().Apply(consolidated).Events;

        Assert.DoesNotContain(kept, e => e.Place.Country == "IQ");
        Assert.Contains(kept, e => e.Place.Country == "KG");
    }
}
