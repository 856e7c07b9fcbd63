using Caravan.Extraction.Stages;

namespace Caravan.Extraction.Tests.Stages;

public class MetadataReaderTests
{
    [Fact]
    public void DatelineGivesPlaceDateAndOutlet()
    {
        var draft = Run.Until<MetadataReader>("Dushanbe, 21 October 2022 (TDI): Vladimir Norov, the Foreign Minister of the Republic of Uzbekistan, participated in the conference.");

        Assert.Equal("2022-10-21", draft.Metadata.Published?.ToString());
        Assert.Equal("TDI", draft.Metadata.Outlet);
        Assert.Equal("Dushanbe", draft.Metadata.Dateline);
    }

    [Fact]
    public void ADatelineMayNameTheCountryInBracketsAfterThePlace()
    {
        var draft = Run.Until<MetadataReader>("ANI, July 7, 2022\n\nTermez [Uzbekistan], July 7 : Afghanistan-based rockets hit the border town of Termez on Tuesday.");

        Assert.Equal("Termez", draft.Metadata.Dateline);
    }

    [Fact]
    public void BylineDateOutranksTheLastUpdateStamp()
    {
        const string header = "Last update: December 10, 2019 15:42\n\nCan Kazakhstan, Uzbekistan Stop The Spread of Radical Islam?\n\nBy Fuad Mukhtarli September 1, 2017\n\nTerrorism and spread of extremist ideology have become top security concerns.";

        var draft = Run.Until<MetadataReader>(header);

        Assert.Equal("Can Kazakhstan, Uzbekistan Stop The Spread of Radical Islam?", draft.Metadata.Title);
        Assert.Equal("2017-09-01", draft.Metadata.Published?.ToString());
        Assert.Equal("Fuad Mukhtarli", draft.Metadata.Byline);
    }

    [Fact]
    public void OutletAndDateHeaderUnderTheHeadline()
    {
        var draft = Run.Until<MetadataReader>("Tajik border guards clash with smugglers\n\nAl Jazeera, 16 September 2022\n\nFighting broke out on the border.");

        Assert.Equal("Al Jazeera", draft.Metadata.Outlet);
        Assert.Equal("2022-09-16", draft.Metadata.Published?.ToString());
    }

    [Fact]
    public void ASectionLabelAboveTheHeadlineIsNotTheTitle()
    {
        var draft = Run.Until<MetadataReader>("Asia\n\nthe risk of a caliphate reappears in Central Asia\n\nSeveral Islamist organizations are strengthening their positions in southern Afghanistan.");

        Assert.Equal("the risk of a caliphate reappears in Central Asia", draft.Metadata.Title);
    }

    [Fact]
    public void ThePublisherOfAMonitorIsTheOutlet()
    {
        const string text = "Publication: Monitor Volume: 7 Issue: 145\n\nOn July 23, Russia’s ORT television asserted that militants were gathering.\n\nThe Monitor is a publication of the Jamestown Foundation. If you have any questions, please contact the foundation. Copyright (c) 1983-2002 The Jamestown Foundation";

        var draft = Run.Until<EntityResolver>(text);

        Assert.Equal("The Jamestown Foundation (Monitor)", draft.Metadata.Outlet);
        Assert.Contains(draft.Entities, e => e.Name == "The Jamestown Foundation"); // named by the notice, so an entity of the report
    }

