using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Caravan.Web.Tests.Accounts;

/// <summary>Signing in against guessing: names do not leak by timing, wrong passwords lock, cookies are Secure over HTTPS.</summary>
public sealed partial class SignInGuardTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task An_unknown_name_takes_as_long_to_refuse_as_a_known_one()
    {
        // Four tries each (under the five that lock the known account), the fastest of each: other tests share the cores.
        var unknown = await FastestRefusal("nobody-by-this-name");
        var known = await FastestRefusal(ServerFixture.Viewer);

        // Once 1 ms against 110 ms; both now verify a PBKDF2 hash of the same cost.
        Assert.True(unknown.TotalMilliseconds > known.TotalMilliseconds / 4, $"unknown {unknown.TotalMilliseconds:F1} ms, known {known.TotalMilliseconds:F1} ms");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one_and_the_lockout_is_audited()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await Basic(ServerFixture.Outsider, "guess " + i));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await Basic(ServerFixture.Outsider, ServerFixture.Password));
        using var store = new Storage.Sqlite.SqliteEventStore(server.Database, Core.Sharing.Reader.Instance);
        Assert.Contains(store.AuditEntries(0, 100_000), e => e.Action == "login-failed" && e.Actor == ServerFixture.Outsider && e.Detail!.Contains("locked", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, await Basic(ServerFixture.Analyst, ServerFixture.Password));

        // The lockout is in the database: a second server on the same data (a restart, another process) keeps it.
        Assert.True(store.SignInFailures(ServerFixture.Outsider.ToUpperInvariant()).LockedUntil > DateTimeOffset.UtcNow.AddMinutes(10));
        var url = $"http://127.0.0.1:{Ports.Free()}";
        await using var restarted = CaravanServer.Build(reader => new Storage.Sqlite.SqliteEventStore(server.Database, reader), url);
        await restarted.StartAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, await Basic(ServerFixture.Outsider, ServerFixture.Password, new Uri(url)));
        Assert.Equal(HttpStatusCode.OK, await Basic(ServerFixture.Analyst, ServerFixture.Password, new Uri(url)));
        await restarted.StopAsync();
    }

    [Fact]
    public async Task The_session_cookie_is_secure_when_the_request_came_over_https()
    {
        using var handler = new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var form = await client.GetStringAsync("/login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;

        using var signedIn = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = ServerFixture.Analyst,
            ["password"] = ServerFixture.Password,
            ["__RequestVerificationToken"] = token,
        }));

        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("caravan=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<TimeSpan> FastestRefusal(string name)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < 4; i++)
        {
            var watch = Stopwatch.StartNew();
            Assert.Equal(HttpStatusCode.Unauthorized, await Basic(name, "not the password " + i));
            times.Add(watch.Elapsed);
        }

        return times.Min();
    }

    private async Task<HttpStatusCode> Basic(string name, string password, Uri? at = null)
    {
        using var client = new HttpClient { BaseAddress = at ?? server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{name}:{password}")));
        using var response = await client.GetAsync("/api/events?limit=1");
        return response.StatusCode;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
