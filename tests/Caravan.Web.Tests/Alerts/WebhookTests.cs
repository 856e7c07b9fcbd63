using Caravan.Core.Sharing;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Caravan.Core.Alerts;
using Caravan.Exchange.Webhooks;
using Caravan.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Tests.Alerts;

/// <summary>
/// Alert rules on a running server, with webhook receivers on loopback: a matching document posted to the API
/// reaches the receiver signed and within seconds; a receiver that fails first gets the alert again; the Atom
/// feed lists the alert.
/// </summary>
public sealed class WebhookTests(ServerFixture server, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<ServerFixture>, IAsyncLifetime
{
    private const string Secret = "webhook secret for the tests";
    private readonly ConcurrentQueue<(string Hook, string Body, string Signature, TimeSpan At)> received = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private int flakyCalls;
    private WebApplication? receiver;
    private Uri receiverUrl = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        receiver = builder.Build();
        receiver.MapPost("/hook/{name}", async (string name, HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            received.Enqueue((name, await reader.ReadToEndAsync(), request.Headers[WebhookDispatcher.SignatureHeader].ToString(), clock.Elapsed));
            return name == "flaky" && Interlocked.Increment(ref flakyCalls) == 1 ? Results.StatusCode(500) : Results.Ok();
        });
        await receiver.StartAsync();
        receiverUrl = new Uri($"http://127.0.0.1:{port}/");
    }

    [Fact]
    public async Task A_matching_document_reaches_the_webhook_signed_within_five_seconds_and_a_failed_delivery_is_retried()
    {
        using (var store = new SqliteEventStore(server.Database, Reader.Instance))
        {
            store.AddAlertRule(new AlertRule(0, "Karakol arrests", "kg-cert") { Keyword = "Karakol", Type = Core.Events.EventType.Arrest, Webhook = new Uri(receiverUrl, "hook/steady"), Secret = Secret });
            store.AddAlertRule(new AlertRule(0, "Karakol, flaky receiver", "kg-cert") { Keyword = "Karakol", Webhook = new Uri(receiverUrl, "hook/flaky"), Secret = Secret });
            store.AddAlertRule(new AlertRule(0, "Elsewhere", "kg-cert") { Keyword = "Khorog" });
        }

        await Task.Delay(1500); // the rules first run over the samples, which do not match
        Assert.Empty(received);
        var posted = clock.Elapsed;
        using var response = await server.Client.PostAsJsonAsync("/api/documents", new
        {
            text = "On 14 May 2024, police in Karakol arrested three men suspected of recruiting for Islamic State, the Interior Ministry said.",
            fileName = "karakol.txt",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var steady = await Until(() => received.FirstOrDefault(r => r.Hook == "steady"), TimeSpan.FromSeconds(5));
        Assert.True(steady.At - posted < TimeSpan.FromSeconds(5), $"delivered {(steady.At - posted).TotalSeconds:F1} s after the post");
        output.WriteLine($"webhook received {(steady.At - posted).TotalMilliseconds:F0} ms after the document was posted");
        Assert.Equal("sha256=" + WebhookDispatcher.Sign(steady.Body, Secret), steady.Signature);
        var payload = JsonDocument.Parse(steady.Body).RootElement;
        Assert.Equal("Karakol arrests", payload.GetProperty("rule").GetProperty("name").GetString());
        Assert.Equal("arrest", payload.GetProperty("event").GetProperty("type").GetString());
        Assert.Contains("Karakol", payload.GetProperty("event").GetProperty("evidence").GetString(), StringComparison.Ordinal);

        await Until(() => received.Count(r => r.Hook == "flaky") >= 2 ? received.First() : default, TimeSpan.FromSeconds(10));
        await Task.Delay(1500);
        Assert.Single(received, r => r.Hook == "steady");
        Assert.Equal(2, received.Count(r => r.Hook == "flaky"));

        using var store2 = new SqliteEventStore(server.Database, Reader.Instance);
        var alerts = store2.Alerts(100);
        Assert.Equal(2, alerts.Count);
        Assert.All(alerts, a => Assert.NotNull(a.DeliveredAt));
        Assert.Equal(2, alerts.Single(a => a.RuleName.Contains("flaky", StringComparison.Ordinal)).Attempts);
        var feed = await server.Client.GetStringAsync("/alerts.atom");
        Assert.Contains("<title>Karakol arrests: Arrest", feed, StringComparison.Ordinal);
        var page = await server.Client.GetStringAsync("/alerts");
        Assert.Contains("Karakol arrests", page, StringComparison.Ordinal);
        Assert.Contains("delivered", page, StringComparison.Ordinal);
    }

    private static async Task<T> Until<T>(Func<T> probe, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (probe() is { } found && !EqualityComparer<T>.Default.Equals(found, default))
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"nothing within {limit.TotalSeconds} s");
    }

    public async Task DisposeAsync()
    {
        if (receiver is not null)
        {
            await receiver.StopAsync();
            await receiver.DisposeAsync();
        }
    }
}