    [Fact]
    public void AServiceSignsTheBylineAndTheDateUnderItIsHeader()
    {
        var draft = Run.Until<MetadataReader>("17 Killed In Attack on Tajik Border Post\nVOA News, November 6, 2019\n\nBy RFE/RL's Tajik Service\nNovember 6, 2019 09:18 AM\nDUSHANBE - Militants have attacked a border post in Tajikistan.");

        Assert.Equal("RFE/RL's Tajik Service", draft.Metadata.Byline);
        Assert.Equal("DUSHANBE", draft.Metadata.Dateline);
        Assert.StartsWith("DUSHANBE", draft.Text[draft.BodyStart..].TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void ASourceLineNamesTheOutletAndNoEntity()
    {
        var draft = Run.Until<EntityResolver>("Tajik border guard killed\nMay 21, 2019\nSource: Asia-Plus\n\nA Tajik border guard was killed on the Afghan border.");

        Assert.Equal("Asia-Plus", draft.Metadata.Outlet);
        Assert.Equal("2019-05-21", draft.Metadata.Published?.ToString());
        Assert.DoesNotContain(draft.Entities, e => e.Name.StartsWith("Asia", StringComparison.Ordinal));
    }

    [Fact]
    public void TheOutletPeopleTalkToIsThePublisher()
    {
        var draft = Run.Until<MetadataReader>("Both countries co-operate.\n\n\"Our countries should befriend each other,\" Tashkent resident Madina Iminova told Caravanserai.");

        Assert.Equal("Caravanserai", draft.Metadata.Outlet);
    }

    [Theory]
    [InlineData("RFE/RL, November 30, 2011", "2011-11-30", "RFE/RL")]
    [InlineData("BBC News, Tuesday, 26 November, 2002, 08:43 GMT", "2002-11-26", "BBC News")]
    [InlineData("UzA, 17.09.2019", "2019-09-17", "UzA")]
    [InlineData("RFE/RL, 2018-11-13", "2018-11-13", "RFE/RL")]
    [InlineData("Associated Press (Lubbock Avalanche-Journal), Published: Saturday, May 14, 2005", "2005-05-14", "Associated Press (Lubbock Avalanche-Journal)")]
    [InlineData("12 October 2017 18:17", "2017-10-12", null)]
    [InlineData("09/23/2019", "2019-09-23", null)]
    [InlineData("Kazakhstan Today, 15:19 02.02.2005", "2005-02-02", "Kazakhstan Today")]
    [InlineData("Sputnik (UrduPoint News), Tue 07th December 2021", "2021-12-07", "Sputnik (UrduPoint News)")]
    [InlineData("06 May 2022 | 10:12 AM UTC", "2022-05-06", null)]
    [InlineData("RFE/RL, May 2015", "2015-05", "RFE/RL")]
    [InlineData("Kazinform, 2014", "2014", "Kazinform")]
    [InlineData("By Almaz Kumenov for Eurasianet April 25, 2023", "2023-04-25", "Eurasianet")]
    [InlineData("Posted on March 3, 2015 by admin", "2015-03-03", null)]
    [InlineData("3 March 2015 — Eurasianet", "2015-03-03", "Eurasianet")]
    [InlineData("November 30, 2011 | RFE/RL", "2011-11-30", "RFE/RL")]
    [InlineData("Mar 3, 2015, 10:20 AM ET", "2015-03-03", null)]
    [InlineData("2015-03-03T10:20:00Z", "2015-03-03", null)]
    [InlineData("Published 03.03.2015", "2015-03-03", null)]
    [InlineData("May 20, 2019 at 10:15 am", "2019-05-20", null)]
    [InlineData("2019/05/20", "2019-05-20", null)]
    [InlineData("By John Smith | May 20, 2019", "2019-05-20", null)]
    [InlineData("First published: 20 May 2019", "2019-05-20", null)]
    [InlineData("Eurasianet, posted on May 20, 2019", "2019-05-20", "Eurasianet")]
    [InlineData("dpa, September 2022", "2022-09", "dpa")]
    [InlineData("Posted: 20.05.2019 14:35", "2019-05-20", null)]
    [InlineData("[20 May 2019]", "2019-05-20", null)]
    [InlineData("20-May-2019", "2019-05-20", null)]
    [InlineData("Interfax, 20-May-2019 14:35", "2019-05-20", "Interfax")]
    [InlineData("Date of publication: 21.05.2019", "2019-05-21", null)]
    [InlineData("By Bruce Pannier, RFE/RL, May 21, 2019", "2019-05-21", "RFE/RL")]
    [InlineData("Written by Catherine Putz, The Diplomat, May 21, 2019", "2019-05-21", "The Diplomat")]
    [InlineData("24.kg news agency, 20 May 2019", "2019-05-20", "24.kg news agency")]
    [InlineData("Published on 21 May 2019 | Updated 22 May 2019", "2019-05-21", null)]
    [InlineData("The Diplomat, May 21, 2019, last updated May 23, 2019", "2019-05-21", "The Diplomat")]
    [InlineData("Kabar, 12-03-2019", "2019-03-12", "Kabar")]
    [InlineData("AKIpress News Agency - 12.03.19", "2019-03-12", "AKIpress News Agency")]
    [InlineData("ANI | Updated: Mar 12, 2019 14:22 IST", "2019-03-12", "ANI")]
    [InlineData("Last Modified: March 12, 2019", "2019-03-12", null)]
    [InlineData("Source: Kun.uz (2019-03-12)", "2019-03-12", "Kun.uz")]
    [InlineData("Tue, 03 Mar 2015 10:15:00 +0600", "2015-03-03", null)]
    [InlineData("AKIpress, Tue, 03 Mar 2015 10:15:00 +06:00", "2015-03-03", "AKIpress")]
    public void CreditLinesOfManyShapesGiveThePublicationDate(string credit, string published, string? outlet)
    {
        foreach (var text in new[] { $"{credit}\n\nTroops clashed with militants on Tuesday.", $"Troops clash with militants\n{credit}\n\nTroops clashed with militants on Tuesday." })
        {
            var draft = Run.Until<MetadataReader>(text);

            Assert.Equal(published, draft.Metadata.Published?.ToString());
            Assert.Equal(outlet, draft.Metadata.Outlet);
        }
    }

    [Theory]
    [InlineData("Police detained three men in Osh on May 18, 2019.")]
    [InlineData("Police detained three men in Osh on 18.05.2019.")]
    [InlineData("Police detained three men in Osh on 2019-05-18.")]
    public void AFirstSentenceEndingInADateIsTheStoryNotACreditLine(string sentence)
    {
        var draft = Run.All($"RFE/RL, May 20, 2019\n\n{sentence}");

        Assert.Equal("2019-05-20", draft.Metadata.Published?.ToString());
        Assert.Equal("2019-05-18", Assert.Single(draft.Events, e => e.Type == Caravan.Core.Events.EventType.Arrest).Date?.ToString());
    }

    [Theory]
    [InlineData("Bishkek, 12.03.2019 (AKIpress) - Police detained two men.", "2019-03-12", "AKIpress")]
    [InlineData("TASHKENT, Oct 23 (Reuters) - Police detained two men.", "--10-23", "Reuters")]
    [InlineData("BISHKEK, January 29. /ITAR-TASS/. Police detained two men.", "--01-29", "ITAR-TASS")]
    [InlineData("DUSHANBE, July 27, 2012, Asia-Plus – Police detained two men.", "2012-07-27", "Asia-Plus")]
    [InlineData("ALMATY. May 20. KAZINFORM - Police detained two men.", "--05-20", "KAZINFORM")]
    [InlineData("Tashkent, Uzbekistan, May 20 (AKIpress) - Police detained two men.", "--05-20", "AKIpress")]
    [InlineData("Bishkek (AKIpress), May 20, 2019 - Police detained two men.", "2019-05-20", "AKIpress")]
    [InlineData("NUR-SULTAN, Kazakhstan, May 20, 2019 /Kazinform/ - Police detained two men.", "2019-05-20", "Kazinform")]
    [InlineData("Dushanbe, 20.05.2019 /Asia-Plus/. Police detained two men.", "2019-05-20", "Asia-Plus")]
    [InlineData("20.05.2019, Bishkek (24.kg) - Police detained two men.", "2019-05-20", "24.kg")]
    [InlineData("Rio de Janeiro, May 20, 2019 (AP) - Police detained two men.", "2019-05-20", "AP")]
    [InlineData("STEPANAKERT, JUNE 14, ARTSAKHPRESS: Police detained two men.", "--06-14", "ARTSAKHPRESS")]
    [InlineData("DUSHANBE, May 25, 2014 Asia-Plus - Police detained two men.", "2014-05-25", "Asia-Plus")]
    [InlineData("NUR-SULTAN (Kazinform) May 20, 2019 - Police detained two men.", "2019-05-20", "Kazinform")]
    [InlineData("Tashkent, Uzbekistan (UzDaily.com) -- May 20, 2019 -- Police detained two men.", "2019-05-20", "UzDaily.com")]
    [InlineData("Astana, 20 May 2019 – Kazinform – Police detained two men.", "2019-05-20", "Kazinform")]
    [InlineData("TASHKENT, 20 May 2019, UzA. Police detained two men.", "2019-05-20", "UzA")]
    public void DatelinesOfManyShapesGiveDateAndOutlet(string text, string published, string outlet)
    {
        var draft = Run.Until<MetadataReader>(text);

        Assert.Equal(published, draft.Metadata.Published?.ToString());
        Assert.Equal(outlet, draft.Metadata.Outlet);
    }

    [Theory]
    [InlineData("Police in Osh detained two men on Monday, May 20. They were released.")]
    [InlineData("Kazakh police detained two men, May 20. They were released.")]
    public void AFirstSentenceThatEndsInADayIsNoDateline(string text)
    {
        var draft = Run.Until<MetadataReader>(text);

        Assert.Null(draft.Metadata.Dateline);
        Assert.Null(draft.Metadata.Published);
    }

    [Fact]
    public void AYearlessDatelineDatesTheReportWithinTheCreditsMonth()
    {
        var draft = Run.Until<MetadataReader>("Woman blows herself up\nDawn (Reuters), October 2005\n\nDUSHANBE, Oct 9: A woman blew herself up at the Emergencies Ministry on Sunday, police said.");

        Assert.Equal("2005-10", draft.Metadata.Published?.ToString());
        Assert.Equal("2005-10-09", draft.ReportDate?.ToString());
    }

    [Fact]
    public void ADatelineOfAnotherMonthThanTheCreditsDatesNothing()
    {
        var draft = Run.Until<MetadataReader>("Woman blows herself up\nDawn (Reuters), October 2005\n\nDUSHANBE, Nov 9: A woman blew herself up at the Emergencies Ministry on Sunday, police said.");

        Assert.Equal("2005-10", draft.ReportDate?.ToString());
    }

    [Fact]
    public void AHeadlineWithADateInsideIsNoCreditLine()
    {
        var draft = Run.Until<MetadataReader>("Attack on March 3, 2015 kills five border guards\n\nThe attack came at night.");

        Assert.Equal("Attack on March 3, 2015 kills five border guards", draft.Metadata.Title);
    }

    [Fact]
    public void AHeadlineEndingInAYearIsNoCreditLine()
    {
        var draft = Run.Until<MetadataReader>("Militants attacked border posts in 1999\n\nThe attack came at night.");

        Assert.Equal("Militants attacked border posts in 1999", draft.Metadata.Title);
        Assert.Null(draft.Metadata.Published);
    }

    [Theory]
    [InlineData("Drills start\n\nASTANA. KAZINFORM - A joint military exercise began on Sunday.", "ASTANA", "KAZINFORM")]
    [InlineData("Gunmen kill five on Kyrgyz-Tajik border\nMay 12, 2006\n\nBISHKEK/DUSHANBE (Reuters) - A gang of armed men killed five people.", "BISHKEK", "Reuters")]
    public void AnUndatedDatelineGivesItsFirstPlaceAndAgency(string text, string place, string outlet)
    {
        var draft = Run.Until<MetadataReader>(text);

        Assert.Equal(place, draft.Metadata.Dateline);
        Assert.Equal(outlet, draft.Metadata.Outlet);
    }

    [Theory]
    [InlineData("RFE/RL, NOVEMBER 30, 2011", "2011-11-30")]
    [InlineData("BISHKEK, MARCH 12, 2019 (AKIpress) - Police detained two men.", "2019-03-12")]
    public void ACreditLineOrDatelineInCapitalsGivesThePublicationDate(string line, string published)
    {
        var draft = Run.Until<MetadataReader>($"{line}\n\nPolice in the city detained two men on Tuesday, officials said.");

        Assert.Equal(published, draft.Metadata.Published?.ToString());
    }

    [Theory]
    [InlineData("Published: 30.11.2011", "2011-11-30")]
    [InlineData("Regional Service, 30 November 2011", "2011-11-30")]
    public void ACreditPrintedUnderTheStoryDatesItWhenTheHeaderHasNone(string foot, string published)
    {
        var draft = Run.Until<MetadataReader>($"Two men detained near the border\n\nBorder guards detained two men on Tuesday near the village, the service said.\n\nThe men are being questioned.\n\n{foot}");

        Assert.Equal(published, draft.Metadata.Published?.ToString());
    }

    [Fact]
    public void AWireDatelineWithoutYearTakesItFromTheCreditUnderTheStory()
    {
        var draft = Run.Until<MetadataReader>("Two men detained near the border\n\nOSH, Nov 30 (Regional Service) - Border guards detained two men on Tuesday, the service said.\n\nRegional Service, November 30, 2011");

        Assert.Equal("2011-11-30", draft.Metadata.Published?.ToString());
    }

    [Fact]
    public void TheHeadersCreditOutranksADateUnderTheStory()
    {
        var draft = Run.Until<MetadataReader>("Two men detained near the border\nRegional Service, 2 December 2011\n\nBorder guards detained two men on Tuesday, the service said.\n\nPublished: 30.11.2011");

        Assert.Equal("2011-12-02", draft.Metadata.Published?.ToString());
    }
}
