using System.Net;
using System.Text.RegularExpressions;
using Caravan.Core.Review;
using Caravan.Core.Sharing;
using Caravan.Storage;
using Caravan.Storage.Sqlite;

namespace Caravan.Web.Tests.Pages;

/// <summary>
/// The page forms that write go through the same write rule as the API: over HTTP with a signed-in browser's
/// cookie, the granted analyst decides and adds, while an analyst of another organisation (who may read the
/// GREEN samples) and the owner's viewer are sent to the "not yours" page and change nothing.
/// </summary>
public sealed partial class PageWriteTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    public static TheoryData<string, bool> Writers => new()
    {
        { ServerFixture.Analyst, true },
        { ServerFixture.Outsider, false },
        { ServerFixture.Viewer, false },
    };

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task Deciding_on_an_event_in_the_review_page_is_for_who_may_change_it(string user, bool allowed)
    {
        var stored = Machine();
        using var browser = await SignedIn(user);
        var token = await TokenOn(browser, $"/review/{stored.Id}");

        using var response = await browser.PostAsync($"/review/{stored.Id}?handler=Decide", Form(token, ("action", "confirm")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(allowed ? $"/review/{stored.Id}" : "/denied", PathOf(response));
        Assert.Equal(allowed ? ReviewState.Confirmed : ReviewState.Machine, Current(stored.Id).Review);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task Adding_an_event_by_hand_on_a_page_is_for_who_may_change_the_document(string user, bool allowed)
    {
        var stored = Machine();
        using var browser = await SignedIn(user);
        var token = await TokenOn(browser, "/events");
        var before = Events(stored.DocumentId.Value);

        using var response = await browser.PostAsync($"/review/add/{stored.DocumentId.Value}", Form(token,
            ("Type", "arrest"), ("Date", "2024-06-04"), ("Country", "KG"), ("Evidence", stored.Event.Evidence), ("Note", "added by hand")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(!allowed, PathOf(response) == "/denied");
        Assert.Equal(before + (allowed ? 1 : 0), Events(stored.DocumentId.Value));
    }

    [Fact]
    public async Task A_stranger_deciding_on_an_event_it_may_not_see_meets_not_found()
    {
        long hidden;
        using (var store = new SqliteEventStore(server.Database, Reader.Instance))
        {
            var document = store.ListDocuments(1, 0).Single().Id;
            store.ChangeMarking(new Core.Documents.DocumentId(store.FindDocument(document)!.Document.Id.Value), Tlp.Red);
            hidden = store.FindDocument(document)!.Events[0].Id;
        }

        using var browser = await SignedIn(ServerFixture.Outsider);
        var token = await TokenOn(browser, "/events");

        using var response = await browser.PostAsync($"/review/{hidden}?handler=Decide", Form(token, ("action", "reject")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual(ReviewState.Rejected, Current(hidden).Review);
    }

    /// <summary>Where a redirect points, absolute (the cookie handler's) or relative (the page's).</summary>
    private static string? PathOf(HttpResponseMessage response) => response.Headers.Location is { } location
        ? location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]
        : null;

    private StoredEvent Machine()
    {
        using var store = new SqliteEventStore(server.Database, Reader.Instance);
        return store.QueryEvents(new EventQuery { Limit = 1000, Review = ReviewState.Machine })
            .First(e => e.Marking.Tlp == Tlp.Green && e.Marking.Owner == Marking.LocalOwner);
    }

    private StoredEvent Current(long id)
    {
        using var store = new SqliteEventStore(server.Database, Reader.Instance);
        return store.GetEvent(id)!;
    }

    private int Events(string document)
    {
        using var store = new SqliteEventStore(server.Database, Reader.Instance);
        return store.FindDocument(document)!.Events.Count;
    }

    private async Task<HttpClient> SignedIn(string user)
    {
        var browser = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        var token = await TokenOn(browser, "/login");
        using var signedIn = await browser.PostAsync("/login", Form(token, ("name", user), ("password", ServerFixture.Password)));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    /// <summary>The anti-forgery token of a page's forms (the sign-out form is on every page of a signed-in user).</summary>
    private static async Task<string> TokenOn(HttpClient browser, string path) =>
        AntiforgeryToken().Match(await browser.GetStringAsync(path)).Groups[1].Value;

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", token)]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
