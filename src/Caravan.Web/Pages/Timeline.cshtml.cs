using Caravan.Extraction.Knowledge;
using Caravan.Storage;
using Caravan.Web.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Caravan.Web.Pages;

public sealed class TimelineModel(StoreProvider stores) : PageModel
{
    public TimelineChart Chart { get; private set; } = TimelineChart.From([]);

    public string? Error { get; private set; }

    public void OnGet()
    {
        var (query, error) = EventQueryParser.Parse(name => name is "limit" or "offset" or "per" ? null : (string?)Request.Query[name], countryCode: CountryCodes.Of);
        if (error is not null)
        {
            Error = $"{error.Parameter}: {error.Message}";
            return;
        }

        using var store = stores.Open();
        var per = (string?)Request.Query["per"] is "month" or "year" ? (string?)Request.Query["per"] : null;
        Chart = TimelineChart.From(store.DatesAndTypes(query!), per);
    }
}
