using Caravan.Core.Events;

namespace Caravan.Extraction.Tests.Stages;

public class HappeningsDatedAfterTests
{
    private static IReadOnlyList<ExtractedEvent> Events(string text) => Run.All(text).Events;

    [Fact]
    public void TheIncidentDatedInTheNextSentenceIsTheLeadsDay()
    {
        var events = Events("Guards Kill Man\nRFE/RL, May 2015\n\nBISHKEK -- Kyrgyz officials say Uzbek border guards have shot dead a Kyrgyz national and detained another near the border.\n\nA spokeswoman told RFE/RL that the incident occurred on May 12 in the Batken region.");

        var lead = events.Where(e => e.Evidence.StartsWith("BISHKEK", StringComparison.Ordinal)).ToList();
        Assert.Contains(lead, e => e.Type.IsViolent());
        Assert.All(lead, e => Assert.Equal("2015-05-12", e.Date?.ToString()));
    }

    [Fact]
    public void TheFightingBreakingOutOnADayDatesNoMeetingToldBefore()
    {
        var events = Events("Kyrgyz and Tajik security chiefs meet\ndpa, September 2022\n\nKyrgyz and Tajik border commanders held talks at a crossing point near Isfara.\n\nDozens of people have died since the fighting broke out on September 14.");

        var talks = Assert.Single(events, e => e.Type == EventType.Meeting);
        Assert.NotEqual("2022-09-14", talks.Date?.ToString());
    }

    [Fact]
    public void TheRiotThatEruptedOnADayDatesTheLead()
    {
        var events = Events("AFP, May 2019\n\nDUSHANBE -- At least 20 people were killed in a prison riot in Tajikistan, officials said.\n\nThe riot that erupted on May 19 was quelled by special forces.");

        var lead = Assert.Single(events, e => e.Evidence.StartsWith("DUSHANBE", StringComparison.Ordinal));
        Assert.Equal("2019-05-19", lead.Date?.ToString());
    }

    [Fact]
    public void ADayAfterAfterDatesTheHappeningThatCameBefore()
    {
        var events = Events("RFE/RL, June 2016\n\nAKTOBE -- Gunmen opened fire on a police patrol in the city of Aktobe, police say.\n\nThat shooting took place after two suspects were detained in a raid on June 3.");

        var shooting = Assert.Single(events, e => e.Evidence.StartsWith("AKTOBE", StringComparison.Ordinal));
        Assert.Equal("2016-06", shooting.Date?.ToString());
    }

    [Fact]
    public void AReferenceFarDownDatesNoLead()
    {
        var events = Events("RFE/RL, May 2015\n\nBISHKEK -- Uzbek border guards have shot dead a Kyrgyz national near the border.\n\nThe border has been disputed for years.\n\nTalks on it stalled in 2014.\n\nTrade across it has fallen.\n\nResidents say they fear for their safety.\n\nOfficials said the incident occurred on May 12.");

        var killing = Assert.Single(events, e => e.Type.IsViolent());
        Assert.Equal("2015-05", killing.Date?.ToString());
    }

    [Fact]
    public void ADayOutsideTheLeadsMonthIsAnotherIncident()
    {
        var events = Events("RFE/RL, May 2015\n\nBISHKEK -- Uzbek border guards have shot dead a Kyrgyz national near the border.\n\nIt recalled another: the previous incident occurred on April 12, 2014, near Sokh.");

        var killing = Assert.Single(events, e => e.Type.IsViolent());
        Assert.Equal("2015-05", killing.Date?.ToString());
    }

    [Fact]
    public void AStatementTakesTheDayAndPlaceWhereItWasSaid()
    {
        var events = Events("Asia-Plus, November 23, 2018\n\nCSTO acting secretary-general Valery Semerikov warns of the threat of a powerful extremist group along the Afghan border.\n\nHe stated this at a meeting of security council secretaries that took place in Moscow on November 21.\n\n“Today, this country has turned into a bridgehead for militants,” said Semerikov.");

        var warning = Assert.Single(events, e => e.Evidence.StartsWith("CSTO", StringComparison.Ordinal));
        Assert.Equal(EventType.Warning, warning.Type);
        Assert.Equal(("2018-11-21", "RU"), (warning.Date?.ToString(), warning.Place.Country));
    }

    [Fact]
    public void SaidThisWeekIsNoReferenceToAStatement()
    {
        var events = Events("Asia-Plus, November 23, 2018\n\nCSTO acting secretary-general Valery Semerikov warns of the threat of a powerful extremist group along the Afghan border.\n\nThe foreign minister said this week in Moscow that on November 21 the border was calm.");

        var warning = Assert.Single(events, e => e.Evidence.StartsWith("CSTO", StringComparison.Ordinal));
        Assert.NotEqual("2018-11-21", warning.Date?.ToString());
    }
}
