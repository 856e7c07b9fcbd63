using Caravan.Extraction.Stages;

namespace Caravan.Extraction.Tests.Stages;

public class SentenceSegmenterTests
{
    [Fact]
    public void SplitsAtFullStopsButNotAfterAbbreviationsOrInitials()
    {
        var draft = Run.Until<SentenceSegmenter>("Mr. Karimov met the U.S. envoy on Jan. 5 in Tashkent. The talks lasted two hours. J. Smith attended.");

        Assert.Equal(["Mr. Karimov met the U.S. envoy on Jan. 5 in Tashkent.", "The talks lasted two hours.", "J. Smith attended."], draft.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void QuotedSentencesKeepTheirClosingQuote()
    {
        var draft = Run.Until<SentenceSegmenter>("“Five hundred to 600 Kazakh people are in the Islamic State at present; the total number totals about 5,000 people, if not more. Therefore, first of all, it is necessary to act,” Nazarbayev said.");

        Assert.Equal(2, draft.Sentences.Count);
        Assert.EndsWith("if not more.", draft.Sentences[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("“Five hundred", draft.Sentences[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PossessivesAreTokensOfTheirOwn()
    {
        var draft = Run.Until<SentenceSegmenter>("During Mirziyoyev’s visit to Astana in March, the sides signed documents.");

        Assert.Contains(draft.Sentences[0].Tokens, t => t.Text == "Mirziyoyev");
        Assert.Contains(draft.Sentences[0].Tokens, t => t.Text == "’s");
    }

    [Fact]
    public void ShortLinesWithoutAFullStopAreHeadings()
    {
        var draft = Run.Until<SentenceSegmenter>("Thwarting extremism\n\nBoth countries' law enforcement agencies regularly break up such recruitment.");

        Assert.True(draft.Sentences[0].IsHeading);
        Assert.False(draft.Sentences[1].IsHeading);
    }
}
