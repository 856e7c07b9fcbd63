using Caravan.Core.Accounts;

namespace Caravan.Core.Sharing;

/// <summary>
/// Who is reading and writing: a user of one organisation with a role, or the instance itself (the command
/// line on the database file, migrations), which sees and may change everything. A store is opened for one
/// and keeps it for its life; there is no default.
/// </summary>
public sealed record Reader
{
    private Reader(string? organisation, Role role)
    {
        Organisation = organisation;
        Role = role;
    }

    /// <summary>The reader's organisation; null for the instance itself.</summary>
    public string? Organisation { get; }

    /// <summary>What the reader may do; a reader named without a role may only read.</summary>
    public Role Role { get; }

    /// <summary>The user behind the reader, for the audit log; null for a reader that is no one in particular.</summary>
    public string? Name { get; init; }

    public bool IsInstance => Organisation is null;

    public static Reader Instance { get; } = new(null, Role.Admin);

    public static Reader Of(string organisation, Role role = Role.Viewer) =>
        string.IsNullOrWhiteSpace(organisation) ? throw new ArgumentException("a reader belongs to an organisation", nameof(organisation)) : new(organisation, role);

    public override string ToString() => Organisation ?? "(instance)";
}
