using System.Security.Cryptography;
using System.Text;

namespace Caravan.Web.Accounts;

/// <summary>
/// API keys: 256 random bits, shown once; the store keeps only their SHA-256, which is enough for a secret
/// that no one can guess (a slow hash is for passwords people choose).
/// </summary>
public static class ApiKeys
{
    public const string Prefix = "cvn_";

    public static string New() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
