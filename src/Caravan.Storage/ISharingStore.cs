using Caravan.Core.Audit;
using Caravan.Core.Sharing;

namespace Caravan.Storage;

/// <summary>Who reads, whom an organisation shares AMBER with, per-source markings, and the audit log.</summary>
public interface ISharingStore
{
    /// <summary>The reader every read of this store answers to; the instance itself until set.</summary>
    Reader Reader { get; }

    /// <summary>Binds this store to a reader for the rest of its life (one request, one command).</summary>
    void ReadAs(Reader reader);

    void SharePartner(string owner, string partner);

    IReadOnlyList<(string Owner, string Partner)> Partners();

    void SetSourceMarking(string source, Tlp tlp);

    IReadOnlyList<(string Source, Tlp Tlp)> SourceMarkings();

    /// <summary>The marking a source (outlet or path prefix) is given by default; null if none is set.</summary>
    Tlp? SourceMarking(string? outlet, string path);

    /// <summary>
    /// Stores received events under a stored document, each once: an event whose STIX id is already here is
    /// left as it is (a repeated sync or import adds nothing). Returns how many were added.
    /// </summary>
    int SaveReceivedEvents(Caravan.Core.Documents.DocumentId document, IReadOnlyList<ReceivedEvent> events);

    /// <summary>Appends to the hash chain (one writer at a time) and returns the entry as stored.</summary>
    AuditEntry Audit(AuditEntry entry);

    IReadOnlyList<AuditEntry> AuditEntries(long afterId, int limit);
}
