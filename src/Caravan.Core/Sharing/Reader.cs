namespace Caravan.Core.Sharing;

/// <summary>
/// Who is reading: a user of one organisation, or the instance itself (the command line on the database
/// file, migrations), which sees everything. Every read path takes one.
/// </summary>
public sealed record Reader
{
    private Reader(string? organisation) => Organisation = organisation;

    /// <summary>The reader's organisation; null for the instance itself.</summary>
    public string? Organisation { get; }

    public bool IsInstance => Organisation is null;

    public static Reader Instance { get; } = new((string?)null);

    public static Reader Of(string organisation) =>
        string.IsNullOrWhiteSpace(organisation) ? throw new ArgumentException("a reader belongs to an organisation", nameof(organisation)) : new(organisation);

    public override string ToString() => Organisation ?? "(instance)";
}
