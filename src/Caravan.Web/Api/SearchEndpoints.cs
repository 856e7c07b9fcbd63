using Caravan.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Api;

/// <summary>GET /api/search: full-text search over documents, with snippets.</summary>
public static class SearchEndpoints
{
    public static void MapSearch(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/search", (string? q, int? limit, StoreProvider stores) =>
        {
            if (string.IsNullOrWhiteSpace(q))
            {
                return Results.Problem(statusCode: 400, title: "Invalid query parameter 'q'", detail: "Give the words to search for in 'q'.");
            }

            if (limit is < 1 or > 200)
            {
                return Results.Problem(statusCode: 400, title: "Invalid query parameter 'limit'", detail: "'limit' must be from 1 to 200.");
            }

            using var store = stores.Open();
            var hits = store.SearchDocuments(q, limit ?? 20, ("**", "**"));
            return Results.Json(hits.Select(h => new { document = DocumentsEndpoints.Summary(h.Document), snippet = h.Snippet }));
        }).WithName("SearchDocuments").WithSummary("Documents containing every word of q (word* for a prefix), best first; matches in the snippet between **");
}
