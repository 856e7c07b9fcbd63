namespace Caravan.Core.Sharing;

/// <summary>Who owns a piece of information and how far it may travel.</summary>
public sealed record Marking(string Owner, Tlp Tlp)
{
    /// <summary>The owner of what this instance holds before any organisation is named.</summary>
    public const string LocalOwner = "local";

    public static Marking Default { get; } = new(LocalOwner, Tlp.Green);

    public override string ToString() => $"{Tlp.Label()} ({Owner})";
}
