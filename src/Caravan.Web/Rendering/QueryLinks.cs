using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Caravan.Web.Rendering;

/// <summary>Links that keep a page's filters and change one of them (the page, the sort order).</summary>
public static class QueryLinks
{
    public static string With(HttpRequest request, string name, string? value) => request.Path + QueryString(request, name, value);

    /// <summary>The page sorted another way, from its first row: the same filters, no offset.</summary>
    public static string Sorted(HttpRequest request, string sort) =>
        request.Path + QueryHelpers.AddQueryString("", [.. Kept(request, "sort", "offset"), new("sort", sort)]);

    /// <summary>Just the query string ("?a=1&amp;b=2"), for a link to another path with the same filters.</summary>
    public static string QueryString(HttpRequest request, string name, string? value)
    {
        var query = Kept(request, name);
        if (!string.IsNullOrEmpty(value))
        {
            query.Add(new(name, value));
        }

        return QueryHelpers.AddQueryString("", query);
    }

    /// <summary>The request's filled-in parameters but those named (compared without case).</summary>
    private static List<KeyValuePair<string, string?>> Kept(HttpRequest request, params string[] dropped) =>
        [.. request.Query
            .Where(pair => !dropped.Contains(pair.Key, StringComparer.OrdinalIgnoreCase) && !string.IsNullOrEmpty(pair.Value))
            .Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value.ToString()))];
}
