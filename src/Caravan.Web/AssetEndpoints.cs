using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Caravan.Web;

/// <summary>
/// Stylesheets, scripts and the base map, served from resources inside this assembly (ours and the npm
/// libraries the build embeds), so `caravan serve` needs no folder of files beside it.
/// </summary>
public static class AssetEndpoints
{
    private static readonly Assembly Assembly = typeof(AssetEndpoints).Assembly;
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    // The assembly's build id names the version of every asset: it changes exactly when they can.
    private static readonly string Tag = $"\"{Assembly.ManifestModule.ModuleVersionId:N}\"";

    public static void MapAssets(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/assets/{**path}", (string path, HttpContext context) =>
        {
            var stream = Assembly.GetManifestResourceStream("assets/" + path);
            if (stream is null)
            {
                return Results.NotFound();
            }

            if (context.Request.Headers.IfNoneMatch == Tag)
            {
                stream.Dispose();
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            context.Response.Headers.ETag = Tag;
            context.Response.Headers.CacheControl = "public, max-age=3600";
            var type = ContentTypes.TryGetContentType(path, out var known) ? known : "application/octet-stream";
            return Results.Stream(stream, type);
        }).AllowAnonymous().ExcludeFromDescription();
}
