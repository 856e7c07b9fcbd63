using System.Globalization;
using Caravan.Core.Events;
using Caravan.Extraction.Knowledge;
using Caravan.Storage;
using Caravan.Web.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Caravan.Web.Pages;

/// <summary>
/// The landing page: for a chosen period, counts by type and country and fatalities per month; the latest events
/// with their evidence; the review backlog; and what arrived or was decided since the analyst's last visit here.
/// </summary>
public sealed class OverviewModel(StoreProvider stores, TimeProvider clock) : PageModel
{
    /// <summary>When this browser last opened the overview; kept in the browser, so each analyst has their own.</summary>
    public const string LastVisitCookie = "caravan_overview_seen";

    public Overview? Figures { get; private set; }

    public MonthlyChart Chart { get; private set; } = MonthlyChart.From([]);

    public IReadOnlyList<StoredEvent> Latest { get; private set; } = [];

    public string? Error { get; private set; }

    public void OnGet()
    {
        var (query, error) = EventQueryParser.Parse(name => name is "since" or "until" ? Request.Query[name] : (string?)null, countryCode: CountryCodes.Of);
        if (error is not null)
        {
            Error = $"{error.Parameter}: {error.Message}";
            return;
        }

        DateTimeOffset? lastVisit = DateTimeOffset.TryParse(Request.Cookies[LastVisitCookie], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var seen) ? seen : null;
        using var store = stores.Open();
        Figures = store.Overview(query!.Since, query.Until, lastVisit);
        Chart = MonthlyChart.From(Figures.ByMonth);
        Latest = store.QueryEvents(query with { Limit = 8, Sort = EventSort.DateDescending });
        Response.Cookies.Append(LastVisitCookie, clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
        });
    }
}
