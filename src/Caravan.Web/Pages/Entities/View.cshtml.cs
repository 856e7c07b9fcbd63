using Caravan.Core.Resolution;
using Caravan.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Caravan.Web.Pages.Entities;

public sealed class EntityViewModel(StoreProvider stores) : PageModel
{
    public KnownEntity? Entity { get; private set; }

    public IReadOnlyList<StoredEvent> Events { get; private set; } = [];

    public IReadOnlyList<(KnownEntity Entity, int SharedDocuments)> Neighbours { get; private set; } = [];

    public IReadOnlyList<DocumentSummary> Documents { get; private set; } = [];

    public IActionResult OnGet(long id)
    {
        using var store = stores.Open();
        Entity = store.GetEntity(id);
        if (Entity is null)
        {
            return NotFound();
        }

        if (Entity.Id != id)
        {
            // Merged into another entity: its page is the one that lives on.
            return Redirect($"/entities/{Entity.Id}");
        }

        Events = store.EventsOfEntity(id, 200);
        Neighbours = store.CoOccurring(id, 30);
        Documents = store.DocumentsOfEntity(id, 100);
        return Page();
    }
}
