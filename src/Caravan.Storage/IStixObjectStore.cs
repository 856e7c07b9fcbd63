using Caravan.Core.Documents;
using Caravan.Storage.Stix;

namespace Caravan.Storage;

/// <summary>
/// The STIX objects a TAXII server serves, by collection, each version kept with the moment it was added.
/// Local documents are published into it when they change; partners' objects arrive by POST. Reads answer to
/// the store's reader through the same marking rule as every other read.
/// </summary>
public interface IStixObjectStore
{
    /// <summary>Documents changed since they were last published, oldest change first.</summary>
    IReadOnlyList<PendingPublication> PendingPublications(int limit);

    /// <summary>
    /// Stores the objects a document now publishes and clears its pending mark, if it has not changed again
    /// meanwhile. An object already present with other content is replaced and counts as newly added.
    /// </summary>
    void Publish(PendingPublication publication, IReadOnlyList<StixObjectRecord> objects);

    /// <summary>Adds objects to collections; an object whose id and version are already there is left as it was.</summary>
    IReadOnlyList<StixAddOutcome> AddStixObjects(IReadOnlyList<StixObjectRecord> objects);

    /// <summary>Removes object versions (by their sequence numbers) and records who did it in the audit log.</summary>
    int DeleteStixObjects(IReadOnlyList<long> sequences, string actor);

    /// <summary>One page of a collection's objects in the order they were added.</summary>
    StixObjectPage QueryStixObjects(StixObjectQuery query);

    /// <summary>The organisations known here: of users, of documents and of received objects.</summary>
    IReadOnlyList<string> Organisations();

    void SaveTaxiiStatus(string id, string json);

    string? FindTaxiiStatus(string id);

    /// <summary>Where the last pull from a partner's collection stopped (its date_added), null before the first.</summary>
    string? SyncWatermark(string source, string collection);

    void SetSyncWatermark(string source, string collection, string dateAdded);
}

/// <summary>A document to publish at the revision it had when asked.</summary>
public sealed record PendingPublication(DocumentId Document, long Revision);
