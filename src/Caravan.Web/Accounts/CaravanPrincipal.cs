using System.Security.Claims;
using Caravan.Core.Accounts;

namespace Caravan.Web.Accounts;

/// <summary>
/// A signed-in user as claims: name, organisation, and a role claim for their role and every role below it,
/// so that "analyst" admits admins too.
/// </summary>
public static class CaravanPrincipal
{
    public const string OrganisationClaim = "caravan:org";

    public static ClaimsPrincipal For(Account account, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.Name),
            new(ClaimTypes.NameIdentifier, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(OrganisationClaim, account.Organisation),
        };
        claims.AddRange(Roles.All.Where(r => account.Role.Allows(r)).Select(r => new Claim(ClaimTypes.Role, r.ToWireName())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static string Organisation(this ClaimsPrincipal user) => user.FindFirstValue(OrganisationClaim) ?? "";

    public static string Analyst(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";

    /// <summary>The highest role the user holds; a user with no role claim may only read.</summary>
    public static Role Role(this ClaimsPrincipal user) =>
        Roles.All.Where(r => user.IsInRole(r.ToWireName())).DefaultIfEmpty(Core.Accounts.Role.Viewer).Max();
}
