using Caravan.Extraction.Text;

namespace Caravan.Extraction.Tests.Text;

public class HardWrapTests
{
    private static IReadOnlyList<string> Unwrap(string text) => HardWrap.Unwrap(text.Split('\n'));

    [Fact]
    public void LinesCutToAWidthAreOneParagraphAgainAndAShortLineStillEndsOne()
    {
        const string wrapped = """
            Border guards of the two countries exchanged fire near the village of
            Kok-Tash on Thursday evening, the press service of the border agency
            said, adding that two officers were wounded.
            The agency said the situation was now calm.

            Talks between the heads of the regional administrations began on
            Friday morning in the district centre and are expected to continue
            through the weekend, according to a statement.
            """;

        var lines = Unwrap(wrapped);

        Assert.Equal(
            [
                "Border guards of the two countries exchanged fire near the village of Kok-Tash on Thursday evening, the press service of the border agency said, adding that two officers were wounded.",
                "The agency said the situation was now calm.",
                "",
                "Talks between the heads of the regional administrations began on Friday morning in the district centre and are expected to continue through the weekend, according to a statement.",
            ],
            lines);
    }

    [Fact]
    public void AWordHyphenatedAtTheLineEndIsJoinedWithoutASpace()
    {
        const string wrapped = """
            The regional centre for cooperation on border security and counter-
            terrorism opened in the capital on Monday with staff seconded from
            five member states, officials of the organisation told reporters there
            after the ceremony, which the foreign ministers of the region attended.
            """;

        Assert.Contains("counter-terrorism opened", Unwrap(wrapped)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ParagraphsPrintedOnALineEachAreLeftAsTheyAre()
    {
        const string text = """
            Officials met in the capital on Monday to discuss the border.
            The ministers of both countries signed a protocol on the demarcation of the remaining sections of the border, which had been disputed for three decades.
            A joint commission will meet again in spring.
            """;

        Assert.Equal(text.Split('\n'), Unwrap(text));
    }

    [Fact]
    public void AHeaderOfShortLinesIsNoWrappedText()
    {
        const string text = """
            Border post attacked near the capital
            Radio Service, May 3, 2021

            By Staff Reporter
            May 3, 2021 08:15 AM
            DUSHANBE - Gunmen attacked a border post overnight.
            """;

        Assert.Equal(text.Split('\n'), Unwrap(text));
    }

    [Fact]
    public void AHeadlineAsLongAsTheWidthKeepsItsCreditLineButACutCreditLineIsJoined()
    {
        const string wrapped = """
            Court in the southern city hands suspended sentence to young recruiter
            12.04.2017 10:45 msk
            News Service (Regional Edition), Published: Wednesday, April
            12, 2017

            A court in the southern city of the country has handed a suspended
            sentence of five years to a young man who had recruited fighters for
            an armed group abroad, the press service of the court said on Wednesday.
            """;

        var lines = Unwrap(wrapped);

        Assert.Equal("Court in the southern city hands suspended sentence to young recruiter", lines[0]);
        Assert.Equal("12.04.2017 10:45 msk", lines[1]);
        Assert.Equal("News Service (Regional Edition), Published: Wednesday, April 12, 2017", lines[2]);
    }

    [Fact]
    public void LinesOfUnevenLengthAsAPdfGivesThemAreJoinedWhereNoClauseEnds()
    {
        const string pdf = """
            Two officers wounded at the border crossing

            Officials of the border service said that the two patrols had met near the crossing at about
            noon on Friday, when a group of men armed with rifles approached from the other
            side and opened fire on the patrol, wounding two officers of the Kyrgyz
            Border Service before the men withdrew across the river, the statement said.
            Background
            The crossing has been closed to all traffic since the spring, when the talks between the two
            sides on the demarcation of the remaining sections of the border broke down over the reservoir.
            """;

        var lines = Unwrap(pdf);

        Assert.Equal(5, lines.Count);
        Assert.EndsWith("wounding two officers of the Kyrgyz Border Service before the men withdrew across the river, the statement said.", lines[2], StringComparison.Ordinal);
        Assert.Equal("Background", lines[3]);
        Assert.StartsWith("The crossing has been closed", lines[4], StringComparison.Ordinal);
    }
}
