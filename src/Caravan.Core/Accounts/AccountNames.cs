using System.Text.RegularExpressions;

namespace Caravan.Core.Accounts;

/// <summary>What a user or organisation name may look like: short, printable, no spaces at the ends.</summary>
public static partial class AccountNames
{
    public static bool IsValid(string? name) => name is not null && NamePattern().IsMatch(name);

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}._@-]{0,63}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex NamePattern();
}
