using Caravan.Core.Audit;
using Caravan.Core.Sharing;

namespace Caravan.Storage.Relational;

/// <summary>
/// Every read that returns AMBER+STRICT or RED rows is audited, whatever path asked (one event, a list, an
/// export, a search, a history): the rows are noted where they are read, and the store writes one entry per
/// life (one request, one command) with their ids when it is closed. No host can forget it.
/// </summary>
public abstract partial class RelationalEventStore
{
    /// <summary>Ids in one entry at most; a longer list is cut and says how many more there were.</summary>
    private const int MaxAuditedIds = 200;

    private readonly SortedSet<string> sensitiveReads = new(StringComparer.Ordinal);

    private void NoteRead(string target, string tlp)
    {
        if (!Reader.IsInstance && tlp is "amber+strict" or "red")
        {
            sensitiveReads.Add(target);
        }
    }

    private void NoteRead(string target, Tlp tlp) => NoteRead(target, tlp.ToWireName());

    private void AuditSensitiveReads()
    {
        if (sensitiveReads.Count == 0)
        {
            return;
        }

        var ids = string.Join(' ', sensitiveReads.Take(MaxAuditedIds));
        var more = sensitiveReads.Count > MaxAuditedIds ? $" and {sensitiveReads.Count - MaxAuditedIds} more" : "";
        var first = sensitiveReads.Min!;
        sensitiveReads.Clear();
        Audit(new AuditEntry(DateTimeOffset.UtcNow, Actor, Reader.Organisation, AuditActions.Read,
            first, $"{ids}{more} (AMBER+STRICT or RED)"));
    }
}
