using Caravan.Core.Alerts;
using Caravan.Storage;
using Caravan.Web.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Caravan.Web.Pages.Analysis;

/// <summary>The alerts the user's organisation may see, newest first, and its organisation's rules.</summary>
public sealed class AlertsModel(StoreProvider stores) : PageModel
{
    public IReadOnlyList<(Alert Alert, StoredEvent? Event)> Alerts { get; private set; } = [];

    public IReadOnlyList<AlertRule> Rules { get; private set; } = [];

    public void OnGet()
    {
        using var store = stores.Open();
        Alerts = [.. store.Alerts(200).Select(a => (a, store.GetEvent(a.EventId)))];
        Rules = [.. store.AlertRules().Where(r => r.Owner == User.Organisation())];
    }
}
