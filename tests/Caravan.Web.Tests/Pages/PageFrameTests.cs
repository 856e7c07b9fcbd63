using Microsoft.Playwright;

namespace Caravan.Web.Tests.Pages;

/// <summary>Every page in the site's frame: on a phone's 390 px with no sideways scroll and a menu in reach, and errors as pages, not JSON.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageFrameTests(BrowserFixture browser)
{
    private static readonly string[] Pages =
    [
        "/", "/events", "/map", "/timeline", "/documents", "/entities", "/commitments", "/corroboration", "/alerts", "/review", "/search?q=Batken",
    ];

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task No_page_scrolls_sideways_and_the_whole_menu_is_in_reach(int width)
    {
        var page = await browser.SignedIn(ServerFixture.Analyst, width);
        await page.GotoAsync("/documents");
        var document = await page.GetAttributeAsync("table a[href^='/documents/']", "href");
        await page.GotoAsync("/entities");
        var entity = await page.GetAttributeAsync("a[href^='/entities/']", "href");
        var failures = new List<string>();
        foreach (var path in Pages.Append(document!).Append(entity!).Append("/review/1"))
        {
            await page.GotoAsync(path);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            var (scroll, inner) = (widths[0], widths[1]);
            if (scroll > inner)
            {
                failures.Add($"{path}: {scroll} px wide in a {inner} px window");
            }

            foreach (var item in new[] { "header.top nav a[href='/review']", "header.top nav a[href='/search']", "header.top nav a[href='/commitments#claims']", "header.top .who button" })
            {
                var box = await page.Locator(item).BoundingBoxAsync();
                if (box is null || box.X < 0 || box.X + box.Width > inner)
                {
                    failures.Add($"{path}: {item} is outside the {inner} px window");
                }
            }

            await BrowserFixture.Screenshot(page, $"{width}{(path == "/" ? "-overview" : path.Replace('/', '-').Replace('?', '-').Replace('=', '-'))}");
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/entities/999999")]
    [InlineData("/documents/nonexistent")]
    [InlineData("/review/999999")]
    [InlineData("/no-such-page")]
    public async Task A_missing_page_is_a_page_that_says_so_in_the_sites_frame(string path)
    {
        var page = await browser.SignedIn(ServerFixture.Viewer);

        var response = await page.GotoAsync(path);

        Assert.Equal(404, response!.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("Not found", await page.InnerTextAsync("main h1"));
        await Assertions.Expect(page.Locator("header.top nav a[href='/events']")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Headers_counts_and_owners_read_as_words_and_no_server_path_shows()
    {
        var page = await browser.SignedIn(ServerFixture.Viewer);
        await page.GotoAsync("/events?sort=date"); // the samples' events, which the instance ingested, come first
        var headers = await page.Locator("table.events thead th").AllInnerTextsAsync();
        await page.GotoAsync((await page.GetAttributeAsync("table.events a[href^='/documents/']", "href"))!);
        var provenance = await page.InnerTextAsync("p.provenance");
        var html = await page.ContentAsync();
        await page.GotoAsync("/entities");
        var entities = await page.Locator("a[href^='/entities/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var named = new List<string>();
        foreach (var entity in entities.Take(12))
        {
            await page.GotoAsync(entity);
            named.Add(await page.InnerTextAsync("p.provenance"));
        }

        Assert.Contains("Killed", headers);
        Assert.DoesNotContain("†", headers);
        Assert.Contains("owned by this instance", provenance, StringComparison.Ordinal);
        Assert.DoesNotContain(Samples.Folder, html, StringComparison.Ordinal);
        Assert.DoesNotContain(named, p => System.Text.RegularExpressions.Regex.IsMatch(p, @"\b1 documents\b"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Documents_are_named_by_headline_or_outlet_and_date_and_claims_say_what_bears_on_them()
    {
        var page = await browser.SignedIn(ServerFixture.Viewer);
        await page.GotoAsync("/documents");
        var titles = await page.Locator("table a[href^='/documents/']").AllInnerTextsAsync();
        await page.GotoAsync("/commitments");
        var links = await page.Locator("#claims td:last-child").AllInnerTextsAsync();

        Assert.NotEmpty(titles);
        Assert.DoesNotContain(titles, t => t.EndsWith(".txt", StringComparison.Ordinal));
        Assert.Contains("TDI report of 2022-10-21", titles);
        Assert.DoesNotContain(links, l => l.Contains(" by event ", StringComparison.Ordinal) || l.StartsWith("denies", StringComparison.Ordinal));
        Assert.All(links.Where(l => l.Length > 0), l => Assert.Matches("^(Denied|Borne out|Contradicted) by ", l));
        await page.Context.CloseAsync();
    }
}
