using Caravan.Core.Review;
using Caravan.Storage;
using Caravan.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Caravan.Web.Pages.Review;

public sealed class ReviewQueueModel(StoreProvider stores) : PageModel
{
    public const int PageSize = 10;

    public int Offset { get; private set; }

    /// <summary>The decision just made, said back with a way to take it back: (event, "confirmed" or "rejected").</summary>
    public (long Event, string Done)? Decided { get; private set; }

    public IReadOnlyList<StoredEvent> Queue { get; private set; } = [];

    public IReadOnlyList<EventRevision> Recent { get; private set; } = [];

    public int Waiting { get; private set; }

    public void OnGet(int offset = 0, long? decided = null, string? done = null)
    {
        Offset = Math.Max(0, offset);
        Decided = decided is { } id && done is "confirmed" or "rejected" or "reopened" ? (id, done!) : null;
        using var store = stores.Open();
        var waiting = new EventQuery { Review = ReviewState.Machine, Sort = EventSort.Confidence };
        Queue = store.QueryEvents(waiting with { Limit = PageSize, Offset = Offset });
        Waiting = Offset == 0 && Queue.Count < PageSize ? Queue.Count : store.QueryEvents(waiting with { Limit = 100_000 }).Count;
        Recent = store.RecentRevisions(20);
    }

    public IActionResult OnPostDecide(long id, string? action, int offset = 0)
    {
        if (!User.IsInRole("analyst"))
        {
            return Forbid();
        }

        if (!ReviewActions.TryParse(action, out var decided) || decided is not (ReviewAction.Confirm or ReviewAction.Reject or ReviewAction.Reopen))
        {
            return BadRequest();
        }

        using var store = stores.Open();
        if (store.GetEvent(id) is null)
        {
            return NotFound();
        }

        store.ReviewEvent(id, decided, null, User.Analyst(), decided == ReviewAction.Reopen ? "taken back from the queue page" : null);
        var done = decided switch { ReviewAction.Confirm => "confirmed", ReviewAction.Reject => "rejected", _ => "reopened" };
        return Redirect($"/review?decided={id}&done={done}&offset={Math.Max(0, offset)}");
    }
}
