using Caravan.Core.Entities;
using Caravan.Core.Resolution;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Caravan.Web.Pages.Entities;

public sealed class EntitiesIndexModel(StoreProvider stores) : PageModel
{
    public IReadOnlyList<KnownEntity> Entities { get; private set; } = [];

    public string? Search { get; private set; }

    public string? Type { get; private set; }

    public void OnGet(string? search, string? type)
    {
        (Search, Type) = (search, type);
        EntityType? entityType = EntityTypes.TryParse(type ?? "", out var parsed) ? parsed : null;
        using var store = stores.Open();
        Entities = store.SearchEntities(string.IsNullOrWhiteSpace(search) ? null : search.Trim(), entityType, 200);
    }
}
