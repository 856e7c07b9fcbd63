using System.Net;
using System.Text.RegularExpressions;

namespace Caravan.Web.Tests;

/// <summary>
/// A browser signed in through the sign-in page: it keeps the session cookie, does not follow redirects (so a test
/// sees where a form sends it), and posts forms with the anti-forgery token the pages give.
/// </summary>
public sealed partial class SignedInBrowser : IDisposable
{
    private readonly HttpClient client;

    private SignedInBrowser(Uri baseAddress)
    {
        client = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public static async Task<SignedInBrowser> SignIn(Uri baseAddress, string user, string password)
    {
        var browser = new SignedInBrowser(baseAddress);
        var token = await browser.TokenOn("/login");
        using var signedIn = await browser.Post("/login", token, ("name", user), ("password", password));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    /// <summary>The anti-forgery token of a page's forms (the sign-out form is on every page of a signed-in user).</summary>
    public async Task<string> TokenOn(string path) => AntiforgeryToken().Match(await client.GetStringAsync(path)).Groups[1].Value;

    public Task<HttpResponseMessage> Post(string path, string token, params (string Name, string Value)[] fields) =>
        client.PostAsync(path, new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", token)]));

    /// <summary>Where a redirect points, absolute (the cookie handler's) or relative (the page's).</summary>
    public static string? PathOf(HttpResponseMessage response) => response.Headers.Location is { } location
        ? location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]
        : null;

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
