using Caravan.Core.Dates;
using Caravan.Core.Events;
using Caravan.Core.Places;
using Caravan.Extraction.Stages;

namespace Caravan.Extraction.Tests.Stages;

public class SameHappeningTests
{
    [Fact]
    public void ADefiniteReferenceJustAfterTellsTheHappeningJustTold()
    {
        var attack = Candidate(EventType.Attack, 1, "2006-05-12", DateSource.OwnSentence);
        var theAttack = Candidate(EventType.Attack, 2, null, DateSource.None) with { IsReference = true };

        Assert.True(SameHappening.Holds(attack, theAttack));
    }

    [Fact]
    public void AnotherFamilyIsAnotherHappeningWhateverElseAgrees()
    {
        var attack = Candidate(EventType.Attack, 1, "2006-05-12", DateSource.OwnSentence);
        var arrest = Candidate(EventType.Arrest, 1, "2006-05-12", DateSource.OwnSentence);

        Assert.False(SameHappening.Holds(attack, arrest));
    }

    [Fact]
    public void TwoStatementsOfOneDayAreOneOnlyIfTheSamePeopleMadeThem()
    {
        var warning = Candidate(EventType.Warning, 1, "2021-12-06", DateSource.OwnSentence, "CSTO");
        var same = Candidate(EventType.Warning, 4, "2021-12-06", DateSource.OwnSentence, "CSTO");
        var other = Candidate(EventType.Warning, 4, "2021-12-06", DateSource.OwnSentence, "Ministry of Defence (Russia)");

        Assert.True(SameHappening.Holds(warning, same));
        Assert.False(SameHappening.Holds(warning, other));
    }

    [Fact]
    public void ALeadDatedByTheDatelineTakesTheDayASentenceSoonAfterGivesIt()
    {
        var lead = Candidate(EventType.RemoteViolence, 0, "2022-07-07", DateSource.Dateline);
        var told = Candidate(EventType.RemoteViolence, 3, "2022-07-05", DateSource.OwnSentence);
        var trial = Candidate(EventType.Sentencing, 0, "2022-07-07", DateSource.Dateline);
        var otherTrial = Candidate(EventType.Sentencing, 3, "2022-07-05", DateSource.OwnSentence);

        Assert.True(SameHappening.Holds(lead, told));
        Assert.False(SameHappening.Holds(trial, otherTrial));
    }

    private static EventCandidate Candidate(EventType type, int sentence, string? date, DateSource source, params string[] actors) =>
        new(
            new ExtractedEvent
            {
                Type = type,
                Date = date is null ? null : PartialDate.Parse(date),
                Place = PlaceReference.Unknown,
                Actors = actors,
                Evidence = $"sentence {sentence}",
            },
            sentence,
            source);
}
