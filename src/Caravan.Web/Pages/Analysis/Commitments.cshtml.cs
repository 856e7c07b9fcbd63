using Caravan.Analysis;
using Caravan.Analysis.Claims;
using Caravan.Analysis.Commitments;
using Caravan.Storage;
using Caravan.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Caravan.Web.Pages.Analysis;

/// <summary>The commitments tracked from the reports the user may read, with their timelines; analysts rule on a status.</summary>
public sealed class CommitmentsModel(StoreProvider stores) : PageModel
{
    public IReadOnlyList<Commitment> Commitments { get; private set; } = [];

    public ClaimPicture Claims { get; private set; } = new([], []);

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
        var documents = AnalysisInput.Documents(store);
        Commitments = CommitmentTracker.Track(documents, AnalysisInput.Rulings(store));
        Claims = ClaimAnalysis.Analyse(documents);
    }
}
