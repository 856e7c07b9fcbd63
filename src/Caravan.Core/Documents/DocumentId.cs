using System.Security.Cryptography;
using System.Text;

namespace Caravan.Core.Documents;

/// <summary>A document's identity: the SHA-256 of its normalised text, so a re-sent copy is the same document.</summary>
public readonly record struct DocumentId(string Value)
{
    public static DocumentId FromContent(string normalisedText) =>
        new(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalisedText))));

    public string Short => Value[..Math.Min(12, Value.Length)];

    public override string ToString() => Value;
}
