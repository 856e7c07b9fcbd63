using Microsoft.Playwright;

namespace Caravan.Web.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class EventsPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Filtering_by_type_shows_only_that_type_and_fewer_rows()
    {
        var page = await browser.SignedIn(ServerFixture.Viewer);
        var all = await page.Locator("table.events tbody tr").CountAsync();
        var types = await page.Locator("table.events tbody span.type").AllInnerTextsAsync();
        var rarest = types.GroupBy(t => t).OrderBy(g => g.Count()).First().Key;

        await page.SelectOptionAsync("#event-filters select[name=type]", rarest);
        await page.ClickAsync("#event-filters button[type=submit]");
        await page.ReachedAsync("**/events?*type=" + rarest + "*");

        var filtered = await page.Locator("table.events tbody span.type").AllInnerTextsAsync();
        Assert.NotEmpty(filtered);
        Assert.All(filtered, t => Assert.Equal(rarest, t));
        Assert.True(filtered.Count < all, $"{filtered.Count} rows after filtering, {all} before");
        Assert.StartsWith($"Events 1–{filtered.Count},", await page.InnerTextAsync("#event-count"), StringComparison.Ordinal);
        await BrowserFixture.Screenshot(page, "events-filtered");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Export_downloads_a_csv_of_exactly_the_filtered_rows_and_geojson_of_them()
    {
        var page = await browser.SignedIn(ServerFixture.Viewer);
        var types = await page.Locator("table.events tbody span.type").AllInnerTextsAsync();
        var rarest = types.GroupBy(t => t).OrderBy(g => g.Count()).First().Key;
        await page.SelectOptionAsync("#event-filters select[name=type]", rarest);
        await page.ClickAsync("#event-filters button[type=submit]");
        await page.ReachedAsync("**/events?*type=" + rarest + "*");
        var shown = await page.Locator("table.events tbody tr").CountAsync();

        var csv = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-csv"));
        var geojson = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-geojson"));

        var lines = (await File.ReadAllLinesAsync(await csv.PathAsync())).Where(l => l.Length > 0).ToList();
        Assert.Equal("caravan-events.csv", csv.SuggestedFilename);
        Assert.StartsWith("event_id,event_date", lines[0], StringComparison.Ordinal);
        Assert.Equal(shown, lines.Count - 1);
        using var features = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(await geojson.PathAsync()));
        Assert.Equal("FeatureCollection", features.RootElement.GetProperty("type").GetString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Newest_come_first_headers_sort_and_the_page_size_and_a_picked_date_are_kept()
    {
        var page = await browser.SignedIn(ServerFixture.Viewer);
        var dates = Dated(await page.Locator("table.events tbody tr td:first-child").AllInnerTextsAsync());
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);

        await page.ClickAsync("table.events th a.sort:text('Killed')");
        await page.ReachedAsync("**/events?*sort=fatalities*");
        var killed = (await page.Locator("table.events tbody tr td:nth-child(6)").AllInnerTextsAsync()).Select(k => k.Length == 0 ? -1 : int.Parse(k, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(killed.OrderDescending(), killed);
        Assert.Equal("descending", await page.GetAttributeAsync("table.events th:nth-child(6)", "aria-sort"));

        await page.ClickAsync("table.events th a.sort:text('Date')");
        await page.ReachedAsync("**/events?*sort=-date*");
        await page.ClickAsync("table.events th a.sort:text('Date')");
        await page.ReachedAsync("**/events?*sort=date*");
        var oldestFirst = Dated(await page.Locator("table.events tbody tr td:first-child").AllInnerTextsAsync());
        Assert.Equal(oldestFirst.Order(StringComparer.Ordinal), oldestFirst);

        await page.SelectOptionAsync("#event-filters select[name=limit]", "25");
        await page.FillAsync("#event-filters input.picker[data-for=since]", "2001-01-01");
        Assert.Equal("2001-01-01", await page.InputValueAsync("#event-filters input[name=since]"));
        await page.ClickAsync("#event-filters button[type=submit]");
        await page.ReachedAsync("**/events?*limit=25*");
        Assert.Equal("25", await page.InputValueAsync("#event-filters select[name=limit]"));
        Assert.Equal("2001-01-01", await page.InputValueAsync("#event-filters input[name=since]"));
        Assert.True(await page.Locator("table.events tbody tr").CountAsync() <= 25);
        Assert.All(Dated(await page.Locator("table.events tbody tr td:first-child").AllInnerTextsAsync()), d => Assert.True(string.CompareOrdinal(d, "2001") >= 0, d));
        await page.Context.CloseAsync();
    }

    // The dates with a year ("2022-09-14", "2022"); "undated" and "29 Jul, year not given" sort last and are left out.
    private static List<string> Dated(IEnumerable<string> cells) =>
        [.. cells.Where(c => System.Text.RegularExpressions.Regex.IsMatch(c, @"^\d{4}")).Select(c => c.Split(' ')[0])];

    [Fact]
    public async Task A_bad_date_in_the_filter_is_explained_not_ignored()
    {
        var page = await browser.SignedIn(ServerFixture.Viewer);

        await page.FillAsync("#event-filters input[name=since]", "23 July");
        await page.ClickAsync("#event-filters button[type=submit]");

        Assert.Contains("since", await page.InnerTextAsync("[role=alert]"), StringComparison.OrdinalIgnoreCase);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_map_draws_a_marker_or_cluster_for_the_events()
    {
        var page = await browser.SignedIn(ServerFixture.Viewer);

        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        page.Response += (_, response) => { if (response.Status >= 400) errors.Add($"{response.Status} {response.Url}"); };

        await page.GotoAsync("/map");
        await page.WaitForFunctionAsync("() => document.getElementById('map').dataset.markers !== undefined || document.getElementById('map-status').textContent.startsWith('Could not')", null, new() { Timeout = 15_000 }).ContinueWith(_ => { });
        Assert.True(errors.Count == 0, "the page reported errors: " + string.Join(" | ", errors));
        await Assertions.Expect(page.Locator("#map-status")).ToContainTextAsync("events on the map");

        var mapped = int.Parse(await page.GetAttributeAsync("#map", "data-markers") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var markers = await page.Locator("#map path.event-marker").CountAsync();
        var clusters = await page.Locator("#map .marker-cluster").CountAsync();
        var countries = await page.Locator("#map path").CountAsync();
        Assert.True(mapped > 0, "no event reached the map");
        Assert.True(markers + clusters > 0, "neither markers nor clusters were drawn");
        Assert.True(countries > markers, "the offline base map drew no country outlines");
        await BrowserFixture.Screenshot(page, "map");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_timeline_draws_bars_for_event_types()
    {
        var page = await browser.SignedIn(ServerFixture.Viewer);

        await page.GotoAsync("/timeline");
        var yearTicks = await page.Locator("svg text.y-tick").CountAsync();
        var totals = await page.Locator("svg text.total").AllTextContentsAsync();
        await BrowserFixture.Screenshot(page, "timeline");
        await page.ClickAsync("#per-month");
        await page.ReachedAsync("**/timeline?per=month");

        Assert.True(await page.Locator("svg rect").CountAsync() > 0);
        Assert.True(yearTicks >= 3, $"{yearTicks} ticks on the y axis");
        Assert.NotEmpty(totals);
        Assert.All(totals, t => Assert.True(int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) > 0));
        Assert.StartsWith("Events per month", await page.InnerTextAsync("p.count"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
