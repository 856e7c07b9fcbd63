using Caravan.Extraction.Ner;
using Caravan.Extraction.Stages;

namespace Caravan.Extraction.Tests.Stages;

public class NamedEntityTaggerTests
{
    // The seeds, one after another until the text is three runs long.
    private static readonly string LongText = string.Join("\n\n", Enumerable.Repeat(
        string.Join("\n\n", Directory.EnumerateFiles(Samples.Folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)), 40));

    [Fact]
    public void ALongTextTaggedInRunsSideBySideGetsTheLabelsOfOneReadingThrough()
    {
        var draft = Run.Until<NamedEntityTagger>(LongText);
        var history = new PredictionHistory();
        var inOneReading = draft.Sentences.Select(s => NerTagger.Default!.Tag([.. s.Tokens.Select(t => t.Text)], history)).ToList();

        var tokens = inOneReading.Sum(labels => labels.Length);
        var same = draft.NerLabels.Zip(inOneReading).Sum(pair => pair.First.Zip(pair.Second).Count(labels => labels.First == labels.Second));

        Assert.True(draft.Sentences.Count > 2 * NamedEntityTagger.RunLength, $"{draft.Sentences.Count} sentences");
        Assert.InRange((double)same / tokens, 0.999, 1.0);
    }

    [Fact]
    public void RunsAreCutByTheTextSoEveryTaggingIsTheSame()
    {
        var first = Run.Until<NamedEntityTagger>(LongText).NerLabels;
        var second = Run.Until<NamedEntityTagger>(LongText).NerLabels;

        Assert.Equal(first.SelectMany(l => l), second.SelectMany(l => l));
    }
}
