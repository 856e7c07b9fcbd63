using Caravan.Storage;

namespace Caravan.Analysis;

/// <summary>What the analyses read from a store: every document its reader may see, with entities and events.</summary>
public static class AnalysisInput
{
    private const int Page = 200;

    public static IReadOnlyList<StoredDocument> Documents(IEventStore store)
    {
        var documents = new List<StoredDocument>();
        for (var page = store.ListDocuments(Page, 0); page.Count > 0; page = store.ListDocuments(Page, documents.Count))
        {
            documents.AddRange(page.Select(summary => store.FindDocument(summary.Id)).OfType<StoredDocument>());
            if (page.Count < Page)
            {
                break;
            }
        }

        return documents;
    }

    public static IReadOnlyList<Commitments.CommitmentDecision> Rulings(IEventStore store) =>
        [.. store.CommitmentRulings()
            .Select(r => Commitments.CommitmentStatuses.TryParse(r.Status, out var status) ? new Commitments.CommitmentDecision(r.Key, status, r.Analyst, r.At, r.Note) : null)
            .OfType<Commitments.CommitmentDecision>()];

    public static IReadOnlyDictionary<string, Corroboration.Reliability> Reliability(IEventStore store) =>
        store.OutletRatings()
            .Where(r => Corroboration.Reliabilities.TryParse(r.Value, out _))
            .ToDictionary(r => r.Key, r => Enum.Parse<Corroboration.Reliability>(r.Value, ignoreCase: true), StringComparer.OrdinalIgnoreCase);
}
