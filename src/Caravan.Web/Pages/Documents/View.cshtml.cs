using Caravan.Storage;
using Caravan.Web.Accounts;
using Caravan.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Caravan.Web.Pages.Documents;

public sealed class DocumentViewModel(StoreProvider stores) : PageModel
{
    /// <summary>How many events the side list names before it points to the table.</summary>
    public const int ListedEvents = 200;

    public StoredDocument? Document { get; private set; }

    public IReadOnlyList<TextRun> Runs { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        using var store = stores.Open();
        try
        {
            Document = store.FindDocument(id);
        }
        catch (StoreException)
        {
            return NotFound();
        }

        if (Document is null)
        {
            return NotFound();
        }

        AuditTrail.Read(store, User, "document/" + Document.Document.Id.Value, Document.Document.Marking.Tlp, "page");
        Runs = DocumentHighlighter.Runs(Document.Document.Text, Document.Events, Document.Entities);
        return Page();
    }
}
