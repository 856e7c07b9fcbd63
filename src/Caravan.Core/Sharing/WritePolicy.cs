using Caravan.Core.Accounts;

namespace Caravan.Core.Sharing;

/// <summary>
/// The one rule of who may change what: reviewing, editing, rejecting or adding events, re-extracting a
/// document, merging or splitting the entities it names. The owning organisation's analysts may; a partner's
/// analysts only where the owner granted them edits and the marking lets them read the object; viewers never;
/// the instance always. Reading a GREEN object is not a right to change it. The store applies this rule on
/// every write, so no caller can forget it.
/// </summary>
public static class WritePolicy
{
    /// <param name="ownerGrantsEditsTo">Whether the owner has granted the writer's organisation edits on its objects.</param>
    /// <param name="ownerSharesAmberWith">Whether the owner has named the writer's organisation an AMBER partner.</param>
    public static bool Allows(Reader writer, Marking marking, Func<string, string, bool> ownerGrantsEditsTo, Func<string, string, bool> ownerSharesAmberWith)
    {
        if (writer.IsInstance)
        {
            return true;
        }

        if (!writer.Role.Allows(Role.Analyst))
        {
            return false;
        }

        return writer.Organisation == marking.Owner
            || (MarkingPolicy.Allows(writer, marking, ownerSharesAmberWith) && ownerGrantsEditsTo(marking.Owner, writer.Organisation!));
    }
}
