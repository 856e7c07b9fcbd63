using System.Text.RegularExpressions;
using Caravan.Extraction.Model;
using Caravan.Extraction.Pipeline;

namespace Caravan.Extraction.Tests.Pipeline;

public class TimeLimitTests
{
    /// <summary>A stage whose pattern passes its time limit the first <paramref name="times"/> times it runs.</summary>
    private sealed class SlowAtFirst(int times) : IExtractionStage
    {
        private int runs;

        public DocumentDraft Apply(DocumentDraft draft) =>
            ++runs <= times
                ? throw new RegexMatchTimeoutException("text", "pattern", TimeSpan.FromMilliseconds(250))
                : draft with { Text = draft.Text + " (read)" };
    }

    [Fact]
    public void AStageThatPassesItsLimitOnceIsTriedAgain()
    {
        var draft = new ExtractionPipeline([new SlowAtFirst(1)]).Run("a.txt", "Police detained two men.");

        Assert.Equal("Police detained two men. (read)", draft.Text);
        Assert.Empty(draft.Warnings);
    }

    [Fact]
    public void AStageThatPassesItsLimitTwiceIsSkippedWithAWarningAndTheRestRuns()
    {
        var draft = new ExtractionPipeline([new SlowAtFirst(2), new SlowAtFirst(0)]).Run("a.txt", "Police detained two men.");

        Assert.Equal("Police detained two men. (read)", draft.Text);
        Assert.Contains(draft.Warnings, w => w.StartsWith("SlowAtFirst skipped", StringComparison.Ordinal));
    }
}
