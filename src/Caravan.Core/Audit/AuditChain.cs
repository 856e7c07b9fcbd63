using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Caravan.Core.Audit;

/// <summary>
/// Each entry's hash covers its fields and the previous entry's hash, so changing, removing or reordering
/// any entry breaks every hash after it.
/// </summary>
public static class AuditChain
{
    public const string Genesis = "";

    public static string Hash(string previous, AuditEntry entry)
    {
        // Length-prefixed fields: no choice of field values can make two different entries hash alike.
        var text = new StringBuilder();
        foreach (var field in new[] { previous, entry.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), entry.Actor, entry.Organisation, entry.Action, entry.Object, entry.Detail })
        {
            text.Append(field is null ? "-1" : field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The first entry whose stored link or hash does not match the chain, or null if all do.</summary>
    public static AuditEntry? FirstBroken(IEnumerable<AuditEntry> entries)
    {
        var previous = Genesis;
        foreach (var entry in entries)
        {
            if (entry.Previous != previous || entry.Hash != Hash(previous, entry))
            {
                return entry;
            }

            previous = entry.Hash;
        }

        return null;
    }
}
