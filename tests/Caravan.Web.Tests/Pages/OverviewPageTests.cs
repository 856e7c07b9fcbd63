using System.Globalization;
using Microsoft.Playwright;

namespace Caravan.Web.Tests.Pages;

/// <summary>The overview an analyst lands on: counts by type and country, fatalities per month, the latest events, the backlog and what changed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OverviewPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_landing_page_counts_the_events_shows_the_latest_and_remembers_the_last_visit()
    {
        var page = await browser.SignedIn(ServerFixture.Analyst);
        await page.GotoAsync("/events?limit=1000");
        var events = await page.Locator("table.events tbody tr").CountAsync();
        var waiting = await page.Locator("table.events tbody tr.review-machine").CountAsync();

        await page.ClickAsync("header.top a.brand");
        await page.ReachedAsync(url => new Uri(url).AbsolutePath == "/");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Overview");
        var byType = await CountColumn(page, "#by-type");
        var byCountry = await page.Locator("#by-country tbody td:first-child").AllInnerTextsAsync();
        var undated = await page.Locator("p.count").AllInnerTextsAsync();
        Assert.Equal(events, byType + UndatedIn(undated));
        Assert.Contains("Kyrgyzstan", byCountry);
        Assert.DoesNotContain("KG", byCountry);
        Assert.True(await page.Locator("#fatalities-chart rect.bar").CountAsync() > 0);
        Assert.Equal(8, await page.Locator("#latest li").CountAsync());
        Assert.Contains(waiting.ToString(CultureInfo.InvariantCulture), await page.InnerTextAsync("#backlog"));
        await Assertions.Expect(page.Locator("#changes")).ToContainTextAsync("first visit");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#changes")).ToContainTextAsync("Since your last visit");
        await Assertions.Expect(page.Locator("#changes")).ToContainTextAsync("0 new documents");

        var firstType = int.Parse(await page.Locator("#by-type tbody tr:first-child td.n").First.InnerTextAsync(), CultureInfo.InvariantCulture);
        await page.ClickAsync("#by-type tbody tr:first-child a");
        await page.ReachedAsync("**/events?type=*");
        Assert.True(await page.Locator("table.events tbody tr").CountAsync() >= firstType); // the dated ones counted, and any undated
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_period_narrows_the_counts_and_a_bad_date_is_named()
    {
        var page = await browser.SignedIn(ServerFixture.Viewer);

        await page.GotoAsync("/?since=2100-01-01");
        Assert.Equal(0, await page.Locator("#by-type tbody tr").CountAsync());
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("No events dated to the month in this period");

        await page.GotoAsync("/?since=2001-02-30");
        await Assertions.Expect(page.Locator("[role=alert]")).ToContainTextAsync("since");
        await page.Context.CloseAsync();
    }

    private static async Task<int> CountColumn(IPage page, string table) =>
        (await page.Locator($"{table} tbody tr td:nth-child(2)").AllInnerTextsAsync()).Sum(n => int.Parse(n, CultureInfo.InvariantCulture));

    private static int UndatedIn(IEnumerable<string> lines) =>
        lines.Select(l => l.Split(' ')).Where(w => w.Length > 1 && w[1] == "undated").Select(w => int.Parse(w[0], CultureInfo.InvariantCulture)).Sum();
}
