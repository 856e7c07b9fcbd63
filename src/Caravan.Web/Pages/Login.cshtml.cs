using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Caravan.Web.Accounts;

namespace Caravan.Web.Pages;

[AllowAnonymous]
public sealed class LoginModel(StoreProvider stores) : PageModel
{
    public string? Error { get; private set; }

    public string? Name { get; private set; }

    public string ReturnUrl { get; private set; } = "/events";

    public void OnGet(string? returnUrl) => ReturnUrl = LocalOrHome(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? name, string? password, string? returnUrl)
    {
        ReturnUrl = LocalOrHome(returnUrl);
        Name = name;
        using (var store = stores.OpenAsInstance())
        {
            var account = string.IsNullOrEmpty(name) ? null : store.FindUser(name);
            if (account is null || string.IsNullOrEmpty(password) || !PasswordHashing.Verify(account, password))
            {
                // One message for an unknown name and a wrong password: no hint which names exist.
                AuditTrail.SignIn(store, name ?? "", account?.Organisation, succeeded: false, "form");
                Error = "Wrong user name or password.";
                return Page();
            }

            AuditTrail.SignIn(store, account.Name, account.Organisation, succeeded: true, "form");
            await HttpContext.SignInAsync(
                CookieAuthenticationDefaults.AuthenticationScheme,
                CaravanPrincipal.For(account, CookieAuthenticationDefaults.AuthenticationScheme));
        }

        return LocalRedirect(ReturnUrl);
    }

    private string LocalOrHome(string? url) => url is not null && Url.IsLocalUrl(url) ? url : "/events";
}
