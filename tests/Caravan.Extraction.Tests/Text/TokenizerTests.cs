using Caravan.Extraction.Text;

namespace Caravan.Extraction.Tests.Text;

public class TokenizerTests
{
    [Theory]
    [InlineData("President Boris N. Yeltsin met him.", "Boris|N.|Yeltsin")]
    [InlineData("Askar A. Akayev fired his minister.", "Askar|A.|Akayev")]
    public void AMiddleInitialKeepsItsFullStop(string text, string expected)
    {
        var words = Tokenizer.Tokenize(text, 0, text.Length).Select(t => t.Text).ToList();

        Assert.Contains(expected, string.Join('|', words), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("He met them at Gate A.", "A|.")]
    [InlineData("He met them at Gate A. they said.", "A|.|they")]
    [InlineData("The U.S. embassy said so. A. Karimov spoke.", "A.|Karimov")]
    public void ACapitalLetterKeepsItsFullStopOnlyBeforeACapitalisedWord(string text, string expected)
    {
        var words = Tokenizer.Tokenize(text, 0, text.Length).Select(t => t.Text).ToList();

        Assert.Contains(expected, string.Join('|', words), StringComparison.Ordinal);
    }

    [Fact]
    public void AMiddleInitialBecomesPartOfTheName()
    {
        var draft = Run.All("AP, August 25, 1999\n\nRussian President Boris N. Yeltsin met Kyrgyz President Askar A. Akayev in Bishkek on Tuesday.");

        Assert.Contains(draft.Entities, e => e.Aliases.Contains("Boris N. Yeltsin"));
        Assert.DoesNotContain(draft.Entities, e => e.Name is "Boris N" or "Askar");
    }
}
