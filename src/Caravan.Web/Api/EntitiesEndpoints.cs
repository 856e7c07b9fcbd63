using Caravan.Core.Entities;
using Caravan.Core.Resolution;
using Caravan.Storage;
using Caravan.Web.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Api;

/// <summary>GET /api/entities (search), GET /api/entities/{id}, POST /api/entities/{id}/merge.</summary>
public static class EntitiesEndpoints
{
    /// <summary>The entity to fold in, and why; who merged is the signed-in user.</summary>
    public sealed record MergeRequest(long Other, string? Note);

    public static void MapEntities(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/entities", (string? search, string? type, int? limit, StoreProvider stores) =>
        {
            EntityType? entityType = null;
            if (!string.IsNullOrEmpty(type))
            {
                if (!EntityTypes.TryParse(type, out var parsed))
                {
                    return Results.Problem(statusCode: 400, title: "Invalid query parameter 'type'", detail: $"'{type}' is not one of PERSON, ORG, ARMED_GROUP, GPE, LOC.");
                }

                entityType = parsed;
            }

            using var store = stores.Open();
            return Results.Json(store.SearchEntities(search, entityType, Math.Clamp(limit ?? 100, 1, 1000)).Select(ToJson));
        }).WithName("SearchEntities").WithSummary("Canonical entities whose name or alias contains the search text");

        routes.MapGet("/api/entities/{id:long}", (long id, StoreProvider stores) =>
        {
            using var store = stores.Open();
            return store.GetEntity(id) is { } entity ? Results.Json(ToJson(entity)) : Results.Problem(statusCode: 404, title: "No such entity", detail: $"No entity {id}.");
        }).WithName("GetEntity");

        routes.MapPost("/api/entities/{id:long}/merge", (long id, MergeRequest body, StoreProvider stores, HttpContext context) =>
        {
            using var store = stores.Open();
            long? missing = store.GetEntity(id) is null ? id : store.GetEntity(body.Other) is null ? body.Other : null;
            if (missing is not null)
            {
                return Results.Problem(statusCode: 404, title: "No such entity", detail: $"No entity {missing}.");
            }

            try
            {
                return Results.Json(ToJson(store.MergeEntities(id, body.Other, context.User.Analyst(), body.Note)));
            }
            catch (StoreException e) when (e is not WriteRefusedException)
            {
                return Results.Problem(statusCode: 400, title: "Cannot merge", detail: e.Message);
            }
        }).RequireAuthorization(CaravanServer.AnalystPolicy).WithName("MergeEntities").WithSummary("Fold another entity into this one; the decision is recorded");
    }

    private static object ToJson(KnownEntity e) =>
        new { id = e.Id, name = e.Name, type = e.Type.ToWireName(), country = e.Country, aliases = e.Aliases, documents = e.Documents };
}
