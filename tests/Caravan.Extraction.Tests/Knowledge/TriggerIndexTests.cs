using Caravan.Extraction.Knowledge;

namespace Caravan.Extraction.Tests.Knowledge;

public class TriggerIndexTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Default;

    // What the index replaces: every trigger tried in order, kept when its first word or prefix is in the sentence.
    private static List<int> TriedOneByOne(string[] lower) =>
        [.. Knowledge.Triggers.Select((trigger, index) => (trigger, index))
            .Where(t => lower.Any(word => EventTrigger.WordMatches(t.trigger.Words[0], word)))
            .Select(t => t.index)];

    [Fact]
    public void GivesTheTriggersOfEveryWordOfTheSeedsInTheLexiconsOrder()
    {
        var sentences = Directory.EnumerateFiles(Samples.Folder, "*.txt")
            .SelectMany(File.ReadLines)
            .Select(line => line.ToLowerInvariant().Split([' ', ',', '.', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 0)
            .ToList();

        Assert.True(sentences.Count > 50);
        Assert.All(sentences, words => Assert.Equal(TriedOneByOne(words), Knowledge.TriggerIndex.Candidates(words)));
        Assert.Contains(sentences, words => Knowledge.TriggerIndex.Candidates(words).Count > 1);
    }

    [Fact]
    public void APrefixPatternFoundByTwoWordsIsGivenOnce()
    {
        var found = Knowledge.TriggerIndex.Candidates(["two", "clashes", "and", "a", "clash"]);

        Assert.Single(found, index => Knowledge.Triggers[index].Words[0] == "clash*");
        Assert.Equal(found.Order(), found);
    }

    [Fact]
    public void APrefixTooShortToIndexIsRefusedWithItsName()
    {
        EventTrigger[] triggers = [new(Core.Events.EventType.Attack, ["raid*"], []), new(Core.Events.EventType.Attack, ["hit*"], [])];

        var error = Assert.Throws<InvalidDataException>(() => new TriggerIndex(triggers));

        Assert.Contains("'hit*'", error.Message, StringComparison.Ordinal);
    }
}
