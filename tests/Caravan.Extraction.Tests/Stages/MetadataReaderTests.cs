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

        var draft = Run.Until<MetadataReader>(text);

        Assert.Equal("The Jamestown Foundation (Monitor)", draft.Metadata.Outlet);
    }

    [Fact]
    public void TheOutletPeopleTalkToIsThePublisher()
    {
        var draft = Run.Until<MetadataReader>("Both countries co-operate.\n\n\"Our countries should befriend each other,\" Tashkent resident Madina Iminova told Caravanserai.");

        Assert.Equal("Caravanserai", draft.Metadata.Outlet);
    }
}
