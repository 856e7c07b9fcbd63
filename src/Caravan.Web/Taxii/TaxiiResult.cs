using System.Text.Json;
using System.Text.Json.Nodes;
using Caravan.Exchange.Stix;
using Caravan.Exchange.Taxii;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Taxii;

/// <summary>A TAXII 2.1 answer: a JSON body in the TAXII media type, with any X-TAXII headers.</summary>
internal sealed class TaxiiResult(int status, Action<Utf8JsonWriter> write, IReadOnlyDictionary<string, string>? headers = null) : IResult
{
    public static TaxiiResult Json(JsonObject body, int status = StatusCodes.Status200OK, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, writer => body.WriteTo(writer), headers);

    /// <summary>An error message resource (TAXII 2.1 section 3.6.1).</summary>
    public static TaxiiResult Error(int status, string title, string description) => Json(new JsonObject
    {
        ["title"] = title,
        ["description"] = description,
        ["http_status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }, status);

    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = TaxiiMediaTypes.Taxii;
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        await using var writer = new Utf8JsonWriter(context.Response.BodyWriter, StixJson.Writer);
        write(writer);
        await writer.FlushAsync(context.RequestAborted);
    }
}
