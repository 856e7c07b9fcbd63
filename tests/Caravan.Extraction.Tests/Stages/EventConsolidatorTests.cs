using Caravan.Core.Dates;
using Caravan.Core.Events;
using Caravan.Core.Places;
using Caravan.Extraction.Model;
using Caravan.Extraction.Stages;

namespace Caravan.Extraction.Tests.Stages;

public class EventConsolidatorTests
{
    private static readonly PartialDate July29 = PartialDate.Parse("2015-07-29");

    private static EventCandidate Told(EventType type, int sentence, string evidence, PartialDate? date = null, DateSource source = DateSource.None, bool retells = false, string? country = null) =>
        new(new ExtractedEvent { Type = type, Date = date, Evidence = evidence, Place = InCountry(country) }, sentence, source) { RetellsOnly = retells };

    private static PlaceReference InCountry(string? country) =>
        country is null ? PlaceReference.Unknown : new(country, null, null, null, null, GeoPrecision.Country);

    private static IReadOnlyList<ExtractedEvent> Consolidate(params EventCandidate[] candidates) =>
        new EventConsolidator().Apply(new DocumentDraft("test.txt", "") { Candidates = candidates }).Events;

    [Fact]
    public void ALeadGivenTheReportsDayIsNotTheClashOfLastWeek()
    {
        var events = Consolidate(
            Told(EventType.ArmedClash, 0, "Tajikistan said Thursday that four more militants had been killed.", PartialDate.Parse("2015-09-10"), DateSource.Publication, country: "TJ"),
            Told(EventType.ArmedClash, 1, "The country was plunged into a crisis last week when rebels clashed with government forces.", PartialDate.Parse("2015-09"), DateSource.OwnSentence, country: "TJ"));

        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void TheDrillsNamedAgainWithTheirDayAreTheExerciseToldInTheMonth()
    {
        var october = PartialDate.Parse("2021-10");
        var events = Consolidate(
            Told(EventType.MilitaryExercise, 0, "CSTO members have completed a joint exercise in Tajikistan.", october, DateSource.Publication, country: "TJ"),
            Told(EventType.Meeting, 2, "The ministers met in Dushanbe."),
            Told(EventType.MilitaryExercise, 5, "\"The drills that were held secure the CSTO states,\" Lapin said on October 23.", PartialDate.Parse("2021-10-23"), DateSource.OwnSentence) with { IsDefinite = true },
            Told(EventType.MilitaryExercise, 7, "The exercise of 2019 was smaller.", PartialDate.Parse("2019"), DateSource.OwnSentence) with { IsDefinite = true });

        var exercises = events.Where(e => e.Type == EventType.MilitaryExercise).ToList();
        Assert.Equal(["2021-10-23", "2019"], exercises.Select(e => e.Date?.ToString()));
        Assert.StartsWith("CSTO members", exercises[0].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDrillsNamedAgainOnTheReportsDayAreTheExerciseToldThatDay()
    {
        var reportDay = PartialDate.Parse("2021-10-23");
        var events = Consolidate(
            Told(EventType.MilitaryExercise, 0, "CSTO members have completed a joint exercise in Tajikistan.", reportDay, DateSource.Publication, country: "TJ"),
            Told(EventType.Meeting, 2, "The ministers met in Dushanbe."),
            Told(EventType.MilitaryExercise, 7, "\"The drills that were held secure the CSTO states,\" Lapin said on October 23.", reportDay, DateSource.OwnSentence) with { IsDefinite = true },
            Told(EventType.MilitaryExercise, 9, "A CSTO exercise was held in Kyrgyzstan on October 25.", PartialDate.Parse("2021-10-25"), DateSource.OwnSentence));

        Assert.Equal(["2021-10-23", "2021-10-25"], events.Where(e => e.Type == EventType.MilitaryExercise).Select(e => e.Date?.ToString()));
    }

    [Fact]
    public void ViolenceToldLaterInTheStoryIsNotMoreOnTheClashJustTold()
    {
        var events = Consolidate(
            Told(EventType.ArmedClash, 0, "A gunman killed seven people in a series of shootouts with police in Taraz on November 12.", PartialDate.Parse("2011-11-12"), DateSource.OwnSentence, country: "KZ"),
            Told(EventType.Attack, 1, "Four of the dead were policemen."),
            Told(EventType.SuicideBombing, 2, "He later blew himself up with a grenade as police surrounded him."));

        Assert.Equal([EventType.ArmedClash, EventType.SuicideBombing], events.Select(e => e.Type));
    }

    [Fact]
    public void ARetellingTheModelDoubtsJoinsItsHappeningHoweverFarBackItWasTold()
    {
        var events = Consolidate(
            Told(EventType.Attack, 0, "Gunmen attacked cyclists in Danghara on July 29.", July29, DateSource.OwnSentence),
            Told(EventType.Meeting, 3, "The ministers met in Dushanbe."),
            Told(EventType.Attack, 9, "Four of the cyclists died in the attack, officials said.", retells: true));

        var attack = Assert.Single(events, e => e.Type == EventType.Attack);
        Assert.Equal("2015-07-29", attack.Date?.ToString());
    }

    [Fact]
    public void ALongFileOfManyReportsDoesNotFoldOneStorysRetellingIntoAnother()
    {
        var events = Consolidate(
            Told(EventType.Attack, 0, "Gunmen attacked cyclists in Danghara on July 29.", July29, DateSource.OwnSentence),
            Told(EventType.Attack, 400, "Four people died in the attack, officials said.", retells: true));

        Assert.Equal(2, events.Count(e => e.Type == EventType.Attack));
    }

    [Fact]
    public void FarFromItADoubtedRetellingThatDatesItselfIsAnotherHappening()
    {
        var events = Consolidate(
            Told(EventType.Attack, 0, "Gunmen attacked cyclists in Danghara on July 29.", July29, DateSource.OwnSentence),
            Told(EventType.Attack, 9, "A policeman was shot dead in Khorog in July.", PartialDate.Parse("2015-07"), DateSource.OwnSentence, retells: true));

        Assert.Equal(2, events.Count(e => e.Type == EventType.Attack));
    }

    [Fact]
    public void ADoubtedRetellingPlacedInAnotherCountryIsNotThatHappening()
    {
        var events = Consolidate(
            Told(EventType.Attack, 0, "Gunmen attacked cyclists in Danghara on July 29.", July29, DateSource.OwnSentence, country: "TJ"),
            Told(EventType.Attack, 2, "A border guard was shot dead in Batken.", retells: true, country: "KG"));

        Assert.Equal(2, events.Count(e => e.Type == EventType.Attack));
    }

    [Theory]
    [InlineData(EventType.Sentencing, "A court in Osh sentenced a man to six years.", EventType.Arrest, "Police detained him in the spring.")]
    [InlineData(EventType.Visit, "The minister arrived in Dushanbe.", EventType.Meeting, "During his visit he met the foreign minister.")]
    [InlineData(EventType.Warning, "The ministry warned of attacks.", EventType.Denial, "The rebels denied planning any.")]
    [InlineData(EventType.Arrest, "Police detained six suspects in Osh.", EventType.Arrest, "Police detained two other members of the group.")]
    public void AStepOfItsOwnTheModelDoubtsIsNoRetellingOfTheOneBefore(EventType first, string firstSentence, EventType later, string laterSentence)
    {
        var events = Consolidate(
            Told(first, 0, firstSentence, July29, DateSource.OwnSentence),
            Told(later, 2, laterSentence, retells: true));

        Assert.Equal([first, later], events.Select(e => e.Type));
    }

    [Fact]
    public void AMeetingTheModelDoubtsJoinsTheMeetingToldBefore()
    {
        var events = Consolidate(
            Told(EventType.Meeting, 0, "The ministers met in Dushanbe on July 29.", July29, DateSource.OwnSentence),
            Told(EventType.Meeting, 2, "They discussed the border.", retells: true));

        Assert.Single(events);
    }

    [Fact]
    public void ACandidateThatMayOnlyJoinAddsItsDateOrIsDropped()
    {
        var events = Consolidate(
            Told(EventType.Arrest, 0, "Police detained six suspects in Osh."),
            Told(EventType.Arrest, 1, "They were detained on July 29.", July29, DateSource.OwnSentence) with { JoinsOnly = true },
            Told(EventType.Protest, 2, "Relatives gathered outside the court.") with { JoinsOnly = true });

        var arrest = Assert.Single(events);
        Assert.Equal("2015-07-29", arrest.Date?.ToString());
    }

    [Fact]
    public void ADoubtedRetellingWithNothingOfItsFamilyBeforeStaysAnEvent()
    {
        var events = Consolidate(
            Told(EventType.Meeting, 0, "The ministers met in Dushanbe."),
            Told(EventType.Attack, 4, "Four cyclists died in an attack.", retells: true));

        Assert.Single(events, e => e.Type == EventType.Attack);
    }

    [Theory]
    [InlineData("2022-07-05", 1, "2022-07-05")]
    [InlineData("2022-07", 1, "2022-07")]
    [InlineData("2022-06-20", 2, "2022-07-07")]
    [InlineData("2022-07-08", 2, "2022-07-07")]
    public void ALeadDatedByTheDatelineTakesTheDayALaterSentenceGivesWithinAWeekBefore(string later, int events, string leadDate)
    {
        var consolidated = Consolidate(
            Told(EventType.RemoteViolence, 0, "Termez [Uzbekistan], July 7 : Rockets hit the border town of Termez.", PartialDate.Parse("2022-07-07"), DateSource.Dateline),
            Told(EventType.RemoteViolence, 2, "Five rockets hit the town.", PartialDate.Parse(later), DateSource.OwnSentence));

        Assert.Equal(events, consolidated.Count);
        Assert.Equal(leadDate, consolidated[0].Date?.ToString());
    }
}
