using Caravan.Analysis;
using Caravan.Analysis.Corroboration;
using Caravan.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Caravan.Web.Pages.Analysis;

/// <summary>Happenings told by several reports the user may read, with every source and its outlet's reliability.</summary>
public sealed class CorroborationModel(StoreProvider stores, AnalysisCache cache) : PageModel
{
    public IReadOnlyList<CorroboratedEvent> Happenings { get; private set; } = [];

    public void OnGet()
    {
        using var store = stores.Open();
        Happenings = cache.Get<IReadOnlyList<CorroboratedEvent>>("corroboration", store.Reader, store.ChangeStamp(), () =>
            [.. EventClusters.Build(store.QueryEvents(new EventQuery { Limit = 1_000_000 }), AnalysisInput.Reliability(store)).Where(h => h.Corroboration > 1)]);
    }
}
