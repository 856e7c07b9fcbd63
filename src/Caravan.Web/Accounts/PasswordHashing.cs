using Caravan.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Caravan.Web.Accounts;

/// <summary>Passwords as ASP.NET Core Identity hashes them: salted PBKDF2, with the parameters inside the hash.</summary>
public static class PasswordHashing
{
    public const int MinimumLength = 10;

    private static readonly PasswordHasher<Account> Hasher = new();

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    public static bool Verify(Account account, string password) =>
        Hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
}
