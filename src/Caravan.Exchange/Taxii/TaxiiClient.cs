using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Caravan.Exchange.Taxii;

/// <summary>A page of objects from a TAXII server, with where the next one starts and the newest date_added in it.</summary>
public sealed record TaxiiPage(IReadOnlyList<JsonObject> Objects, bool More, string? Next, string? DateAddedLast);

/// <summary>
/// A TAXII 2.1 client for what sync needs: find the API root from a discovery or API-root URL, find a
/// collection by id or alias, and page through its objects. Every answer is checked for the TAXII media type;
/// an error answer becomes a <see cref="TaxiiClientException"/> with the server's own explanation.
/// </summary>
public sealed class TaxiiClient(HttpClient http)
{
    /// <summary>An HTTP client that sends TAXII 2.1 Accept headers and the given credentials.</summary>
    public static HttpClient CreateHttp(AuthenticationHeaderValue credentials, TimeSpan timeout)
    {
        var client = new HttpClient { Timeout = timeout };
        client.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(TaxiiMediaTypes.Taxii));
        client.DefaultRequestHeaders.Authorization = credentials;
        return client;
    }

    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{password}")));

    public static AuthenticationHeaderValue Key(string key) => new("Bearer", key);

    /// <summary>The API root a URL names: itself, or the default (else first) root of a discovery resource.</summary>
    public async Task<Uri> FindApiRootAsync(Uri url, CancellationToken cancellation)
    {
        var (resource, _) = await GetAsync(WithSlash(url), cancellation);
        if (resource["versions"] is JsonArray)
        {
            return WithSlash(url);
        }

        var root = resource["default"]?.GetValue<string>() ?? (resource["api_roots"] as JsonArray)?.FirstOrDefault()?.GetValue<string>()
            ?? throw new TaxiiClientException($"{url} is neither a TAXII discovery resource nor an API root");
        return WithSlash(new Uri(url, root));
    }

    /// <summary>The collection resource with this id or alias; it must be readable.</summary>
    public async Task<JsonObject> FindCollectionAsync(Uri apiRoot, string idOrAlias, CancellationToken cancellation)
    {
        var (resource, _) = await GetAsync(new Uri(apiRoot, "collections/"), cancellation);
        var collection = (resource["collections"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(c =>
            string.Equals(Text(c, "id"), idOrAlias, StringComparison.OrdinalIgnoreCase) || Text(c, "alias") == idOrAlias)
            ?? throw new TaxiiClientException($"the server lists no collection '{idOrAlias}' for this account");
        return collection["can_read"]?.GetValue<bool>() == true
            ? collection
            : throw new TaxiiClientException($"this account may not read collection '{idOrAlias}'");
    }

    public async Task<TaxiiPage> ObjectsAsync(Uri apiRoot, string collectionId, string? addedAfter, string? next, int limit, CancellationToken cancellation)
    {
        var query = new List<string> { $"limit={limit}" };
        if (addedAfter is not null)
        {
            query.Add("added_after=" + Uri.EscapeDataString(addedAfter));
        }

        if (next is not null)
        {
            query.Add("next=" + Uri.EscapeDataString(next));
        }

        var url = new Uri(apiRoot, $"collections/{Uri.EscapeDataString(collectionId)}/objects/?{string.Join("&", query)}");
        var (envelope, headers) = await GetAsync(url, cancellation);
        var array = envelope["objects"] as JsonArray ?? [];
        var objects = array.OfType<JsonObject>().ToList();
        array.Clear(); // the objects outlive their envelope
        var more = envelope["more"]?.GetValue<bool>() == true;
        var last = headers.TryGetValues("X-TAXII-Date-Added-Last", out var values) ? values.FirstOrDefault() : null;
        return new TaxiiPage(objects, more, more ? Text(envelope, "next") : null, last);
    }

    private async Task<(JsonObject Body, HttpResponseHeaders Headers)> GetAsync(Uri url, CancellationToken cancellation)
    {
        using var response = await http.GetAsync(url, cancellation);
        var text = await response.Content.ReadAsStringAsync(cancellation);
        JsonObject? body = null;
        try
        {
            body = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
        }

        if (!response.IsSuccessStatusCode)
        {
            var why = body is not null && Text(body, "title") is { } title ? $"{title}: {Text(body, "description")}" : response.ReasonPhrase;
            throw new TaxiiClientException($"{url} answered {(int)response.StatusCode} ({why})");
        }

        var mediaType = response.Content.Headers.ContentType?.ToString().Replace(" ", "", StringComparison.Ordinal);
        if (!TaxiiMediaTypes.IsTaxii(mediaType) || body is null)
        {
            throw new TaxiiClientException($"{url} did not answer with TAXII 2.1 JSON (it sent {mediaType ?? "no media type"})");
        }

        return (body, response.Headers);
    }

    private static Uri WithSlash(Uri url) => url.AbsolutePath.EndsWith('/') ? url : new Uri(url + "/");

    private static string? Text(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}

public sealed class TaxiiClientException(string message) : Exception(message);
