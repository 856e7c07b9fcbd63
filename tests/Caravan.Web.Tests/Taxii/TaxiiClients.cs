using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Caravan.Web.Tests.Taxii;

/// <summary>HTTP clients that speak to the server as a TAXII 2.1 client would: the TAXII Accept header and Basic credentials.</summary>
internal static class TaxiiClients
{
    public const string MediaType = "application/taxii+json;version=2.1";
    public const string Root = "/taxii2/caravan/";

    public static HttpClient Basic(ServerFixture server, string user, string password = ServerFixture.Password)
    {
        var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(MediaType));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return client;
    }

    public static async Task<JsonElement> Json(this HttpClient client, string url, HttpStatusCodeExpectation expect = default)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode || expect.AllowError, $"GET {url}: {(int)response.StatusCode} {body}");
        Assert.Equal(MediaType, response.Content.Headers.ContentType?.ToString().Replace(" ", "", StringComparison.Ordinal));
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Every object of a collection, page by page with limit and next, as a client pages.</summary>
    public static async Task<List<JsonElement>> AllObjects(this HttpClient client, string collectionId, int limit, string extra = "")
    {
        var objects = new List<JsonElement>();
        string? next = null;
        for (var pages = 0; pages < 10_000; pages++)
        {
            var url = $"{Root}collections/{collectionId}/objects/?limit={limit}{extra}" + (next is null ? "" : "&next=" + Uri.EscapeDataString(next));
            var envelope = await client.Json(url);
            if (envelope.TryGetProperty("objects", out var page))
            {
                objects.AddRange(page.EnumerateArray());
            }

            if (!envelope.GetProperty("more").GetBoolean())
            {
                return objects;
            }

            next = envelope.GetProperty("next").GetString();
        }

        throw new InvalidOperationException("paging did not end");
    }

    /// <summary>The text of every object in every collection the client may read.</summary>
    public static async Task<string> EverythingReadable(this HttpClient client)
    {
        var collections = await client.Json(Root + "collections/");
        var text = new StringBuilder();
        if (!collections.TryGetProperty("collections", out var list))
        {
            return "";
        }

        foreach (var collection in list.EnumerateArray().Where(c => c.GetProperty("can_read").GetBoolean()))
        {
            foreach (var o in await client.AllObjects(collection.GetProperty("id").GetString()!, 500))
            {
                text.Append(o.GetRawText()).Append('\n');
            }
        }

        return text.ToString();
    }

    public static async Task<string> CollectionId(this HttpClient client, string alias) =>
        (await client.Json($"{Root}collections/{alias}/")).GetProperty("id").GetString()!;
}

internal readonly record struct HttpStatusCodeExpectation(bool AllowError)
{
    public static HttpStatusCodeExpectation Error => new(true);
}
