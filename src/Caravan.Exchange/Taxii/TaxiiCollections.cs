using Caravan.Core.Sharing;
using Caravan.Storage;

namespace Caravan.Exchange.Taxii;

/// <summary>
/// Which collections a user sees: those they may read by the marking rule (<see cref="MarkingPolicy"/>) and
/// those they may write, which are their own organisation's when they are an analyst.
/// </summary>
public static class TaxiiCollections
{
    public static IReadOnlyList<CollectionAccess> For<TStore>(TStore store, string organisation, bool mayWrite)
        where TStore : ISharingStore, IStixObjectStore
    {
        var reader = Reader.Of(organisation);
        var partners = store.Partners().ToHashSet();
        return
        [
            .. store.Organisations()
                .SelectMany(owner => TaxiiCollection.SharedMarkings.Select(tlp => new TaxiiCollection(owner, tlp)))
                .Select(c => new CollectionAccess(
                    c,
                    MarkingPolicy.Allows(reader, c.Marking, (owner, partner) => partners.Contains((owner, partner))),
                    mayWrite && c.Owner == organisation))
                .Where(a => a.CanRead || a.CanWrite),
        ];
    }

    /// <summary>A collection by id or alias, if the user may see it at all.</summary>
    public static CollectionAccess? Find<TStore>(TStore store, string organisation, bool mayWrite, string idOrAlias)
        where TStore : ISharingStore, IStixObjectStore =>
        For(store, organisation, mayWrite).FirstOrDefault(a =>
            string.Equals(a.Collection.Id, idOrAlias, StringComparison.OrdinalIgnoreCase) || string.Equals(a.Collection.Alias, idOrAlias, StringComparison.Ordinal));
}
