using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Caravan.Core.Accounts;

namespace Caravan.Web.Accounts;

/// <summary>
/// Remembers, for a few minutes, Basic credentials that verified. TAXII clients send name and password with
/// every request, and PBKDF2 (slow on purpose) would otherwise cost each page of a sync ~45 ms. Only a SHA-256
/// of the pair is held, in memory, and the stored hash is checked again whenever it changes.
/// </summary>
public sealed class BasicSignIns(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, (string PasswordHash, DateTimeOffset Until)> verified = new(StringComparer.Ordinal);

    /// <summary>Whether these credentials verified a few minutes ago and the stored hash is unchanged.</summary>
    public bool Remembers(Account account, string password) =>
        verified.TryGetValue(Key(account, password), out var known) && known.PasswordHash == account.PasswordHash && known.Until > clock.GetUtcNow();

    public bool Verify(Account account, string password)
    {
        var key = Key(account, password);
        var now = clock.GetUtcNow();
        if (Remembers(account, password))
        {
            return true;
        }

        if (!PasswordHashing.Verify(account, password))
        {
            return false;
        }

        if (verified.Count > 10_000)
        {
            verified.Clear();
        }

        verified[key] = (account.PasswordHash, now + Lifetime);
        return true;
    }

    private static string Key(Account account, string password) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{account.Name}\n{password}")));
}
