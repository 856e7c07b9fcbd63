using Caravan.Extraction.Knowledge;
using Caravan.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Caravan.Web.Pages;

public sealed class EventsModel(StoreProvider stores) : PageModel
{
    public EventQuery Query { get; private set; } = new() { Limit = 100 };

    public IReadOnlyList<StoredEvent> Events { get; private set; } = [];

    public string? Error { get; private set; }

    public void OnGet()
    {
        var (query, error) = EventQueryParser.Parse(name => Request.Query[name], countryCode: CountryCodes.Of);
        if (error is not null)
        {
            Error = $"{error.Parameter}: {error.Message}";
            return;
        }

        Query = query!;
        using var store = stores.Open();
        Events = store.QueryEvents(Query);
    }
}
