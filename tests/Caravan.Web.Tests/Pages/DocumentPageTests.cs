using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Caravan.Web.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class DocumentPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_document_shows_its_event_evidence_and_entities_highlighted()
    {
        var page = await browser.SignedIn(ServerFixture.Viewer);

        await page.ClickAsync("table.events tbody tr:first-child td:last-child a");
        await page.ReachedAsync("**/documents/*");

        var marks = page.Locator("#document-text mark.evidence");
        Assert.True(await marks.CountAsync() > 0, "no evidence highlighted");
        Assert.True(await page.Locator("#document-text span.ent").CountAsync() > 0, "no entity highlighted");
        var fragment = new Uri(page.Url).Fragment.TrimStart('#');
        Assert.True(await page.Locator($"#document-text mark#{fragment}").IsVisibleAsync(), "the linked event's evidence is not on the page");
        await BrowserFixture.Screenshot(page, "document");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Markup_inside_a_report_is_shown_as_text_and_never_run()
    {
        const string hostile = "<img src=x onerror=\"document.title='owned'\"><script>document.title='owned'</script> Militants attacked a checkpoint in Batken on 3 May 2024, killing two border guards.";
        using var response = await browser.Server.Client.PostAsJsonAsync("/api/documents", new { text = hostile, fileName = "hostile.html.txt" });
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var page = await browser.SignedIn(ServerFixture.Viewer);

        await page.GotoAsync("/documents/" + id);

        Assert.NotEqual("owned", await page.TitleAsync());
        Assert.Equal(0, await page.Locator("#document-text img, #document-text script").CountAsync());
        Assert.Contains("<script>", await page.InnerTextAsync("#document-text"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
