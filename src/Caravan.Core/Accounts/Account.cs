namespace Caravan.Core.Accounts;

/// <summary>A local user of one organisation. The password is kept only as a salted slow hash.</summary>
public sealed record Account(long Id, string Name, string Organisation, Role Role, string PasswordHash, DateTimeOffset CreatedAt);
