using Caravan.Analysis;
using Caravan.Analysis.Claims;
using Caravan.Analysis.Commitments;
using Caravan.Storage;
using Caravan.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Caravan.Web.Pages.Analysis;

/// <summary>The commitments tracked from the reports the user may read, with their timelines; analysts rule on a status.</summary>
public sealed class CommitmentsModel(StoreProvider stores, AnalysisCache cache) : PageModel
{
    public IReadOnlyList<Commitment> Commitments { get; private set; } = [];

    public ClaimPicture Claims { get; private set; } = new([], []);

    /// <summary>What bears on each claim, by the claim's event id.</summary>
    public ILookup<long, ClaimLink> LinksTo { get; private set; } = Array.Empty<ClaimLink>().ToLookup(l => l.To);

    /// <summary>The claims by their event id, to name the one a link comes from.</summary>
    public IReadOnlyDictionary<long, Claim> ClaimOf { get; private set; } = new Dictionary<long, Claim>();

    public string? Error { get; private set; }

    public void OnGet() => Load();

    public IActionResult OnPostRule(string key, string status, string? note)
    {
        if (!User.IsInRole("analyst"))
        {
            return Forbid();
        }

        Load();
        if (!CommitmentStatuses.TryParse(status, out var parsed) || Commitments.All(c => c.Key != key))
        {
            Error = $"No commitment '{key}', or '{status}' is not a status.";
            return Page();
        }

        using var store = stores.Open();
        store.RuleOnCommitment(new StoredCommitmentRuling(key, parsed.ToWireName(), User.Analyst(), DateTimeOffset.UtcNow, string.IsNullOrWhiteSpace(note) ? null : note.Trim()));
        return Redirect($"/commitments#{key}");
    }

    private void Load()
    {
        using var store = stores.Open();
        (Commitments, Claims, LinksTo, ClaimOf) = cache.Get("commitments", store.Reader, store.ChangeStamp(), () =>
        {
            var documents = AnalysisInput.Documents(store);
            var claims = ClaimAnalysis.Analyse(documents);
            return new Analysed(CommitmentTracker.Track(documents, AnalysisInput.Rulings(store)), claims, claims.Links.ToLookup(l => l.To), claims.Claims.ToDictionary(c => c.EventId));
        });
    }
}

/// <summary>What the commitments page shows, computed together once per change of the store.</summary>
internal sealed record Analysed(IReadOnlyList<Commitment> Commitments, ClaimPicture Claims, ILookup<long, ClaimLink> LinksTo, IReadOnlyDictionary<long, Claim> ClaimOf);
