using Caravan.Extraction.Stages;

namespace Caravan.Extraction.Tests.Stages;

public class TextNormaliserTests
{
    [Fact]
    public void PageFurnitureIsRemovedAndKeptAside()
    {
        const string page = "Uzbekistan and Kyrgyzstan strengthen security\n\nTASHKENT -- Both countries co-operate.\n\nDo you like this article?\n\n0 Comment(s)\n\nComment Policy * Denotes Required Field 1500 / 1500\n\nSource link";

        var draft = Run.Until<TextNormaliser>(page);

        Assert.Equal("Uzbekistan and Kyrgyzstan strengthen security\n\nTASHKENT -- Both countries co-operate.", draft.Text);
        Assert.Contains("Source link", draft.RemovedLines);
    }

    [Theory]
    [InlineData("Home > News > Security")]
    [InlineData("News » Central Asia » Tajikistan")]
    public void BreadcrumbsAreFurnitureAndTheHeadlineBelowIsTheTitle(string breadcrumbs)
    {
        var draft = Run.Until<MetadataReader>($"{breadcrumbs}\nTajik border guard killed\n21.05.2019 14:22\n\nA Tajik border guard was killed on the Afghan border.");

        Assert.Contains(breadcrumbs, draft.RemovedLines);
        Assert.Equal("Tajik border guard killed", draft.Metadata.Title);
        Assert.Equal("2019-05-21", draft.Metadata.Published?.ToString());
    }

    [Fact]
    public void NonBreakingSpacesAndCarriageReturnsBecomePlainSpacesAndLines()
    {
        var draft = Run.Until<TextNormaliser>("On\u00A0July 23,\r\nRussia’s ORT\u200B television");

        Assert.Equal("On July 23,\nRussia’s ORT television", draft.Text);
    }

    [Fact]
    public void PublishersNoticeIsFurniture()
    {
        const string notice = "The Monitor is a publication of the Jamestown Foundation. If you would like information on subscribing to the Monitor, please contact us. Unauthorized reproduction or redistribution of the Monitor is strictly prohibited by law. Copyright (c) 1983-2002 The Jamestown Foundation";

        var draft = Run.Until<TextNormaliser>("Officials met on Monday.\n\n" + notice);

        Assert.Equal("Officials met on Monday.", draft.Text);
    }

    [Fact]
    public void MarkdownMarksGoAndTheHeadlineUnderThemIsTheTitle()
    {
        var draft = Run.Until<MetadataReader>("# Two border guards wounded near Isfara\n\nRegional Service, 12 May 2021\n\nGuards of the **State Border Service** said [in a statement](https://example.org/statement) that two officers were wounded.");

        Assert.Equal("Two border guards wounded near Isfara", draft.Metadata.Title);
        Assert.Equal("2021-05-12", draft.Metadata.Published?.ToString());
        Assert.Contains("Guards of the State Border Service said in a statement that two officers were wounded.", draft.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlEntitiesLeftInPlainTextAreDecoded()
    {
        var draft = Run.Until<TextNormaliser>("Officials of the Ministry of Defence &amp; Security said &quot;the border is calm&quot;,&nbsp;and the guard&#39;s commander agreed.");

        Assert.Equal("Officials of the Ministry of Defence & Security said \"the border is calm\", and the guard's commander agreed.", draft.Text);
    }

    [Theory]
    [InlineData("Read also: Two soldiers killed in a border clash in Batken")]
    [InlineData("RELATED - Police detain five over bombing plot")]
    [InlineData("Photo: AFP / Vyacheslav Oseledko")]
    public void LinksToOtherStoriesAndPictureCreditsAreFurniture(string line)
    {
        var draft = Run.Until<TextNormaliser>($"Border guards met on Monday to discuss the crossing.\n\n{line}\n\nThe talks will continue.");

        Assert.Equal("Border guards met on Monday to discuss the crossing.\n\nThe talks will continue.", draft.Text);
        Assert.Contains(line, draft.RemovedLines);
    }
}
