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

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

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

        // A number that is not one ("north" for a latitude) never reaches the form; the binder says so.
        var unreadable = ModelState.Where(entry => entry.Value is { Errors.Count: > 0 })
            .Select(entry => new FieldError(entry.Key.ToLowerInvariant(), $"'{entry.Value!.AttemptedValue}' is not a number."));
        var (edited, errors) = form.Check(Event!.Event);
        var all = unreadable.Concat(errors.Where(e => ModelState[e.Field] is not { Errors.Count: > 0 })).ToList();
        if (all.Count > 0)
        {
            // Show the form as the analyst filled it, with everything that is wrong: nothing typed is lost.
            (Errors, Form) = (all, form);
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
