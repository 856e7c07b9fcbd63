using Caravan.Core.Audit;
using Caravan.Core.Sharing;

namespace Caravan.Storage;

/// <summary>Who reads, whom an organisation shares AMBER with and grants edits, and per-source markings.</summary>
public interface ISharingStore
{
    /// <summary>Whom every read and write of this store answers to, given when it was opened.</summary>
    Reader Reader { get; }

    void SharePartner(string owner, string partner);

    IReadOnlyList<(string Owner, string Partner)> Partners();

    /// <summary>Lets the partner's analysts review, edit and add events on the owner's objects they may read.</summary>
    void GrantEdits(string owner, string partner);

    IReadOnlyList<(string Owner, string Partner)> EditGrants();

    /// <summary>Marks a document and its own events (not those received with a marking of their own) anew; audited, republished.</summary>
    void ChangeMarking(Caravan.Core.Documents.DocumentId document, Tlp tlp);

    /// <summary>Whether this store's reader may change an object with this marking (<see cref="WritePolicy"/>).</summary>
    bool MayChange(Marking marking);

    void SetSourceMarking(string source, Tlp tlp);

    IReadOnlyList<(string Source, Tlp Tlp)> SourceMarkings();

    /// <summary>The marking a source (outlet or path prefix) is given by default; null if none is set.</summary>
    Tlp? SourceMarking(string? outlet, string path);

    /// <summary>
    /// Stores received events under a stored document, each once: an event whose STIX id is already here is
    /// left as it is (a repeated sync or import adds nothing). Returns how many were added.
    /// </summary>
    int SaveReceivedEvents(Caravan.Core.Documents.DocumentId document, IReadOnlyList<ReceivedEvent> events);

}

/// <summary>The append-only, hash-chained audit log.</summary>
public interface IAuditLog
{
    /// <summary>Appends to the hash chain (one writer at a time) and returns the entry as stored.</summary>
    AuditEntry Audit(AuditEntry entry);

    IReadOnlyList<AuditEntry> AuditEntries(long afterId, int limit);
}
