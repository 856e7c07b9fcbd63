using Caravan.Core.Events;
using Caravan.Extraction.Detection;
using Caravan.Extraction.Stages;

namespace Caravan.Extraction.Tests.Detection;

public class EventFeaturesTests
{
    [Theory]
    [InlineData("Uzbekistan became an ally after terrorist attacks on September 11, 2001.", "attacks", "self:date:after:years-before")]
    [InlineData("Gunmen attacked a border post on Saturday, officials said.", "attacked", "self:date:after:relative")]
    [InlineData("On May 9, gunmen attacked a border post.", "attacked", "self:date:before:report-year-day")]
    [InlineData("Gunmen attacked a border post, officials said.", "attacked", "self:date:none")]
    public void ACandidateKnowsHowTheDateNearestItStandsToTheReport(string text, string word, string feature)
    {
        var features = CandidateFeatures(text, word);

        Assert.Contains(feature, features);
        Assert.Single(features, f => f.StartsWith("self:date:", StringComparison.Ordinal));
    }

    [Fact]
    public void ACandidateOfAFamilyToldBeforeKnowsWhatItsSentenceAdds()
    {
        var (context, lower) = Context("Later the group attacked another post in Batken.");
        context = context with { Novelties = new Dictionary<EventFamily, FamilyNovelty> { [EventFamily.Violence] = new(Novelty.None, Novelty.New, Novelty.Same) } };

        var violent = EventFeatures.OfCandidate(context, EventType.Attack, lower.IndexOf("attacked"));
        var talks = EventFeatures.OfCandidate(context, EventType.Meeting, lower.IndexOf("attacked"));

        Assert.Contains("self:new-date:None", violent);
        Assert.Contains("self:new-place:New", violent);
        Assert.Contains("self:new-count:Same", violent);
        Assert.DoesNotContain(talks, f => f.StartsWith("self:new-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Two guards had reportedly been killed in the clash.", "killed", "self:tense:pluperfect")]
    [InlineData("Police have arrested six men.", "arrested", "self:tense:perfect")]
    [InlineData("Members of the group are regularly detained.", "detained", "self:tense:present")]
    [InlineData("The sides will hold talks in Dushanbe.", "talks", "self:tense:other")]
    [InlineData("The sides will meet in Dushanbe.", "meet", "self:tense:modal")]
    [InlineData("Gunmen attacked a border post.", "attacked", "self:tense:past")]
    [InlineData("Residents said the shelling was continuing.", "shelling", "self:tense:ing")]
    public void ACandidateKnowsTheTenseItIsToldIn(string text, string word, string feature)
    {
        var features = CandidateFeatures(text, word);

        Assert.Single(features, f => f.StartsWith("self:tense:", StringComparison.Ordinal));
        Assert.Contains(feature, features);
    }

    private static List<string> CandidateFeatures(string text, string word)
    {
        var (context, lower) = Context(text);
        return EventFeatures.OfCandidate(context, EventType.Attack, lower.IndexOf(word));
    }

    private static (EventFeatures.Context Context, List<string> Lower) Context(string text)
    {
        var draft = Run.Until<CasualtyCounter>($"Reuters, May 12, 2004\n\n{text}");
        var sentence = draft.Sentences.Last();
        var lower = sentence.Tokens.Select(t => t.Lower).ToList();
        return (new EventFeatures.Context(draft, sentence, lower, 0, [], [], [], new HashSet<EventType>(), new HashSet<EventType>()), lower);
    }
}
