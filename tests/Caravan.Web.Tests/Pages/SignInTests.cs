using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Caravan.Web.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_page_asked_for_without_signing_in_leads_to_the_login_form_and_back()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.Server.BaseAddress.ToString() });
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/timeline");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);

        await page.FillAsync("input[name=name]", ServerFixture.Analyst);
        await page.FillAsync("input[name=password]", ServerFixture.Password);
        await page.ClickAsync("button[type=submit]");
        // Polled, not awaited as an event: WaitForURLAsync can miss a navigation that lands while it subscribes
        // (microsoft/playwright-dotnet#3364) and then waits out its whole timeout, as it once did in CI. The header is
        // served with the page; its scripts and data may take long on a loaded machine, and need not be waited for.
        var patience = new PageAssertionsToHaveURLOptions { Timeout = 60_000 };
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/timeline$"), patience);
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync(ServerFixture.Analyst, new() { Timeout = 60_000 });
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.Server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/login");
        await page.FillAsync("input[name=name]", ServerFixture.Analyst);
        await page.FillAsync("input[name=password]", "not the password");
        await page.ClickAsync("button[type=submit]");

        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        Assert.NotEmpty(await page.InnerTextAsync("[role=alert]"));
        await context.CloseAsync();
    }
}
