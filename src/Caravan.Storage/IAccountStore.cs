using Caravan.Core.Accounts;

namespace Caravan.Storage;

/// <summary>Local users and their API keys. Only hashes are stored: of passwords (slow, salted) and of keys.</summary>
public interface IAccountStore
{
    /// <summary>Adds a user; a taken name is a <see cref="StoreException"/>.</summary>
    Account AddUser(string name, string organisation, Role role, string passwordHash);

    Account? FindUser(string name);

    IReadOnlyList<Account> ListUsers();

    /// <summary>Stores the hash of a new API key for a user.</summary>
    void AddApiKey(long userId, string keyHash, string? label);

    /// <summary>The user an unrevoked key with this hash belongs to.</summary>
    Account? FindUserByApiKey(string keyHash);

    /// <summary>
    /// Wrong passwords given for a name since its last right one, and until when it is locked: kept in the database,
    /// so a lockout outlives a restart and holds for every server process that shares it. Names are case-folded.
    /// </summary>
    SignInFailures SignInFailures(string name);

    void SaveSignInFailures(string name, SignInFailures failures);
}

/// <summary>Wrong passwords in a row for one name, and the end of its lockout if one runs.</summary>
public readonly record struct SignInFailures(int Count, DateTimeOffset? LockedUntil);
