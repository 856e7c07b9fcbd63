using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Caravan.Web.Tests.Pages;

/// <summary>
/// Waiting for a page the tests navigated to. Playwright's own waits for a URL and for the load event subscribe after
/// checking, and can miss a navigation that lands in between (microsoft/playwright-dotnet#3364): on the two shared CI
/// cores they waited out 60 s once in a few runs though the page was on screen (CI at 9d96cda, 13730ed, 59935e0). The
/// URL is polled instead, and the document's readyState asked of the page itself.
/// </summary>
public static class PageNavigation
{
    private const float Patience = 60_000;

    public static async Task ReachedAsync(this IPage page, string url)
    {
        await Assertions.Expect(page).ToHaveURLAsync(Glob(url), new PageAssertionsToHaveURLOptions { Timeout = Patience });
        await Loaded(page);
    }

    public static async Task ReachedAsync(this IPage page, Func<string, bool> url)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(Patience);
        while (!url(page.Url))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The page stayed at {page.Url}.");
            }

            await Task.Delay(50);
        }

        await Loaded(page);
    }

    private static Task Loaded(IPage page) =>
        page.WaitForFunctionAsync("document.readyState === 'complete'", null, new PageWaitForFunctionOptions { Timeout = Patience });

    /// <summary>Playwright's URL glob as a pattern: "**" any text, "*" any text within one path segment, all else itself.</summary>
    private static Regex Glob(string glob)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            if (glob[i] != '*')
            {
                pattern.Append(Regex.Escape(glob[i].ToString()));
            }
            else if (i + 1 < glob.Length && glob[i + 1] == '*')
            {
                pattern.Append(".*");
                i++;
            }
            else
            {
                pattern.Append("[^/]*");
            }
        }

        return new Regex(pattern.Append('$').ToString()); // Playwright sends the pattern to the browser, which takes no .NET-only options
    }
}
