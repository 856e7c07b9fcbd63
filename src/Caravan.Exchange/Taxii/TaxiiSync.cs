using System.Text.Json.Nodes;
using Caravan.Core.Audit;
using Caravan.Core.Resolution;
using Caravan.Core.Sharing;
using Caravan.Exchange.Stix;
using Caravan.Storage;

namespace Caravan.Exchange.Taxii;

/// <summary>What one sync did.</summary>
public sealed record SyncOutcome(string Collection, int Objects, int Pages, ImportOutcome Import, string? Watermark);

/// <summary>
/// Pulls a partner's collection into the store: only what was added since the last pull (added_after the
/// watermark kept per server and collection), page by page, then imported with the partner and time as
/// provenance and the partner's markings. What is pulled belongs to <c>partner</c>, the organisation this
/// instance knows the server as, whatever identities the objects name (kept as their stated creator). Running
/// it again adds nothing. AMBER objects the partner let us read are shared with <c>receivingOrganisation</c>
/// here, so its analysts see them and no one else does.
/// </summary>
public static class TaxiiSync
{
    public const int PageSize = 1000;

    public static async Task<SyncOutcome> RunAsync(
        IEventStore store, TaxiiClient client, Uri url, string collection, string receivingOrganisation, string partner, string actor, IEntityMatcher matcher,
        IProgress<int>? objectsSoFar, CancellationToken cancellation)
    {
        var apiRoot = await client.FindApiRootAsync(url, cancellation);
        var info = await client.FindCollectionAsync(apiRoot, collection, cancellation);
        var collectionId = info["id"]!.GetValue<string>();
        var source = apiRoot.ToString();
        var watermark = store.SyncWatermark(source, collectionId);

        var objects = new List<JsonObject>();
        var pages = 0;
        string? next = null;
        var newest = watermark;
        do
        {
            var page = await client.ObjectsAsync(apiRoot, collectionId, watermark, next, PageSize, cancellation);
            objects.AddRange(page.Objects);
            pages++;
            next = page.Next;
            newest = page.DateAddedLast ?? newest;
            objectsSoFar?.Report(objects.Count);
            if (!page.More)
            {
                break;
            }
        }
        while (next is not null);

        var alias = info["alias"]?.GetValue<string>() ?? collectionId;
        var provenance = new Provenance($"taxii:{apiRoot}collections/{alias}/", DateTimeOffset.UtcNow);
        var imported = StixImporter.Import(store, new JsonObject { ["objects"] = new JsonArray([.. objects.Select(o => (JsonNode)o)]) }, provenance, actor, ImportOwner.Of(partner), matcher);
        if (objects.Any(o => StixPublisher.MarkingOf(o) == Tlp.Amber))
        {
            store.SharePartner(partner, receivingOrganisation);
        }

        if (newest is not null)
        {
            store.SetSyncWatermark(source, collectionId, newest);
        }

        store.Audit(new AuditEntry(DateTimeOffset.UtcNow, actor, receivingOrganisation, AuditActions.Sync, provenance.Source,
            $"{objects.Count} objects in {pages} pages; {imported.DocumentsAdded} documents added, {imported.DocumentsUpdated} updated; {imported.EventsInWords()}"));
        return new SyncOutcome(alias, objects.Count, pages, imported, newest);
    }
}
