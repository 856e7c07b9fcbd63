using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Caravan.Web.Accounts;

namespace Caravan.Web.Pages;

[AllowAnonymous]
public sealed class LoginModel(StoreProvider stores, SignInGuard signIns) : PageModel
{
    public string? Error { get; private set; }

    public string? Name { get; private set; }

    public string ReturnUrl { get; private set; } = "/";

    public void OnGet(string? returnUrl) => ReturnUrl = LocalOrHome(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? name, string? password, string? returnUrl)
    {
        ReturnUrl = LocalOrHome(returnUrl);
        Name = name;
        using (var store = stores.OpenAsInstance())
        {
            var (account, refusal) = signIns.SignIn(store, name, password, HttpContext.Connection.RemoteIpAddress?.ToString(), "form");
            if (account is null)
            {
                // One message for an unknown name and a wrong password: no hint which names exist.
                Error = refusal == SignInRefusal.WrongCredentials
                    ? "Wrong user name or password."
                    : "Too many wrong attempts. Wait a few minutes, then try again.";
                Response.StatusCode = refusal == SignInRefusal.WrongCredentials ? StatusCodes.Status200OK : StatusCodes.Status429TooManyRequests;
                return Page();
            }

            await HttpContext.SignInAsync(
                CookieAuthenticationDefaults.AuthenticationScheme,
                CaravanPrincipal.For(account, CookieAuthenticationDefaults.AuthenticationScheme));
        }

        return LocalRedirect(ReturnUrl);
    }

    private string LocalOrHome(string? url) => url is not null && Url.IsLocalUrl(url) ? url : "/";
}
