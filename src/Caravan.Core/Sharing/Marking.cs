namespace Caravan.Core.Sharing;

/// <summary>Who owns a piece of information and how far it may travel.</summary>
public sealed record Marking(string Owner, Tlp Tlp)
{
    public override string ToString() => $"{Tlp.Label()} ({Owner})";
}
