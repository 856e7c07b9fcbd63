using System.Text.Json;
using System.Text.Json.Nodes;
using Caravan.Core.Accounts;
using Caravan.Exchange.Stix;
using Caravan.Exchange.Taxii;
using Caravan.Storage;
using Caravan.Storage.Stix;
using Caravan.Web.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Caravan.Web.Taxii;

/// <summary>
/// The TAXII 2.1 server: discovery at /taxii2/, one API root (/taxii2/caravan/), a collection per organisation
/// and shared marking, objects with filters and paging, manifests, versions, envelopes POSTed with a status,
/// and deletion. Callers sign in with HTTP Basic (a user of `caravan users add`) or an API key.
/// </summary>
public static class TaxiiEndpoints
{
    public const string ApiRoot = "caravan";
    public const int MaxContentLength = 25 * 1024 * 1024;

    public static void MapTaxii(this IEndpointRouteBuilder routes)
    {
        var taxii = routes.MapGroup("/taxii2").AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (!TaxiiMediaTypes.Accepts(http.Request.Headers.Accept.ToString()))
            {
                return (object?)TaxiiResult.Error(StatusCodes.Status406NotAcceptable, "Not acceptable", $"This server answers in {TaxiiMediaTypes.Taxii}.");
            }

            if (http.GetRouteValue("root") is string root && root != ApiRoot)
            {
                return TaxiiResult.Error(StatusCodes.Status404NotFound, "No such API root", $"The API root is /taxii2/{ApiRoot}/.");
            }

            try
            {
                await http.RequestServices.GetRequiredService<TaxiiPublishing>().CatchUpAsync(http.RequestAborted);
                return await next(context);
            }
            catch (TaxiiFilterException e)
            {
                return TaxiiResult.Error(StatusCodes.Status400BadRequest, "Bad request", e.Message);
            }
        });

        taxii.MapGet("/", IResult (HttpRequest request) => TaxiiResult.Json(new JsonObject
        {
            ["title"] = "Caravan",
            ["description"] = "Security events from news and agency reports, shared between partner agencies as STIX 2.1.",
            ["default"] = RootUrl(request),
            ["api_roots"] = new JsonArray(RootUrl(request)),
        }));

        taxii.MapGet("/{root}/", IResult () => TaxiiResult.Json(new JsonObject
        {
            ["title"] = "Caravan",
            ["description"] = "Collections per organisation and TLP 2.0 marking; RED is never shared.",
            ["versions"] = new JsonArray(TaxiiMediaTypes.Taxii),
            ["max_content_length"] = MaxContentLength,
        }));

        taxii.MapGet("/{root}/status/{statusId}/", IResult (string statusId, StoreProvider stores) =>
        {
            using var store = stores.Open();
            return store.FindTaxiiStatus(statusId) is { } json
                ? TaxiiResult.Json(JsonNode.Parse(json)!.AsObject())
                : TaxiiResult.Error(StatusCodes.Status404NotFound, "No such status", $"There is no status {statusId}.");
        });

        taxii.MapGet("/{root}/collections/", IResult (HttpContext http, StoreProvider stores) =>
        {
            using var store = stores.Open();
            var collections = Collections(store, http).Select(a => (JsonNode)Describe(a)).ToList();
            return TaxiiResult.Json(collections.Count == 0 ? [] : new JsonObject { ["collections"] = new JsonArray([.. collections]) });
        });

        taxii.MapGet("/{root}/collections/{id}/", IResult (string id, HttpContext http, StoreProvider stores) =>
        {
            using var store = stores.Open();
            return Find(store, http, id) is { } access ? TaxiiResult.Json(Describe(access)) : NoCollection(id);
        });

        taxii.MapGet("/{root}/collections/{id}/objects/", IResult (string id, HttpContext http, StoreProvider stores) =>
            Read(http, stores, id, (store, access) =>
            {
                var page = store.QueryStixObjects(TaxiiFilter.Parse(Parameter(http), access.Collection.Id, allowIdAndType: true, StixVersionFilter.Last));
                return Envelope(page);
            }));

        taxii.MapPost("/{root}/collections/{id}/objects/", async Task<IResult> (string id, HttpContext http, StoreProvider stores, IngestorFactory ingestors) =>
        {
            if (!TaxiiMediaTypes.IsTaxii(http.Request.ContentType))
            {
                return TaxiiResult.Error(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", $"Send an envelope as {TaxiiMediaTypes.Taxii}.");
            }

            if (http.Request.ContentLength > MaxContentLength)
            {
                return TaxiiResult.Error(StatusCodes.Status413PayloadTooLarge, "Too large", $"An envelope may have at most {MaxContentLength} bytes.");
            }

            using var store = stores.Open();
            if (Find(store, http, id) is not { } access)
            {
                return NoCollection(id);
            }

            if (!access.CanWrite)
            {
                return TaxiiResult.Error(StatusCodes.Status403Forbidden, "Forbidden", "You may not add objects to this collection.");
            }

            JsonObject envelope;
            try
            {
                envelope = await JsonSerializer.DeserializeAsync<JsonObject>(http.Request.Body, cancellationToken: http.RequestAborted)
                    ?? throw new JsonException("empty body");
            }
            catch (JsonException e)
            {
                return TaxiiResult.Error(StatusCodes.Status400BadRequest, "Not JSON", $"The envelope is not a JSON object: {e.Message}");
            }

            var status = TaxiiIntake.Add(store, access.Collection, envelope, $"{http.User.Analyst()}@{http.User.Organisation()}", DateTimeOffset.UtcNow, ingestors.Matcher);
            store.SaveTaxiiStatus(status["id"]!.GetValue<string>(), status.ToJsonString(StixJson.Compact));
            return TaxiiResult.Json(status, StatusCodes.Status202Accepted);
        });

        taxii.MapGet("/{root}/collections/{id}/manifest/", IResult (string id, HttpContext http, StoreProvider stores) =>
            Read(http, stores, id, (store, access) =>
            {
                var query = TaxiiFilter.Parse(Parameter(http), access.Collection.Id, allowIdAndType: true, StixVersionFilter.Last) with { WithoutContent = true };
                var page = store.QueryStixObjects(query);
                return Paged(page, "objects", o => new JsonObject
                {
                    ["id"] = o.Object.Id,
                    ["date_added"] = o.DateAdded,
                    ["version"] = VersionOf(o),
                    ["media_type"] = TaxiiMediaTypes.Stix,
                });
            }));

        taxii.MapGet("/{root}/collections/{id}/objects/{objectId}/", IResult (string id, string objectId, HttpContext http, StoreProvider stores) =>
            Read(http, stores, id, (store, access) =>
            {
                var query = TaxiiFilter.Parse(Parameter(http), access.Collection.Id, allowIdAndType: false, StixVersionFilter.Last) with { Ids = [objectId] };
                var page = store.QueryStixObjects(query);
                return page.Objects.Count == 0 && query.After is null ? NoObject(objectId) : (IResult)Envelope(page);
            }));

        taxii.MapDelete("/{root}/collections/{id}/objects/{objectId}/", IResult (string id, string objectId, HttpContext http, StoreProvider stores) =>
        {
            using var store = stores.Open();
            if (Find(store, http, id) is not { } access)
            {
                return NoCollection(id);
            }

            if (!access.CanRead || !access.CanWrite)
            {
                return TaxiiResult.Error(StatusCodes.Status403Forbidden, "Forbidden", "Deleting needs both read and write access to the collection.");
            }

            var query = TaxiiFilter.Parse(Parameter(http), access.Collection.Id, allowIdAndType: false, StixVersionFilter.Every) with
            {
                Ids = [objectId],
                Limit = TaxiiFilter.MaxLimit,
                WithoutContent = true,
            };
            var doomed = store.QueryStixObjects(query).Objects;
            if (doomed.Count == 0)
            {
                return NoObject(objectId);
            }

            store.DeleteStixObjects([.. doomed.Select(o => o.Sequence)], $"{http.User.Analyst()}@{http.User.Organisation()}");
            return Results.Ok();
        });

        taxii.MapGet("/{root}/collections/{id}/objects/{objectId}/versions/", IResult (string id, string objectId, HttpContext http, StoreProvider stores) =>
            Read(http, stores, id, (store, access) =>
            {
                if (http.Request.Query.ContainsKey("match[version]"))
                {
                    throw new TaxiiFilterException("match[version] does not apply to a list of versions");
                }

                var query = TaxiiFilter.Parse(Parameter(http), access.Collection.Id, allowIdAndType: false, StixVersionFilter.Every) with
                {
                    Ids = [objectId],
                    WithoutContent = true,
                };
                var page = store.QueryStixObjects(query);
                return page.Objects.Count == 0 && query.After is null
                    ? NoObject(objectId)
                    : (IResult)Paged(page, "versions", o => JsonValue.Create(VersionOf(o)));
            }));
    }

    private static IResult Read(HttpContext http, StoreProvider stores, string id, Func<IEventStore, CollectionAccess, IResult> answer)
    {
        using var store = stores.Open();
        if (Find(store, http, id) is not { } access)
        {
            return NoCollection(id);
        }

        if (!access.CanRead)
        {
            return TaxiiResult.Error(StatusCodes.Status403Forbidden, "Forbidden", "You may add to this collection but not read it.");
        }

        AuditTrail.Read(store, http.User, $"taxii/{access.Collection.Alias}{http.Request.QueryString}", access.Collection.Tlp, "TAXII");
        return answer(store, access);
    }

    private static IReadOnlyList<CollectionAccess> Collections(IEventStore store, HttpContext http) =>
        TaxiiCollections.For(store, http.User.Organisation(), http.User.IsInRole(Role.Analyst.ToWireName()));

    private static CollectionAccess? Find(IEventStore store, HttpContext http, string id) =>
        TaxiiCollections.Find(store, http.User.Organisation(), http.User.IsInRole(Role.Analyst.ToWireName()), id);

    private static JsonObject Describe(CollectionAccess access) => new()
    {
        ["id"] = access.Collection.Id,
        ["title"] = access.Collection.Title,
        ["description"] = access.Collection.Description,
        ["alias"] = access.Collection.Alias,
        ["can_read"] = access.CanRead,
        ["can_write"] = access.CanWrite,
        ["media_types"] = new JsonArray(TaxiiMediaTypes.Stix),
    };

    /// <summary>A page of objects as an envelope, written straight from the stored JSON without parsing it again.</summary>
    private static TaxiiResult Envelope(StixObjectPage page) => new(StatusCodes.Status200OK, writer =>
    {
        writer.WriteStartObject();
        writer.WriteBoolean("more", page.More);
        if (page.More)
        {
            writer.WriteString("next", TaxiiFilter.EncodeNext(page.Objects[^1]));
        }

        if (page.Objects.Count > 0)
        {
            writer.WriteStartArray("objects");
            foreach (var o in page.Objects)
            {
                writer.WriteRawValue(o.Object.Json, skipInputValidation: true);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }, DateHeaders(page));

    private static TaxiiResult Paged(StixObjectPage page, string listName, Func<StoredStixObject, JsonNode?> item)
    {
        var body = new JsonObject { ["more"] = page.More };
        if (page.More)
        {
            body["next"] = TaxiiFilter.EncodeNext(page.Objects[^1]);
        }

        if (page.Objects.Count > 0)
        {
            body[listName] = new JsonArray([.. page.Objects.Select(item)]);
        }

        return TaxiiResult.Json(body, headers: DateHeaders(page));
    }

    private static Dictionary<string, string>? DateHeaders(StixObjectPage page) => page.Objects.Count == 0
        ? null
        : new Dictionary<string, string>
        {
            ["X-TAXII-Date-Added-First"] = page.Objects[0].DateAdded,
            ["X-TAXII-Date-Added-Last"] = page.Objects[^1].DateAdded,
        };

    // Objects without a modified or created time (cyber observables) are versioned by when they were added.
    private static string VersionOf(StoredStixObject o) => o.Object.Version.Length > 0 ? o.Object.Version : o.DateAdded;

    private static Func<string, string?> Parameter(HttpContext http) =>
        name => http.Request.Query.TryGetValue(name, out var values) ? values.ToString() : null;

    private static string RootUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/taxii2/{ApiRoot}/";

    private static TaxiiResult NoCollection(string id) =>
        TaxiiResult.Error(StatusCodes.Status404NotFound, "No such collection", $"There is no collection {id} that you may use.");

    private static TaxiiResult NoObject(string id) =>
        TaxiiResult.Error(StatusCodes.Status404NotFound, "No such object", $"The collection has no object {id} that matches.");
}
