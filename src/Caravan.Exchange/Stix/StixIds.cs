using System.Security.Cryptography;
using System.Text;

namespace Caravan.Exchange.Stix;

/// <summary>
/// Deterministic STIX identifiers: a name-based UUID (version 5, RFC 9562) of what the object stands for, so
/// the same document, event or place gets the same id in every export, from every run.
/// </summary>
public static class StixIds
{
    // Caravan's own namespace for name-based UUIDs; fixed forever, since every id we ever published derives from it.
    private static readonly Guid Namespace = new("6f1c7d8e-2b4a-5c3d-9e8f-0a1b2c3d4e5f");

    public static string For(string type, string name) => $"{type}--{Uuid5(Namespace, name)}";

    /// <summary>A name-based UUID in Caravan's namespace, for identifiers that are not STIX ids (TAXII collections).</summary>
    public static Guid NameBased(string name) => Uuid5(Namespace, name);

    public static Guid Uuid5(Guid space, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        space.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
