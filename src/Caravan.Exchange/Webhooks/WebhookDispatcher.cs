using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Caravan.Core.Alerts;
using Caravan.Exchange.Stix;
using Caravan.Storage;
using Caravan.Storage.Export;

namespace Caravan.Exchange.Webhooks;

/// <summary>
/// Delivers alerts to their rules' webhooks: a JSON POST of the alert and its event, signed with HMAC-SHA256 of
/// the body under the rule's secret (header X-Caravan-Signature: sha256=HEX). A failure is retried after 1, 2,
/// 4, … seconds (at most an hour apart), up to <see cref="MaxAttempts"/> times; each attempt is recorded.
/// </summary>
public sealed class WebhookDispatcher(HttpClient http, TimeProvider clock)
{
    public const int MaxAttempts = 10;
    public const string SignatureHeader = "X-Caravan-Signature";

    /// <summary>Attempts every delivery that is due; returns how many succeeded. The store must read as the instance.</summary>
    public async Task<int> DeliverDueAsync<TStore>(TStore store, CancellationToken cancellation)
        where TStore : IAlertStore, IReviewStore
    {
        var rules = store.AlertRules().ToDictionary(r => r.Id);
        var delivered = 0;
        foreach (var alert in store.DueDeliveries(clock.GetUtcNow(), MaxAttempts))
        {
            if (!rules.TryGetValue(alert.RuleId, out var rule) || rule.Webhook is null || store.GetEvent(alert.EventId) is not { } stored)
            {
                continue;
            }

            var body = Payload(alert, rule, stored).ToJsonString(StixJson.Compact);
            string? error;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, rule.Webhook) { Content = new StringContent(body, Encoding.UTF8) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Add(SignatureHeader, "sha256=" + Sign(body, rule.Secret ?? ""));
                request.Headers.Add("X-Caravan-Delivery", alert.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                using var response = await http.SendAsync(request, cancellation);
                error = response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellation.IsCancellationRequested)
            {
                error = e.Message;
            }

            var now = clock.GetUtcNow();
            store.RecordDelivery(alert.Id, now, error, error is null ? null : now + Backoff(alert.Attempts + 1));
            delivered += error is null ? 1 : 0;
        }

        return delivered;
    }

    /// <summary>1 s after the first failure, then doubling, never more than an hour.</summary>
    public static TimeSpan Backoff(int failures) => TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, Math.Max(0, failures - 1))));

    public static string Sign(string body, string secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    private static JsonObject Payload(Alert alert, AlertRule rule, StoredEvent stored) => new()
    {
        ["alert_id"] = alert.Id,
        ["rule"] = new JsonObject { ["id"] = rule.Id, ["name"] = rule.Name, ["conditions"] = rule.Describe() },
        ["raised_at"] = alert.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["anomaly"] = alert.Detail,
        ["event"] = EventJson.ToJson(stored),
    };
}
