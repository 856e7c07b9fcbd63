using Caravan.Storage;
using Caravan.Web.Accounts;
using Caravan.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Caravan.Web.Pages.Review;

public sealed class ReviewAddModel(StoreProvider stores) : PageModel
{
    public string DocumentId { get; private set; } = "";

    public string DocumentTitle { get; private set; } = "";

    public EventForm Form { get; private set; } = new() { Type = "attack" };

    public string? Error { get; private set; }

    public IActionResult OnGet(string document)
    {
        using var store = stores.Open();
        return Load(store, document) is null ? NotFound() : Page();
    }

    public IActionResult OnPost(string document, EventForm form)
    {
        if (!User.IsInRole("analyst"))
        {
            return Forbid();
        }

        using var store = stores.Open();
        if (Load(store, document) is not { } found)
        {
            return NotFound();
        }

        Form = form;
        var (added, error) = form.ToEvent(null);
        var start = added is null ? -1 : found.Document.Text.IndexOf(added.Evidence, StringComparison.Ordinal);
        if (error is not null || start < 0)
        {
            Error = error is not null ? $"{error.Field}: {error.Message}" : "The evidence is not a passage of this document; copy it exactly.";
            return Page();
        }

        var stored = store.AddEvent(found.Document.Id, added! with { EvidenceStart = start }, User.Analyst(), form.Note);
        return Redirect($"/review/{stored.Id}");
    }

    private StoredDocument? Load(IEventStore store, string document)
    {
        StoredDocument? found;
        try
        {
            found = store.FindDocument(document);
        }
        catch (StoreException)
        {
            return null;
        }

        if (found is not null)
        {
            (DocumentId, DocumentTitle) = (found.Document.Id.Value, Rendering.Words.Title(found.Document.Metadata.Title, found.Document.Metadata.Outlet, found.Document.Metadata.Published?.ToString(), found.Document.FileName));
        }

        return found;
    }
}
