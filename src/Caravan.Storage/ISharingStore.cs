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
    /// Stores received events under a stored document, each once. An event whose STIX id the same owner already
    /// has here is brought up to a newer version (fields, review state, and a revision by the sender), withdrawn
    /// when revoked, and left as it is for an older or equal version. When an analyst here changed it since, the
    /// newer version is kept in its history instead of replacing the local edit.
    /// </summary>
    /// <summary>
    /// Takes a newer version of a document received from its owner: the title, outlet, publication date, marking and
    /// stated creator of <paramref name="received"/> replace the copy's when its <see cref="DocumentRecord.ModifiedAt"/>
    /// is later; an older or equal version, or one from another sender, changes nothing. Audited.
    /// </summary>
    bool UpdateReceivedDocument(DocumentRecord received);

    ReceivedEventsOutcome SaveReceivedEvents(Caravan.Core.Documents.DocumentId document, IReadOnlyList<ReceivedEvent> events);

    /// <summary>The document a received event (by STIX id and owner) is stored under, for a newer version that arrives without its report.</summary>
    Caravan.Core.Documents.DocumentId? DocumentOfReceivedEvent(string stixId, string owner);

}

/// <summary>The append-only, hash-chained audit log.</summary>
public interface IAuditLog
{
    /// <summary>Appends to the hash chain (one writer at a time) and returns the entry as stored.</summary>
    AuditEntry Audit(AuditEntry entry);

    IReadOnlyList<AuditEntry> AuditEntries(long afterId, int limit);
}
