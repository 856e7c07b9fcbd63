using Caravan.Extraction.Knowledge;
using Caravan.Storage;
using Caravan.Storage.Export;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Api;

/// <summary>GET /api/events (filters, paging) and GET /api/events/export (csv, geojson, json).</summary>
public static class EventsEndpoints
{
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
            if (format is null or "csv" or "geojson" or "json")
            {
                // An export is a file: the browser saves it under a name that says what it is.
                request.HttpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"caravan-events.{format ?? "json"}\"";
            }

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
        var (parsed, error) = EventQueryParser.Parse(name => request.Query[name], countryCode: CountryCodes.Of);
        query = parsed ?? new EventQuery();
        return error is null
            ? null
            : Results.Problem(statusCode: 400, title: $"Invalid query parameter '{error.Parameter}'", detail: error.Message);
    }
}
