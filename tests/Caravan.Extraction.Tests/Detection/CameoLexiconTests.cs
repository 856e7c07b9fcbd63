using Caravan.Core.Events;
using Caravan.Extraction.Detection;

namespace Caravan.Extraction.Tests.Detection;

public class CameoLexiconTests
{
    private static EventType?[] TypesIn(string sentence)
    {
        var lower = sentence.ToLowerInvariant().Split(' ');
        return [.. CameoLexicon.Default.Match(lower).Select(h => h.Type)];
    }

    [Fact]
    public void ThousandsOfVerbFormsAreRead() => Assert.InRange(CameoLexicon.Default.FormCount, 5000, 100000);

    [Theory]
    [InlineData("police arrested three men", EventType.Arrest)]
    [InlineData("gunmen kidnapped two engineers", EventType.Abduction)]
    [InlineData("thousands protested in the square", EventType.Protest)]
    public void VerbsOfTheDictionaryProposeOurTypes(string sentence, EventType expected) => Assert.Contains(expected, TypesIn(sentence));

    [Fact]
    public void ACueWordChangesTheCode()
    {
        // KILL is 190 by default, but "killed in an accident" is no event at all in CAMEO.
        Assert.Contains(EventType.ArmedClash, TypesIn("troops killed six militants"));
        Assert.DoesNotContain(EventType.ArmedClash, TypesIn("two workers were killed in accident"));
    }

    [Theory]
    [InlineData("seize", "seized")]
    [InlineData("carry", "carried")]
    [InlineData("attack", "attacking")]
    public void RegularInflectionsAreGenerated(string verb, string form) => Assert.Contains(form, CameoLexicon.Inflections(verb));
}
