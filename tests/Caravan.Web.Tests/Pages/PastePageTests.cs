using Microsoft.Playwright;

namespace Caravan.Web.Tests.Pages;

/// <summary>Pasted HTML and uploaded PDFs go through the readers `caravan ingest` uses; a repeat says it was already here.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PastePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Pasted_html_is_stored_as_its_text_and_title_under_a_safe_name_and_a_repeat_says_so()
    {
        var page = await browser.SignedIn(ServerFixture.Analyst);
        const string Html = "<html><head><title>Checkpoint attacked near Osh</title></head><body><nav>Home | News</nav>"
            + "<p>Gunmen fired on a border checkpoint near Osh on 3 March 2025, wounding two guards, the ministry said. pastedhtmlword</p></body></html>";

        await Paste(page, "osh<b>x</b>.html", Html);
        await page.ReachedAsync("**/documents/*");
        var title = await page.InnerTextAsync("article.document h1");
        var text = await page.InnerTextAsync("article.document");
        var provenance = await page.InnerTextAsync("p.provenance");
        await Paste(page, "again.html", Html);
        await page.ReachedAsync("**/documents/*?already=1");

        Assert.Equal("Checkpoint attacked near Osh", title);
        Assert.Contains("pastedhtmlword", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home | News", text, StringComparison.Ordinal);
        Assert.Contains("osh_b_x__b_.html", provenance, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#already-present")).ToContainTextAsync("already here");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_uploaded_pdf_is_read_as_ingest_reads_it()
    {
        var page = await browser.SignedIn(ServerFixture.Analyst);
        await page.GotoAsync("/documents");
        await page.ClickAsync("details.paste summary");

        await page.SetInputFilesAsync("#upload-form input[type=file]", new FilePayload
        {
            Name = "statement.pdf",
            MimeType = "application/pdf",
            Buffer = Caravan.Testing.TestPdf.Of("Police detained three men in Jalal-Abad on 12 April 2025.", "uploadedpdfword"),
        });
        await page.ClickAsync("#upload-form button[type=submit]");
        await page.ReachedAsync("**/documents/*");

        Assert.Contains("uploadedpdfword", await page.InnerTextAsync("article.document"), StringComparison.Ordinal);
        Assert.Contains("statement.pdf", await page.InnerTextAsync("p.provenance"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    private static async Task Paste(IPage page, string fileName, string text)
    {
        await page.GotoAsync("/documents");
        await page.ClickAsync("details.paste summary");
        await page.FillAsync("details.paste input[name=fileName]", fileName);
        await page.FillAsync("details.paste textarea[name=text]", text);
        await page.ClickAsync("details.paste form:not(#upload-form) button[type=submit]");
    }
}
