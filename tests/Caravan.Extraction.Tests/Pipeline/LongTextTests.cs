using Caravan.Core.Events;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Stages;

namespace Caravan.Extraction.Tests.Pipeline;

/// <summary>A text long enough that its sentences are read side by side on the machine's cores.</summary>
public class LongTextTests
{
    private const int Sentences = SentenceWork.SideBySideFrom + 200;

    private static string LongText() => "Reuters, March 30, 2015\n\n" + string.Join("\n\n", Enumerable.Range(0, Sentences).Select(i =>
        $"Police detained {(i % 9) + 2} suspects in Osh on March {(i % 28) + 1}, 2015."));

    [Fact]
    public void EveryDateStaysWithItsOwnSentence()
    {
        var draft = Run.Until<TemporalTagger>(LongText());

        Assert.True(draft.Sentences.Count >= Sentences, $"{draft.Sentences.Count} sentences");
        var told = draft.Dates.Where(d => draft.Sentences[d.SentenceIndex].Text.StartsWith("Police", StringComparison.Ordinal)).ToList();
        Assert.Equal(Sentences, told.Count);
        Assert.All(told, date =>
        {
            var text = draft.Sentences[date.SentenceIndex].Text;
            Assert.Contains($"March {date.Date.Day},", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void EveryDayOfArrestsIsAnEvent()
    {
        var arrests = Run.All(LongText()).Events.Where(e => e.Type == EventType.Arrest).ToList();

        Assert.Equal(28, arrests.Select(e => e.Date?.ToString()).Distinct().Count());
        Assert.All(arrests, a => Assert.StartsWith("2015-03-", a.Date?.ToString(), StringComparison.Ordinal));
    }
}
