namespace Caravan.Core.Sharing;

/// <summary>
/// The one rule of who sees what. CLEAR and GREEN: every organisation of the network. AMBER: the owner and
/// the organisations the owner shares AMBER with. AMBER+STRICT and RED: the owner only; RED never leaves
/// the instance. The storage layer writes the same rule in SQL (see the store's access filter) and the
/// tests check that the two agree on every combination.
/// </summary>
public static class MarkingPolicy
{
    /// <param name="ownerSharesAmberWith">Whether the owner has named the reader's organisation an AMBER partner.</param>
    public static bool Allows(Reader reader, Marking marking, Func<string, string, bool> ownerSharesAmberWith)
    {
        if (reader.IsInstance || reader.Organisation == marking.Owner)
        {
            return true;
        }

        return marking.Tlp switch
        {
            Tlp.Clear or Tlp.Green => true,
            Tlp.Amber => ownerSharesAmberWith(marking.Owner, reader.Organisation!),
            _ => false,
        };
    }

    /// <summary>Whether an object may be sent to another instance at all (TAXII, STIX export for a partner).</summary>
    public static bool MayLeaveInstance(Tlp tlp) => tlp != Tlp.Red;
}
