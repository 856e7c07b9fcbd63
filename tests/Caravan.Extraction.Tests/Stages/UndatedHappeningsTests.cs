using Caravan.Core.Events;

namespace Caravan.Extraction.Tests.Stages;

public class UndatedHappeningsTests
{
    private static IReadOnlyList<ExtractedEvent> Events(string text) => Run.All(text).Events;

    [Fact]
    public void AHappeningToldWithoutADateTakesTheDateOfTheLastOneOfItsFamily()
    {
        var events = Events("Asia-Plus, May 12, 2006\n\nGunmen attacked the Lakkon checkpoint in Isfara on May 10, killing two border guards.\n\nPolice detained three suspects in Khujand on May 11.\n\nSeparately, a bomb exploded at a market in Osh, killing a woman.");

        var bombing = Assert.Single(events, e => e.Evidence.StartsWith("Separately", StringComparison.Ordinal));
        Assert.Equal("2006-05-10", bombing.Date?.ToString());
    }

    [Fact]
    public void WithNoneOfItsFamilyDatedItTakesTheLastDatedHappening()
    {
        var events = Events("Reuters, March 3, 2015\n\nKyrgyz and Uzbek border officials held talks in Osh on March 1.\n\nGunmen attacked a border post in Batken, killing two guards.");

        var attack = Assert.Single(events, e => e.Type.Family() == EventFamily.Violence);
        Assert.Equal("2015-03-01", attack.Date?.ToString());
    }

    [Fact]
    public void WithNoneOfItsFamilyDatedAfterAnArrestItTakesOnlyTheArrestsMonth()
    {
        var events = Events("Reuters, March 3, 2015\n\nPolice detained five members of a banned group in Osh on March 1.\n\nGunmen attacked a border post in Batken, killing two guards.");

        var attack = Assert.Single(events, e => e.Type.Family() == EventFamily.Violence);
        Assert.Equal("2015-03", attack.Date?.ToString());
    }

    [Fact]
    public void AHappeningToldAsAStretchOfTimeTakesOnlyTheMonthOfTheOneBefore()
    {
        var events = Events("Reuters, June 5, 2015\n\nPolice detained five members of a banned group in Osh on June 1.\n\nPolice have detained dozens of suspected members of the group in Jalal-Abad lately.");

        var lately = Assert.Single(events, e => e.Evidence.Contains("lately", StringComparison.Ordinal));
        Assert.Equal((EventType.Arrest, "2015-06"), (lately.Type, lately.Date?.ToString()));
    }

    [Fact]
    public void AnOngoingProtestTakesOnlyTheMonthOfTheDayToldBefore()
    {
        var events = Events("Asia-Plus, July 27, 2012\n\nGovernment forces clashed with militants in Khorog on July 24, killing 42 people.\n\nOngoing demonstrations by residents of Khorog demand the withdrawal of the troops.");

        var demonstrations = Assert.Single(events, e => e.Type == EventType.Protest);
        Assert.Equal("2012-07", demonstrations.Date?.ToString());
    }

    [Fact]
    public void AnArrestIsDatedByTheLastArrestNotByAVerdict()
    {
        var events = Events("Reuters, June 5, 2015\n\nPolice detained five members of a banned group in Osh on March 1.\n\nA court in Osh sentenced two of them to ten years in prison on June 3.\n\nPolice also detained their driver.");

        var driver = Assert.Single(events, e => e.Evidence.StartsWith("Police also", StringComparison.Ordinal));
        Assert.Equal(EventType.Arrest, driver.Type);
        Assert.Equal("2015-03-01", driver.Date?.ToString());
    }

    [Fact]
    public void WhatIsSaidIsNotDatedByTheHappeningsBeforeIt()
    {
        var events = Events("Police detained five members of a banned group in Osh on March 1, 2015.\n\nThe group's leader denied any involvement in violence.");

        var denial = Assert.Single(events, e => e.Type == EventType.Denial);
        Assert.Null(denial.Date);
    }

    [Fact]
    public void BeforeAnyDatedHappeningNothingIsInherited()
    {
        var events = Events("Gunmen killed two border guards near the village of Pungon. Police detained three suspects in Batken.");

        Assert.All(events, e => Assert.Null(e.Date));
    }
}
