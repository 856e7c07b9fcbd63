using Microsoft.Playwright;

namespace Caravan.Web.Tests.Pages;

/// <summary>
/// A sample server and Debian's headless Chromium driven by Playwright, with the flags this closed network
/// needs (no background connections, no sandbox for root). Screenshots go to artifacts/screenshots.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public ServerFixture Server { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public static string Screenshots { get; } = Path.Combine(Caravan.Testing.Samples.RepositoryRoot, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"The browser tests need Debian's chromium at {ChromiumPath}; ./test installs it.");
        }

        await Server.InitializeAsync();
        Directory.CreateDirectory(Screenshots);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context signed in as <paramref name="user"/> through the login form.</summary>
    public async Task<IPage> SignedIn(string user, int width = 1400)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 900 } });
        // The test run shares two cores with the other test projects; a page may wait its turn behind them.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/events");
        await page.FillAsync("input[name=name]", user);
        await page.FillAsync("input[name=password]", ServerFixture.Password);
        await page.ClickAsync("button[type=submit]");
        try
        {
            // The signed-in header says the form's answer has arrived. Waiting for the URL also waited for a load state,
            // which a loaded machine once never reported (CI at 9d96cda: 60 s with the signed-in events page on screen).
            await page.Locator("form.who").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        }
        catch (TimeoutException e)
        {
            // Say where the sign-in stopped (the form again, a busy server's answer) rather than only that it timed out.
            var body = await page.InnerTextAsync("body");
            throw new TimeoutException($"Signing in as {user} did not reach /events; the page is {page.Url}: {body[..Math.Min(300, body.Length)]}", e);
        }

        if (!new Uri(page.Url).AbsolutePath.EndsWith("/events", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Signing in as {user} led to {page.Url}, not /events.");
        }

        return page;
    }

    public static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = false });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
