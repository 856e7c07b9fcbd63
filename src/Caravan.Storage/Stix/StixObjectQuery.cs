namespace Caravan.Storage.Stix;

/// <summary>
/// A TAXII 2.1 filter over one collection: objects added after a moment, of given ids, types, versions and
/// spec versions, a page at a time after a cursor. Empty lists match everything.
/// </summary>
public sealed record StixObjectQuery(string Collection)
{
    public string? AddedAfter { get; init; }

    public IReadOnlyList<string> Ids { get; init; } = [];

    public IReadOnlyList<string> Types { get; init; } = [];

    public IReadOnlyList<string> SpecVersions { get; init; } = [];

    /// <summary>Which versions of each object: the last (the default), the first, all, or those at given times.</summary>
    public StixVersionFilter Versions { get; init; } = StixVersionFilter.Last;

    public int Limit { get; init; } = 1000;

    /// <summary>Continue after this object (date_added and sequence of the last one seen); null from the start.</summary>
    public StixCursor? After { get; init; }

    /// <summary>Leave the objects' JSON out, for manifests and version lists.</summary>
    public bool WithoutContent { get; init; }
}

/// <summary>The values of TAXII's match[version]: any of first, last, all and exact versions.</summary>
public sealed record StixVersionFilter(bool First, bool LastVersion, bool All, IReadOnlyList<string> Exact)
{
    public static StixVersionFilter Last { get; } = new(false, true, false, []);

    public static StixVersionFilter Every { get; } = new(false, false, true, []);
}

/// <summary>Where a page ended, in the collection's order of (date_added, sequence).</summary>
public sealed record StixCursor(string DateAdded, long Sequence);
