using System.Data.Common;
using System.Globalization;
using Caravan.Core.Accounts;

namespace Caravan.Storage.Relational;

/// <summary>Users and API keys.</summary>
public abstract partial class RelationalEventStore
{
    public Account AddUser(string name, string organisation, Role role, string passwordHash)
    {
        using var insert = Command(
            """
            INSERT INTO users (name, organisation, role, password_hash, created_at) VALUES (@name, @org, @role, @hash, @at)
            ON CONFLICT DO NOTHING
            """);
        Add(insert, "@name", name);
        Add(insert, "@org", organisation);
        Add(insert, "@role", role.ToWireName());
        Add(insert, "@hash", passwordHash);
        Add(insert, "@at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        if (insert.ExecuteNonQuery() == 0)
        {
            throw new StoreException($"There is already a user named '{name}'.");
        }

        return FindUser(name)!;
    }

    public Account? FindUser(string name) => Accounts("WHERE name = @name", c => Add(c, "@name", name)).SingleOrDefault();

    public IReadOnlyList<Account> ListUsers() => Accounts("ORDER BY organisation, name", _ => { });

    public void AddApiKey(long userId, string keyHash, string? label)
    {
        using var insert = Command("INSERT INTO api_keys (user_id, key_hash, label, created_at) VALUES (@user, @hash, @label, @at)");
        Add(insert, "@user", userId);
        Add(insert, "@hash", keyHash);
        Add(insert, "@label", Nullable(label));
        Add(insert, "@at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        insert.ExecuteNonQuery();
    }

    public Account? FindUserByApiKey(string keyHash) =>
        Accounts("WHERE id IN (SELECT user_id FROM api_keys WHERE key_hash = @hash AND revoked_at IS NULL)", c => Add(c, "@hash", keyHash)).SingleOrDefault();

    private List<Account> Accounts(string tail, Action<DbCommand> bind)
    {
        using var command = Command($"SELECT id, name, organisation, role, password_hash, created_at FROM users {tail}");
        bind(command);
        var accounts = new List<Account>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            accounts.Add(new Account(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                Roles.TryParse(reader.GetString(3), out var role) ? role : Role.Viewer,
                reader.GetString(4),
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture)));
        }

        return accounts;
    }

    public SignInFailures SignInFailures(string name)
    {
        using var command = Command("SELECT failures, locked_until FROM signin_failures WHERE name = @name");
        Add(command, "@name", name.ToLowerInvariant());
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new SignInFailures(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), reader.IsDBNull(1) ? null : DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture))
            : default;
    }

    public void SaveSignInFailures(string name, SignInFailures failures)
    {
        using var command = Command(failures == default
            ? "DELETE FROM signin_failures WHERE name = @name"
            : """
              INSERT INTO signin_failures (name, failures, locked_until) VALUES (@name, @failures, @until)
              ON CONFLICT (name) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until
              """);
        Add(command, "@name", name.ToLowerInvariant());
        Add(command, "@failures", failures.Count);
        Add(command, "@until", Nullable(failures.LockedUntil?.ToString("O", CultureInfo.InvariantCulture)));
        command.ExecuteNonQuery();
    }
}
