using System.Security.Claims;
using Caravan.Core.Audit;
using Caravan.Core.Sharing;
using Caravan.Storage;

namespace Caravan.Web.Accounts;

/// <summary>What the web host adds to the audit log: sign-ins, and reads of single AMBER objects.</summary>
public static class AuditTrail
{
    public static void SignIn(IAuditLog store, string name, string? organisation, bool succeeded, string how) =>
        store.Audit(new AuditEntry(DateTimeOffset.UtcNow, name, organisation, succeeded ? AuditActions.Login : AuditActions.LoginFailed, null, how));

    /// <summary>
    /// Records a read of one AMBER object. Reads of AMBER+STRICT and RED rows the store audits itself, on every
    /// path; CLEAR and GREEN reads are not logged.
    /// </summary>
    public static void Read(IAuditLog store, ClaimsPrincipal user, string target, Tlp tlp, string via)
    {
        if (tlp == Tlp.Amber)
        {
            store.Audit(new AuditEntry(DateTimeOffset.UtcNow, user.Analyst(), user.Organisation(), AuditActions.Read, target, $"{tlp.Label()} via {via}"));
        }
    }
}
