using System.Threading.RateLimiting;
using Caravan.Core.Accounts;
using Caravan.Storage;

namespace Caravan.Web.Accounts;

/// <summary>How hard signing in is to guess at: attempts per minute, and the lockout after repeated failures.</summary>
public sealed record SignInLimits
{
    /// <summary>Wrong attempts with one user name per minute.</summary>
    public int PerAccountPerMinute { get; init; } = 10;

    /// <summary>Wrong attempts from one network address per minute, over all names.</summary>
    public int PerAddressPerMinute { get; init; } = 30;

    /// <summary>Wrong passwords in a row after which the account is locked.</summary>
    public int FailuresBeforeLockout { get; init; } = 5;

    public TimeSpan Lockout { get; init; } = TimeSpan.FromMinutes(15);
}

/// <summary>Why a sign-in failed, as the guard tells the host; the user is told only "wrong name or password" or "try later".</summary>
public enum SignInRefusal
{
    None,
    WrongCredentials,
    TooManyAttempts,
    LockedOut,
}

/// <summary>
/// The one door for passwords (the sign-in form and HTTP Basic). An unknown name costs the same PBKDF2 work
/// as a known one, so timing does not tell which names exist; wrong attempts are limited per name and per
/// address (System.Threading.RateLimiting, as ASP.NET Core's rate limiter uses), so a TAXII client sending right
/// Basic credentials with every request is never slowed; five wrong passwords in a row lock the account for a
/// while, in the database, so that a restart or another server process does not lift it; every failure and lockout is audited.
/// </summary>
public sealed class SignInGuard(BasicSignIns verifier, TimeProvider clock, SignInLimits limits)
{
    // A hash of a password nobody has, verified when the name is unknown so the answer takes as long.
    private static readonly Account Nobody = new(0, "", "", Role.Viewer, PasswordHashing.Hash(Guid.NewGuid().ToString()), DateTimeOffset.MinValue);

    private readonly PartitionedRateLimiter<string> perAccount = Limiter(limits.PerAccountPerMinute);
    private readonly PartitionedRateLimiter<string> perAddress = Limiter(limits.PerAddressPerMinute);

    /// <summary>The account when name and password are right and no limit is hit; otherwise null and why.</summary>
    public (Account? Account, SignInRefusal Refusal) SignIn<TStore>(TStore store, string? name, string? password, string? address, string how)
        where TStore : IAccountStore, IAuditLog
    {
        name ??= "";
        address ??= "unknown";
        // A permit count of 0 asks whether any are left without taking one: only wrong attempts spend them.
        using var nameLeft = perAccount.AttemptAcquire(name.ToLowerInvariant(), 0);
        using var addressLeft = perAddress.AttemptAcquire(address, 0);
        if (!nameLeft.IsAcquired || !addressLeft.IsAcquired)
        {
            AuditTrail.SignIn(store, name, null, succeeded: false, $"{how}, too many attempts from {address}");
            return (null, SignInRefusal.TooManyAttempts);
        }

        var account = name.Length == 0 ? null : store.FindUser(name);
        var now = clock.GetUtcNow();
        var record = store.SignInFailures(name);
        var locked = record.LockedUntil is { } until && until > now;
        if (account is not null && !locked && verifier.Remembers(account, password ?? ""))
        {
            return (account, SignInRefusal.None);
        }

        var right = verifier.Verify(account ?? Nobody, password ?? "") && account is not null;
        if (locked)
        {
            AuditTrail.SignIn(store, name, account?.Organisation, succeeded: false, $"{how}, locked until {record.LockedUntil:u}");
            return (null, SignInRefusal.LockedOut);
        }

        if (right)
        {
            if (record != default)
            {
                store.SaveSignInFailures(name, default);
            }
            AuditTrail.SignIn(store, account!.Name, account.Organisation, succeeded: true, how);
            return (account, SignInRefusal.None);
        }

        perAccount.AttemptAcquire(name.ToLowerInvariant()).Dispose();
        perAddress.AttemptAcquire(address).Dispose();
        var count = (record.LockedUntil is null ? record.Count : 0) + 1; // a lockout that ran out starts the count again
        if (count >= limits.FailuresBeforeLockout)
        {
            store.SaveSignInFailures(name, new SignInFailures(0, now + limits.Lockout));
            AuditTrail.SignIn(store, name, account?.Organisation, succeeded: false, $"{how}, {count} wrong passwords in a row: locked for {limits.Lockout.TotalMinutes:0} minutes");
            return (null, SignInRefusal.LockedOut);
        }

        store.SaveSignInFailures(name, new SignInFailures(count, null));
        AuditTrail.SignIn(store, name, account?.Organisation, succeeded: false, how);
        return (null, SignInRefusal.WrongCredentials);
    }

    private static PartitionedRateLimiter<string> Limiter(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
}
