using Microsoft.Playwright;

namespace Caravan.Web.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class ReviewPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_analyst_confirms_an_event_from_the_queue_and_the_decision_is_listed()
    {
        var page = await browser.SignedIn(ServerFixture.Analyst);
        await page.GotoAsync("/review");
        var first = page.Locator("li.queue-item").First;
        var id = await first.GetAttributeAsync("data-event");

        await first.Locator("button.confirm").ClickAsync();

        // The form posts and redirects back to /review, a URL the page already has: wait for what the new page shows.
        var patience = TimeSpan.FromSeconds(30).TotalMilliseconds;
        await Assertions.Expect(page.Locator("#recent-decisions")).ToContainTextAsync($"event {id}: confirm by {ServerFixture.Analyst}", new() { Timeout = (float)patience });
        await Assertions.Expect(page.Locator($"li.queue-item[data-event='{id}']")).ToHaveCountAsync(0, new() { Timeout = (float)patience });
        await BrowserFixture.Screenshot(page, "review-queue");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_queue_comes_in_pages_and_a_decision_is_said_back_with_an_undo()
    {
        var page = await browser.SignedIn(ServerFixture.Analyst);
        await page.GotoAsync("/review");
        Assert.InRange(await page.Locator("li.queue-item").CountAsync(), 1, Caravan.Web.Pages.Review.ReviewQueueModel.PageSize);
        await page.ClickAsync("nav.pages a[rel=next]");
        await page.ReachedAsync("**/review?offset=10");
        var item = page.Locator("li.queue-item").First;
        var id = await item.GetAttributeAsync("data-event");

        await item.Locator("button.reject").ClickAsync();
        await Assertions.Expect(page.Locator("#decision")).ToContainTextAsync($"Event {id} rejected.");
        Assert.Contains("offset=10", page.Url, StringComparison.Ordinal);
        await page.Locator("#decision button").ClickAsync();

        await Assertions.Expect(page.Locator("#decision")).ToContainTextAsync($"Event {id} reopened.");
        var state = await page.APIRequest.GetAsync($"/api/events/{id}");
        Assert.Contains("\"review\": \"machine\"", (await state.TextAsync()).Replace("\"review\":\"", "\"review\": \"", StringComparison.Ordinal), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_edit_form_names_every_bad_field_at_once_and_keeps_what_was_typed()
    {
        var page = await browser.SignedIn(ServerFixture.Analyst);
        await page.GotoAsync("/review");
        var id = await page.Locator("li.queue-item").First.GetAttributeAsync("data-event");
        await page.GotoAsync($"/review/{id}");

        await page.FillAsync("#edit-form input[name=Date]", "2001-02-30");
        await page.FillAsync("#edit-form input[name=Latitude]", "north");
        await page.FillAsync("#edit-form input[name=Country]", "Narnia");
        await page.ClickAsync("#edit-form button.save");

        var alert = await page.InnerTextAsync("[role=alert]");
        Assert.Contains("date:", alert, StringComparison.Ordinal);
        Assert.Contains("latitude: 'north' is not a number", alert, StringComparison.Ordinal);
        Assert.Contains("country: 'Narnia'", alert, StringComparison.Ordinal);
        Assert.Equal("north", await page.InputValueAsync("#edit-form input[name=Latitude]"));
        Assert.Equal("Narnia", await page.InputValueAsync("#edit-form input[name=Country]"));
        var state = await page.APIRequest.GetAsync($"/api/events/{id}");
        Assert.Contains("machine", await state.TextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_analyst_corrects_an_event_and_the_history_shows_who_changed_what()
    {
        var page = await browser.SignedIn(ServerFixture.Analyst);
        await page.GotoAsync("/review");
        var item = page.Locator("li.queue-item").Last;
        var id = await item.GetAttributeAsync("data-event");

        await item.Locator("a.button").ClickAsync();
        await page.ReachedAsync($"**/review/{id}");
        await page.FillAsync("#edit-form input[name=Fatalities]", "7");
        await page.FillAsync("#edit-form input[name=Note]", "the ministry's later figure");
        await page.ClickAsync("#edit-form button.save");

        await Assertions.Expect(page.Locator("#review-state")).ToHaveTextAsync("edited");
        var history = await page.InnerTextAsync("#history");
        Assert.Contains($"edit by {ServerFixture.Analyst}", history, StringComparison.Ordinal);
        Assert.Contains("the ministry's later figure", history, StringComparison.Ordinal);
        Assert.Matches(@"fatalities: .*→\s*7", history);
        await BrowserFixture.Screenshot(page, "review-edit");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_viewer_sees_the_queue_without_the_buttons_to_decide()
    {
        var page = await browser.SignedIn(ServerFixture.Viewer);

        await page.GotoAsync("/review");

        Assert.True(await page.Locator("li.queue-item").CountAsync() > 0);
        Assert.Equal(0, await page.Locator("li.queue-item button").CountAsync());
        await page.Context.CloseAsync();
    }
}
