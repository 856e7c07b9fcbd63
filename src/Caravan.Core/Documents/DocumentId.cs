using System.Security.Cryptography;
using System.Text;
using Caravan.Core.Sharing;

namespace Caravan.Core.Documents;

/// <summary>
/// A document's identity. The same text held by two organisations is two documents, each with its owner and
/// marking, so the id is the SHA-256 of the owner and the normalised text; for the instance's own owner it is
/// the hash of the text alone, as it always was. A re-sent copy from the same owner is the same document.
/// </summary>
public readonly record struct DocumentId(string Value)
{
    /// <summary>The hash of the text alone: how copies held by different owners are known to be one text.</summary>
    public static DocumentId FromContent(string normalisedText) =>
        new(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalisedText))));

    public static DocumentId For(string owner, string normalisedText) =>
        owner == Marking.LocalOwner ? FromContent(normalisedText) : FromContent(owner + "\n" + normalisedText);

    public string Short => Value[..Math.Min(12, Value.Length)];

    public override string ToString() => Value;
}
