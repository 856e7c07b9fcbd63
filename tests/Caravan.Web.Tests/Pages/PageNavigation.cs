using Microsoft.Playwright;

namespace Caravan.Web.Tests.Pages;

/// <summary>
/// Waiting for a page the tests navigated to. Playwright's own wait for the load event was, on the two shared CI cores,
/// once in a few runs never reported within 60 s though the page was on screen (CI at 9d96cda and at 13730ed); the
/// document's readyState, asked of the page itself, says the same thing without that event.
/// </summary>
public static class PageNavigation
{
    public static async Task ReachedAsync(this IPage page, string url)
    {
        await page.WaitForURLAsync(url, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await Loaded(page);
    }

    public static async Task ReachedAsync(this IPage page, Func<string, bool> url)
    {
        await page.WaitForURLAsync(url, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await Loaded(page);
    }

    private static Task Loaded(IPage page) => page.WaitForFunctionAsync("document.readyState === 'complete'");
}
