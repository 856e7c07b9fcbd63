using Caravan.Extraction.Knowledge;
using Caravan.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Caravan.Web.Pages;

public sealed class EventsModel(StoreProvider stores) : PageModel
{
    public EventQuery Query { get; private set; } = new() { Limit = 100 };

    public IReadOnlyList<StoredEvent> Events { get; private set; } = [];

    public string? Error { get; private set; }

    public static IReadOnlyList<int> PageSizes { get; } = [25, 50, 100, 250, 500, 1000];

    /// <summary>How the sort menu names an order.</summary>
    public static string SortLabel(string sort) => sort switch
    {
        "date" => "oldest first",
        "-date" => "newest first",
        "fatalities" => "most killed first",
        "confidence" => "most confident first",
        _ => "by " + sort,
    };

    public void OnGet()
    {
        var (query, error) = EventQueryParser.Parse(name => Request.Query[name], countryCode: CountryCodes.Of);
        if (error is not null)
        {
            Error = $"{error.Parameter}: {error.Message}";
            return;
        }

        // Analysts look for what happened last: newest first unless they chose an order.
        Query = string.IsNullOrWhiteSpace(Request.Query["sort"]) ? query! with { Sort = EventSort.DateDescending } : query!;
        using var store = stores.Open();
        Events = store.QueryEvents(Query);
    }
}
