using Caravan.Core.Review;
using Caravan.Storage;
using Caravan.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Caravan.Web.Pages.Review;

public sealed class ReviewQueueModel(StoreProvider stores) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<StoredEvent> Queue { get; private set; } = [];

    public IReadOnlyList<EventRevision> Recent { get; private set; } = [];

    public int Waiting { get; private set; }

    public void OnGet()
    {
        using var store = stores.Open();
        var waiting = new EventQuery { Review = ReviewState.Machine, Sort = EventSort.Confidence };
        Queue = store.QueryEvents(waiting with { Limit = PageSize });
        Waiting = Queue.Count < PageSize ? Queue.Count : store.QueryEvents(waiting with { Limit = 100_000 }).Count;
        Recent = store.RecentRevisions(20);
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

        using var store = stores.Open();
        if (store.GetEvent(id) is null)
        {
            return NotFound();
        }

        store.ReviewEvent(id, decided, null, User.Analyst(), null);
        return Redirect("/review");
    }
}
