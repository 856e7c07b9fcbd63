using Caravan.Core.Dates;
using Caravan.Core.Events;
using Caravan.Storage;
using Caravan.Storage.Export;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Api;

/// <summary>GET /api/events (filters, paging) and GET /api/events/export (csv, geojson, json).</summary>
public static class EventsEndpoints
{
    public const int MaxPageSize = 1000;

    public static void MapEvents(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/events", (HttpRequest request, StoreProvider stores) =>
        {
            if (ParseQuery(request, out var query) is { } problem)
            {
                return problem;
            }

            using var store = stores.Open();
            var items = store.QueryEvents(query);
            return Results.Text(
                $$"""{"limit":{{query.Limit}},"offset":{{query.Offset}},"count":{{items.Count}},"items":{{EventJson.Array(items)}}}""",
                "application/json");
        }).WithName("ListEvents").WithSummary("Events, filtered by country, type, date range, actor and text, in pages");

        routes.MapGet("/api/events/export", (HttpRequest request, StoreProvider stores, string? format) =>
        {
            if (ParseQuery(request, out var query) is { } problem)
            {
                return problem;
            }

            using var store = stores.Open();
            var items = store.QueryEvents(query);
            switch (format ?? "json")
            {
                case "csv":
                    using (var writer = new StringWriter())
                    {
                        EventCsv.Write(writer, items);
                        return Results.Text(writer.ToString(), "text/csv");
                    }

                case "geojson":
                    return Results.Text(EventJson.GeoJson(items), "application/geo+json");
                case "json":
                    return Results.Text(EventJson.Array(items), "application/json");
                default:
                    return Results.Problem(statusCode: 400, title: "Unknown export format", detail: $"'{format}' is not one of csv, geojson, json.");
            }
        }).WithName("ExportEvents").WithSummary("Events as CSV (ACLED-like columns), GeoJSON or JSON");
    }

    /// <summary>Reads the filters; a problem result names the first parameter that is wrong.</summary>
    internal static IResult? ParseQuery(HttpRequest request, out EventQuery query)
    {
        query = new EventQuery();
        var q = request.Query;
        var limit = 100;
        var offset = 0;
        if (q.TryGetValue("limit", out var limitText) && (!int.TryParse(limitText, out limit) || limit < 1 || limit > MaxPageSize))
        {
            return Problem("limit", $"'{limitText}' is not a page size from 1 to {MaxPageSize}.");
        }

        if (q.TryGetValue("offset", out var offsetText) && (!int.TryParse(offsetText, out offset) || offset < 0))
        {
            return Problem("offset", $"'{offsetText}' is not a non-negative number.");
        }

        EventType? type = null;
        if (q.TryGetValue("type", out var typeText) && !string.IsNullOrEmpty(typeText))
        {
            if (!EventTypes.TryParse(typeText, out var parsed))
            {
                return Problem("type", $"'{typeText}' is not an event type; expected one of {string.Join(", ", EventTypes.All.Select(t => t.ToWireName()))}.");
            }

            type = parsed;
        }

        PartialDate? since = null, until = null;
        if (q.TryGetValue("since", out var sinceText) && !string.IsNullOrEmpty(sinceText))
        {
            if (!PartialDate.TryParse(sinceText, out var parsed) || !parsed.HasYear)
            {
                return Problem("since", $"'{sinceText}' is not a date YYYY, YYYY-MM or YYYY-MM-DD.");
            }

            since = parsed;
        }

        if (q.TryGetValue("until", out var untilText) && !string.IsNullOrEmpty(untilText))
        {
            if (!PartialDate.TryParse(untilText, out var parsed) || !parsed.HasYear)
            {
                return Problem("until", $"'{untilText}' is not a date YYYY, YYYY-MM or YYYY-MM-DD.");
            }

            until = parsed;
        }

        query = new EventQuery
        {
            Country = Text(q["country"]),
            Type = type,
            Since = since,
            Until = until,
            Actor = Text(q["actor"]),
            Text = Text(q["text"]),
            Limit = limit,
            Offset = offset,
        };
        return null;
    }

    private static string? Text(Microsoft.Extensions.Primitives.StringValues value) => string.IsNullOrWhiteSpace(value) ? null : value.ToString();

    private static IResult Problem(string parameter, string detail) =>
        Results.Problem(statusCode: 400, title: $"Invalid query parameter '{parameter}'", detail: detail);
}
