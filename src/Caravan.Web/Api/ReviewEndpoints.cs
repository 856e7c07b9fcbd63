using System.Text.Json;
using Caravan.Core.Documents;
using Caravan.Core.Review;
using Caravan.Storage;
using Caravan.Storage.Export;
using Caravan.Web.Accounts;
using Caravan.Web.Review;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Api;

/// <summary>One event, its history, and analysts' decisions: confirm, edit, reject, add by hand.</summary>
public static class ReviewEndpoints
{
    /// <summary>A decision; for an edit, <c>event</c> holds the fields to change, in the shape GET /api/events/{id} gives (all of it may be sent back).</summary>
    public sealed record ReviewRequest(string? Action, JsonElement? Event, string? Note);

    public sealed record NewEvent(string? Document, JsonElement? Event);

    public static void MapReview(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/events/{id:long}", (long id, StoreProvider stores, HttpContext context) =>
        {
            using var store = stores.Open();
            if (store.GetEvent(id) is not { } found)
            {
                return NoEvent(id);
            }

            AuditTrail.Read(store, context.User, $"event/{id}", found.Marking.Tlp, "api");
            return Results.Json(EventJson.ToJson(found));
        }).WithName("GetEvent").WithSummary("One event, with its review state");

        routes.MapGet("/api/events/{id:long}/history", (long id, StoreProvider stores) =>
        {
            using var store = stores.Open();
            return store.GetEvent(id) is null
                ? NoEvent(id)
                : Results.Json(store.EventHistory(id).Select(Revision));
        }).WithName("GetEventHistory").WithSummary("Who changed the event, when, and what it was before and after");

        routes.MapPost("/api/events/{id:long}/review", (long id, ReviewRequest? body, StoreProvider stores, HttpContext context) =>
        {
            if (!ReviewActions.TryParse(body?.Action, out var action) || action == ReviewAction.Add)
            {
                return Results.Problem(statusCode: 400, title: "Unknown review action", detail: "\"action\" must be confirm, edit, reject or reopen.");
            }

            using var store = stores.Open();
            if (store.GetEvent(id) is not { } current)
            {
                return NoEvent(id);
            }

            var edited = current.Event;
            if (action == ReviewAction.Edit)
            {
                var (form, patchError) = EventPatch.Apply(EventForm.From(current.Event), body!.Event ?? EmptyObject, JsonSerializer.SerializeToElement(EventJson.ToJson(current)));
                var (parsed, error) = form is null ? (null, patchError) : form.ToEvent(current.Event);
                if (error is not null)
                {
                    return Invalid(error);
                }

                edited = parsed!;
            }

            var after = store.ReviewEvent(id, action, edited, context.User.Analyst(), body!.Note);
            return Results.Json(EventJson.ToJson(after));
        }).RequireAuthorization(CaravanServer.AnalystPolicy).WithName("ReviewEvent").WithSummary("Confirm, edit or reject an extracted event");

        routes.MapPost("/api/events", (NewEvent? body, StoreProvider stores, HttpContext context) =>
        {
            using var store = stores.Open();
            if (body?.Document is not { Length: > 0 } reference)
            {
                return Results.Problem(statusCode: 400, title: "No document", detail: "\"document\" must name a stored document.");
            }

            if (store.FindDocument(reference) is not { } document)
            {
                return Results.Problem(statusCode: 404, title: "No such document", detail: $"There is no document '{reference}'.");
            }

            var (form, patchError) = EventPatch.Apply(new EventForm(), body.Event ?? EmptyObject, null);
            var (added, error) = form is null ? (null, patchError) : form.ToEvent(null);
            if (error is not null)
            {
                return Invalid(error);
            }

            var start = document.Document.Text.IndexOf(added!.Evidence, StringComparison.Ordinal);
            var stored = store.AddEvent(document.Document.Id, added with { EvidenceStart = Math.Max(start, 0) }, context.User.Analyst(), form!.Note);
            return Results.Created($"/api/events/{stored.Id}", EventJson.ToJson(stored));
        }).RequireAuthorization(CaravanServer.AnalystPolicy).WithName("AddEvent").WithSummary("Add an event the extractor missed, by hand");
    }

    internal static object Revision(EventRevision r) => new
    {
        id = r.Id,
        @event = r.EventId,
        action = r.Action.ToWireName(),
        analyst = r.Analyst,
        at = r.At,
        note = r.Note,
        before = r.Before is null ? (System.Text.Json.JsonElement?)null : System.Text.Json.JsonDocument.Parse(r.Before).RootElement,
        after = System.Text.Json.JsonDocument.Parse(r.After).RootElement,
    };

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;

    private static IResult NoEvent(long id) => Results.Problem(statusCode: 404, title: "No such event", detail: $"There is no event {id}.");

    private static IResult Invalid(FieldError error) =>
        Results.Problem(statusCode: 400, title: $"Invalid field '{error.Field}'", detail: error.Message);
}
