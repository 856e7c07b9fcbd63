using Caravan.Storage;
using Caravan.Web.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Caravan.Web.Pages;

public sealed class SearchModel(StoreProvider stores) : PageModel
{
    public string? Query { get; private set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public void OnGet(string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return;
        }

        Query = q;
        using var store = stores.Open();
        Hits = store.SearchDocuments(q, 50, SnippetHtml.Marks);
    }
}
