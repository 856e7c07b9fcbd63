using Caravan.Core.Sharing;
using Caravan.Storage;
using Caravan.Web.Accounts;
using Caravan.Web.Alerts;
using Caravan.Web.Api;
using Caravan.Web.Taxii;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Timeouts;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Caravan.Web;

/// <summary>
/// The `caravan serve` host: server-rendered pages for analysts (cookie sign-in) and the REST API under /api
/// (API keys or HTTP Basic; a browser's cookie only for reading, so no other site can make it write).
/// </summary>
public static class CaravanServer
{
    public const string AnalystPolicy = "analyst";
    public const string AdminPolicy = "admin";
    private const string SelectingScheme = "Caravan";

    /// <summary>Serves until <paramref name="cancellation"/> fires or the process is asked to stop.</summary>
    public static async Task ServeAsync(Func<Reader, IEventStore> openStore, string url, ServerLimits limits, CancellationToken cancellation)
    {
        await using var app = Build(openStore, url, limits);
        await app.StartAsync(cancellation);
        await app.WaitForShutdownAsync(cancellation);
    }

    public static WebApplication Build(Func<Reader, IEventStore> openStore, string url, ServerLimits? limits = null)
    {
        limits ??= new ServerLimits();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        // A JSON body may escape every character of the largest document; TAXII envelopes have their own limit.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = Math.Max(limits.MaxDocumentBytes * 2 + 65_536, TaxiiEndpoints.MaxContentLength));
        builder.Services.AddSingleton(limits);
        AddWorkLimits(builder.Services, limits);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<WriteRefusals>();
        builder.Services.AddOpenApi(OpenApi.CaravanOpenApi.Configure);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(services => new StoreProvider(openStore, services.GetRequiredService<IHttpContextAccessor>()));
        builder.Services.AddSingleton<IngestorFactory>();
        builder.Services.AddSingleton<AnalysisCache>();
        builder.Services.AddSingleton<TaxiiPublishing>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<BasicSignIns>();
        builder.Services.AddSingleton(new SignInLimits());
        builder.Services.AddSingleton<SignInGuard>();
        // SIGTERM: stop taking requests and give running ones a few seconds, not the default thirty.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(4));
        // A TLS-terminating proxy on this machine says the request was HTTPS (so the cookie is Secure) and whose it was.
        builder.Services.Configure<ForwardedHeadersOptions>(options => options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        builder.Services.AddHostedService<AlertService>();
        builder.Services.AddRazorPages().AddApplicationPart(typeof(CaravanServer).Assembly);
        AddSignIn(builder.Services);

        var app = builder.Build();
        app.UseForwardedHeaders();
        // The API and TAXII answer errors as problem details; a browser gets a page.
        app.UseWhen(context => IsApi(context.Request.Path), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context.Request.Path), pages =>
        {
            pages.UseExceptionHandler("/error/500");
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });

        // Routing after the error pages, so a re-executed request finds the error page's endpoint.
        app.UseRouting();
        app.UseRequestTimeouts();
        app.UseStoppedWorkAsCancellation();
        app.UseRateLimiter();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["X-Frame-Options"] = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Content-Security-Policy"] =
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
            await next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapAssets();
        app.MapRazorPages();
        app.MapOpenApi("/api/openapi.json").AllowAnonymous();
        app.MapGet("/api/health", () => Results.Json(new { status = "ok" })).AllowAnonymous().DisableRequestTimeout(); // answers at once; no limit to race
        app.MapEvents();
        app.MapReview();
        app.MapDocuments();
        app.MapEntities();
        app.MapSearch();
        app.MapTaxii();
        app.MapAlerts();
        return app;
    }

    /// <summary>
    /// Heavy work takes turns: at most <see cref="ServerLimits.ConcurrentRequests"/> requests run at once and the
    /// rest wait (without holding a thread) in a queue, so the thread pool never starves and /api/health, static
    /// assets and sign-in pages, which skip the queue, answer at once under any load. Every request has a time limit.
    /// </summary>
    private static void AddWorkLimits(IServiceCollection services, ServerLimits limits)
    {
        // The database calls block their thread; with the pool's default minimum (one per core) a new thread for the
        // health check took up to half a second to appear while the working requests held the others.
        ThreadPool.GetMinThreads(out var workers, out var completion);
        ThreadPool.SetMinThreads(Math.Max(workers, limits.ConcurrentRequests + (4 * Environment.ProcessorCount)), completion);
        services.AddRequestTimeouts(options => options.DefaultPolicy = new RequestTimeoutPolicy { Timeout = limits.RequestTimeout });
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            options.OnRejected = async (context, cancellation) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "5";
                await context.HttpContext.Response.WriteAsJsonAsync(
                    new { title = "Busy", status = 503, detail = "The server has more requests waiting than it takes; try again in a few seconds." },
                    options: null, contentType: "application/problem+json", cancellationToken: cancellation);
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => SkipsTheQueue(context.Request.Path)
                ? RateLimitPartition.GetNoLimiter("light")
                : RateLimitPartition.GetConcurrencyLimiter("work", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = limits.ConcurrentRequests,
                    QueueLimit = limits.QueuedRequests,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
        });
    }

    /// <summary>The API and TAXII: answered in problem details or TAXII errors, never with a page or a redirect.</summary>
    internal static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/taxii2");

    private static bool SkipsTheQueue(PathString path) =>
        path.StartsWithSegments("/api/health") || path.StartsWithSegments("/assets") || path.StartsWithSegments("/favicon.svg");

    private static void AddSignIn(IServiceCollection services)
    {
        services.AddAuthentication(SelectingScheme)
            .AddPolicyScheme(SelectingScheme, "A cookie for pages and reads; a key or Basic credentials for the API", options =>
                options.ForwardDefaultSelector = context => UsesApiCredentials(context.Request)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/login";
                options.AccessDeniedPath = "/denied";
                options.Cookie.Name = "caravan";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events.OnRedirectToLogin = context => ApiStatusOrRedirect(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AnalystPolicy, policy => policy.RequireRole("analyst"))
            .AddPolicy(AdminPolicy, policy => policy.RequireRole("admin"));
    }

    /// <summary>
    /// API writes never ride on a cookie: a page on another site could make a signed-in browser send one. So a
    /// write to /api without a key or Basic credentials goes to the key scheme, which refuses it.
    /// </summary>
    private static bool UsesApiCredentials(HttpRequest request) =>
        ApiKeyAuthenticationHandler.HasCredentials(request)
        || request.Path.StartsWithSegments("/taxii2")
        || (request.Path.StartsWithSegments("/api") && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method));

    private static Task ApiStatusOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request.Path))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
