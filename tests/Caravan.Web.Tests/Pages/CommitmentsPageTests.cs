using Microsoft.Playwright;

namespace Caravan.Web.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class CommitmentsPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_commitments_of_the_samples_are_listed_and_an_analyst_rules_on_one()
    {
        var page = await browser.SignedIn(ServerFixture.Analyst);
        await page.GotoAsync("/commitments");

        var council = page.Locator("tr#regional-expert-council");
        Assert.Contains("Shavkat Mirziyoyev", await council.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("proposed", await council.Locator(".status").InnerTextAsync(), StringComparison.Ordinal);
        await council.Locator("summary").ClickAsync();
        await council.Locator("select[name=status]").SelectOptionAsync("in_progress");
        await council.Locator("input[name=note]").FillAsync("Terms of reference circulated in March.");
        await council.Locator("button").ClickAsync();
        await page.ReachedAsync("**/commitments#regional-expert-council");

        var ruled = page.Locator("tr#regional-expert-council");
        await Assertions.Expect(ruled.Locator(".status")).ToContainTextAsync("in progress");
        Assert.Contains($"ruled by {ServerFixture.Analyst}", await ruled.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Denied by", await page.InnerTextAsync("table.claims"), StringComparison.Ordinal);
        await BrowserFixture.Screenshot(page, "commitments");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_corroboration_page_lists_happenings_told_by_several_reports()
    {
        var page = await browser.SignedIn(ServerFixture.Viewer);

        var response = await page.GotoAsync("/corroboration");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Corroboration");
        var rows = await page.Locator("table.corroboration tbody tr").CountAsync();
        var empty = await page.GetByText("No happening is told by more than one report yet.").CountAsync();
        Assert.True(rows > 0 || empty == 1);
        await page.Context.CloseAsync();
    }
}
