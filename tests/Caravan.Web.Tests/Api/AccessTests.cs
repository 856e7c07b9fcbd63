using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Caravan.Web.Tests.Api;

/// <summary>Who may call what: no credentials, a viewer's key, HTTP Basic, and a browser cookie on an API write.</summary>
public sealed class AccessTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private HttpClient Anonymous() => new() { BaseAddress = server.BaseAddress };

    [Fact]
    public async Task WithoutCredentialsTheApiAnswers401AndPagesSendToSignIn()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };

        var api = await client.GetAsync("/api/events");
        var page = await client.GetAsync("/events");
        var health = await client.GetAsync("/api/health");
        var wrongKey = new HttpRequestMessage(HttpMethod.Get, "/api/events") { Headers = { { "X-Api-Key", "cvn_not-a-key" } } };

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrongKey)).StatusCode);
    }

    [Fact]
    public async Task AViewerReadsButMayNotWrite()
    {
        using var client = Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", server.ViewerKey);

        var read = await client.GetAsync("/api/events?limit=1");
        var ingest = await client.PostAsJsonAsync("/api/documents", new { text = "A viewer tries to add a report." });
        var review = await client.PostAsJsonAsync("/api/events/1/review", new { action = "confirm" });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ingest.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, review.StatusCode);
    }

    [Fact]
    public async Task HttpBasicWorksWithTheUsersPasswordOnly()
    {
        using var client = Anonymous();
        string Basic(string password) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ServerFixture.Analyst}:{password}"));

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Basic(ServerFixture.Password));
        var right = await client.GetAsync("/api/events?limit=1");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Basic("guess"));
        var wrong = await client.GetAsync("/api/events?limit=1");

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task ASignedInBrowsersCookieCannotWriteThroughTheApi()
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = server.BaseAddress };
        var login = await browser.GetStringAsync("/login");
        var token = System.Text.RegularExpressions.Regex.Match(login, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var signedIn = await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = ServerFixture.Analyst,
            ["password"] = ServerFixture.Password,
            ["__RequestVerificationToken"] = token,
        }));

        var read = await browser.GetAsync("/api/events?limit=1");
        var write = await browser.PostAsJsonAsync("/api/documents", new { text = "Written by a forged cross-site request." });

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal("/", signedIn.RequestMessage?.RequestUri?.AbsolutePath); // signed in, on the overview
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
    }

    [Fact]
    public async Task AFormPostedWithoutItsAntiforgeryTokenIsRefused()
    {
        using var client = Anonymous();

        var forged = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = ServerFixture.Analyst,
            ["password"] = ServerFixture.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }
}
