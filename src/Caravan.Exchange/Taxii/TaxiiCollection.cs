using System.Globalization;
using Caravan.Core.Sharing;
using Caravan.Exchange.Stix;

namespace Caravan.Exchange.Taxii;

/// <summary>
/// A TAXII collection: what one organisation publishes under one marking. RED has none, since RED never leaves
/// the instance. The id is a name-based UUID, the same on every start; the alias ("kg-cert-amber") is for people.
/// </summary>
public sealed record TaxiiCollection(string Owner, Tlp Tlp)
{
    public static IReadOnlyList<Tlp> SharedMarkings { get; } = [Tlp.Clear, Tlp.Green, Tlp.Amber, Tlp.AmberStrict];

    public string Id { get; } = StixIds.NameBased($"taxii-collection:{Owner}:{Tlp.ToWireName()}").ToString();

    public string Alias => $"{Owner}-{Tlp.ToWireName().Replace('+', '-')}";

    public string Title => $"{Owner} {Tlp.Label()}";

    public string Description => string.Format(CultureInfo.InvariantCulture,
        "Reports, incidents and the entities they name, published by {0} under {1}.", Owner, Tlp.Label());

    public Marking Marking => new(Owner, Tlp);
}

/// <summary>A collection as one user may use it.</summary>
public sealed record CollectionAccess(TaxiiCollection Collection, bool CanRead, bool CanWrite);
