using Caravan.Core.Review;
using Caravan.Storage;
using Caravan.Web.Accounts;
using Caravan.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Caravan.Web.Pages.Review;

public sealed class ReviewEditModel(StoreProvider stores) : PageModel
{
    public StoredEvent? Event { get; private set; }

    public EventForm Form { get; private set; } = new();

    public IReadOnlyList<EventRevision> History { get; private set; } = [];

    public string? Error { get; private set; }

    public IActionResult OnGet(long id) => Load(id) ? Page() : NotFound();

    public IActionResult OnPostEdit(long id, EventForm form)
    {
        if (!User.IsInRole("analyst"))
        {
            return Forbid();
        }

        if (!Load(id))
        {
            return NotFound();
        }

        var (edited, error) = form.ToEvent(Event!.Event);
        if (error is not null)
        {
            // Show the form as the analyst filled it, with what is wrong: nothing typed is lost.
            (Error, Form) = ($"{error.Field}: {error.Message}", form);
            return Page();
        }

        using var store = stores.Open();
        store.ReviewEvent(id, ReviewAction.Edit, edited, User.Analyst(), form.Note);
        return Redirect($"/review/{id}");
    }

    public IActionResult OnPostDecide(long id, string? action)
    {
        if (!User.IsInRole("analyst"))
        {
            return Forbid();
        }

        if (!ReviewActions.TryParse(action, out var decided) || decided is not (ReviewAction.Confirm or ReviewAction.Reject))
        {
            return BadRequest();
        }

        if (!Load(id))
        {
            return NotFound();
        }

        using var store = stores.Open();
        store.ReviewEvent(id, decided, null, User.Analyst(), null);
        return Redirect($"/review/{id}");
    }

    private bool Load(long id)
    {
        using var store = stores.Open();
        Event = store.GetEvent(id);
        if (Event is null)
        {
            return false;
        }

        Form = EventForm.From(Event.Event);
        History = store.EventHistory(id);
        return true;
    }
}
