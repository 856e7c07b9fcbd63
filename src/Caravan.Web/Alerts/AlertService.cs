using Caravan.Analysis.Alerts;
using Caravan.Exchange.Webhooks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Caravan.Web.Alerts;

/// <summary>
/// While the server runs: every second, the alert rules run over newly stored events (from the web, the API,
/// a sync or a `caravan ingest` beside the server) and due webhooks are delivered.
/// </summary>
public sealed partial class AlertService(StoreProvider stores, TimeProvider clock, ILogger<AlertService> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var dispatcher = new WebhookDispatcher(http, clock);
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                using var store = stores.OpenAsInstance();
                AlertEngine.Evaluate(store, clock.GetUtcNow());
                await dispatcher.DeliverDueAsync(store, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failing round (a locked database, say) is logged and the next one tries again; alerts are never lost,
                // since the watermark only moves past events whose alerts were recorded.
                Failed(log, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "alert round failed")]
    private static partial void Failed(ILogger logger, Exception error);
}
