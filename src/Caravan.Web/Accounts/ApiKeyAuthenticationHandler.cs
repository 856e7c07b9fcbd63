using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Caravan.Web.Taxii;

namespace Caravan.Web.Accounts;

/// <summary>
/// Authenticates API calls by key ("Authorization: Bearer cvn_..." or "X-Api-Key: cvn_...") or by a user's
/// name and password over HTTP Basic, for clients such as TAXII tools that know only that.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    StoreProvider stores,
    SignInGuard signIns) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public static bool HasCredentials(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request.Headers.ContainsKey("X-Api-Key") || request.Headers.Authorization.Count > 0;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        var key = Request.Headers["X-Api-Key"].ToString();
        if (key.Length == 0 && header.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (key.Length == 0)
        {
            if (!AuthenticationHeaderValue.TryParse(header, out var value))
            {
                return Task.FromResult(AuthenticateResult.Fail("The Authorization header cannot be read."));
            }

            if (value.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
            {
                return Task.FromResult(Basic(value.Parameter));
            }

            if (!value.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
            {
                return Task.FromResult(AuthenticateResult.Fail($"The authorization scheme '{value.Scheme}' is not accepted; use Bearer or Basic."));
            }

            key = value.Parameter ?? "";
        }

        using var store = stores.OpenAsInstance();
        var account = store.FindUserByApiKey(ApiKeys.Hash(key));
        return Task.FromResult(account is null
            ? AuthenticateResult.Fail("Unknown or revoked API key.")
            : AuthenticateResult.Success(new AuthenticationTicket(CaravanPrincipal.For(account, SchemeName), SchemeName)));
    }

    private AuthenticateResult Basic(string? parameter)
    {
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter ?? ""));
        }
        catch (FormatException)
        {
            return AuthenticateResult.Fail("The Basic credentials are not base64.");
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return AuthenticateResult.Fail("The Basic credentials are not name:password.");
        }

        using var store = stores.OpenAsInstance();
        var (account, refusal) = signIns.SignIn(store, decoded[..colon], decoded[(colon + 1)..], Context.Connection.RemoteIpAddress?.ToString(), "basic");
        return account is not null
            ? AuthenticateResult.Success(new AuthenticationTicket(CaravanPrincipal.For(account, SchemeName), SchemeName))
            : AuthenticateResult.Fail(refusal == SignInRefusal.WrongCredentials ? "Wrong user name or password." : "Too many wrong attempts; try again later.");
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers.WWWAuthenticate = "Bearer, Basic realm=\"caravan\"";
        return TaxiiError("Unauthorized", "Sign in with HTTP Basic (a Caravan user) or an API key.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 403;
        return TaxiiError("Forbidden", "Your role does not allow this.");
    }

    // TAXII clients expect an error message resource in their own media type; the REST API keeps its problem details.
    private Task TaxiiError(string title, string description) => Request.Path.StartsWithSegments("/taxii2")
        ? TaxiiResult.Error(Response.StatusCode, title, description).ExecuteAsync(Context)
        : Task.CompletedTask;
}
