using System.Globalization;
using System.Xml.Linq;
using Caravan.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Alerts;

/// <summary>GET /alerts.atom (an Atom feed of the alerts a user may see) and GET /api/alerts (the same as JSON).</summary>
public static class AlertEndpoints
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static void MapAlerts(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/alerts.atom", (HttpRequest request, StoreProvider stores) =>
        {
            using var store = stores.Open();
            var alerts = store.Alerts(100);
            var self = $"{request.Scheme}://{request.Host}{request.PathBase}";
            var feed = new XElement(Atom + "feed",
                new XElement(Atom + "title", "Caravan alerts"),
                new XElement(Atom + "id", "urn:caravan:alerts"),
                new XElement(Atom + "updated", Stamp(alerts.Count > 0 ? alerts[0].At : DateTimeOffset.UnixEpoch)),
                new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", self + "/alerts.atom")),
                alerts.Select(alert =>
                {
                    var e = store.GetEvent(alert.EventId);
                    return new XElement(Atom + "entry",
                        new XElement(Atom + "id", $"urn:caravan:alert:{alert.Id}"),
                        new XElement(Atom + "title", alert.Detail is { } anomaly ? $"{alert.RuleName}: {anomaly}" : $"{alert.RuleName}: {e?.Event.Type.ToString() ?? "event"} {e?.Event.Date} {e?.Event.Place.Location ?? e?.Event.Place.Country}"),
                        new XElement(Atom + "updated", Stamp(alert.At)),
                        new XElement(Atom + "link", new XAttribute("href", $"{self}/review/{alert.EventId}")),
                        new XElement(Atom + "author", new XElement(Atom + "name", e?.Outlet ?? "Caravan")),
                        new XElement(Atom + "summary", e?.Event.Evidence ?? ""));
                }));
            return Results.Text(new XDocument(new XDeclaration("1.0", "utf-8", null), feed).ToString(), "application/atom+xml; charset=utf-8");
        });

        routes.MapGet("/api/alerts", (int? limit, StoreProvider stores) =>
        {
            using var store = stores.Open();
            return Results.Json(store.Alerts(Math.Clamp(limit ?? 100, 1, 1000)).Select(a => new
            {
                id = a.Id,
                rule = a.RuleName,
                event_id = a.EventId,
                at = a.At,
                delivered_at = a.DeliveredAt,
                attempts = a.Attempts,
                last_error = a.LastError,
                anomaly = a.Detail,
            }));
        }).WithName("ListAlerts").WithSummary("Alerts raised by the rules, newest first");
    }

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
