namespace Caravan.Core.Accounts;

/// <summary>What a user may do; each role may do everything the one before it may.</summary>
public enum Role
{
    /// <summary>Reads events, documents, entities and exports.</summary>
    Viewer,

    /// <summary>Also reviews and adds events, ingests documents and merges entities.</summary>
    Analyst,

    /// <summary>Also manages users and keys.</summary>
    Admin,
}

public static class Roles
{
    public static string ToWireName(this Role role) => WireEnum.Name(role);

    public static bool TryParse(string? text, out Role role) => WireEnum.TryParse(text, out role);

    public static IReadOnlyList<Role> All { get; } = WireEnum.All<Role>();

    public static bool Allows(this Role role, Role needed) => role >= needed;
}
