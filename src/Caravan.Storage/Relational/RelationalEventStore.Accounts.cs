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
}
