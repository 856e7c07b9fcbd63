using Caravan.Storage;
using Caravan.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Caravan.Web;

/// <summary>The `caravan serve` host: the REST API under /api with its OpenAPI description, on loopback by default.</summary>
public static class CaravanServer
{
    /// <summary>Serves until <paramref name="cancellation"/> fires or the process is asked to stop.</summary>
    public static async Task ServeAsync(Func<IEventStore> openStore, string url, CancellationToken cancellation)
    {
        await using var app = Build(openStore, url);
        await app.StartAsync(cancellation);
        await app.WaitForShutdownAsync(cancellation);
    }

    public static WebApplication Build(Func<IEventStore> openStore, string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(new StoreProvider(openStore));
        builder.Services.AddSingleton<IngestorFactory>();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["X-Frame-Options"] = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Content-Security-Policy"] = "default-src 'self'";
            await next(context);
        });
        app.MapOpenApi("/api/openapi.json");
        app.MapGet("/api/health", () => Results.Json(new { status = "ok" }));
        app.MapEvents();
        app.MapDocuments();
        app.MapEntities();
        return app;
    }
}
