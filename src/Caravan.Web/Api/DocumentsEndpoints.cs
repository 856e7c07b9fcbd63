using Caravan.Core.Entities;
using Caravan.Core.Sharing;
using Caravan.Web.Accounts;
using Caravan.Ingestion;
using Caravan.Ingestion.Sources;
using Caravan.Storage;
using Caravan.Storage.Export;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Api;

/// <summary>POST /api/documents (paste a text to ingest) and GET /api/documents/{reference}.</summary>
public static class DocumentsEndpoints
{
    public sealed record NewDocument(string? Text, string? FileName, string? Tlp);

    public static void MapDocuments(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/documents", (NewDocument? body, StoreProvider stores, IngestorFactory ingestors, ServerLimits limits, HttpContext context) =>
        {
            if (body?.Text is not { Length: > 0 } text || string.IsNullOrWhiteSpace(text))
            {
                return Results.Problem(statusCode: 400, title: "No text", detail: "The body must be JSON with a non-empty \"text\" field.");
            }

            if (limits.TooLong(text))
            {
                return Results.Problem(statusCode: 413, title: "Text too long",
                    detail: $"A document may have at most {limits.MaxDocumentSize} of text (caravan serve --max-document-mb); split it or ask the administrator to raise the limit.");
            }

            Tlp? tlp = null;
            if (body.Tlp is not null)
            {
                if (!Tlps.TryParse(body.Tlp, out var parsed))
                {
                    return Results.Problem(statusCode: 400, title: "Unknown marking", detail: $"\"tlp\" is clear, green, amber, amber+strict or red, not '{body.Tlp}'.");
                }

                tlp = parsed;
            }

            var fileName = SourceReader.SafeFileName(body.FileName, "pasted.txt");
            using var store = stores.Open();
            var outcome = ingestors.Create(store, context.User.Organisation(), tlp).IngestText(fileName, text, "api:" + fileName);
            return outcome.Status switch
            {
                IngestStatus.Added => Results.Created($"/api/documents/{outcome.DocumentId}", new { id = outcome.DocumentId, status = "added", events = outcome.Events }),
                IngestStatus.AlreadyPresent => Results.Ok(new { id = outcome.DocumentId, status = "already_present", events = 0, note = outcome.Note }),
                _ => Results.Problem(statusCode: 400, title: "Not ingested", detail: outcome.Reason),
            };
        }).RequireAuthorization(CaravanServer.AnalystPolicy).WithName("IngestDocument").WithSummary("Ingest a pasted text: extract, store, link entities");

        routes.MapGet("/api/documents", (int? limit, int? offset, StoreProvider stores) =>
        {
            if (limit is < 1 or > EventQueryParser.MaxPageSize || offset is < 0)
            {
                return Results.Problem(statusCode: 400, title: "Invalid paging", detail: $"'limit' must be from 1 to {EventQueryParser.MaxPageSize} and 'offset' not negative.");
            }

            using var store = stores.Open();
            return Results.Json(store.ListDocuments(limit ?? 100, offset ?? 0).Select(Summary));
        }).WithName("ListDocuments").WithSummary("Documents, newest ingested first, in pages");

        routes.MapGet("/api/documents/{reference}", (string reference, StoreProvider stores, HttpContext context) =>
        {
            using var store = stores.Open();
            StoredDocument? found;
            try
            {
                found = store.FindDocument(reference);
            }
            catch (StoreException e)
            {
                return Results.Problem(statusCode: 400, title: "Ambiguous document reference", detail: e.Message);
            }

            if (found is null)
            {
                return Results.Problem(statusCode: 404, title: "No such document", detail: $"No document '{reference}'.");
            }

            var d = found.Document;
            AuditTrail.Read(store, context.User, "document/" + d.Id.Value, d.Marking.Tlp, "api");
            return Results.Json(new
            {
                id = d.Id.Value,
                tlp = d.Marking.Tlp.ToWireName(),
                owner = d.Marking.Owner,
                origin = d.Origin,
                received = d.ReceivedFrom is { } r ? new { from = r.Source, at = r.At, stated_owner = r.StatedOwner } : null,
                file = d.FileName,
                source = d.SourcePath,
                title = d.Metadata.Title,
                outlet = d.Metadata.Outlet,
                published = d.Metadata.Published?.ToString(),
                ingested_at = d.IngestedAt,
                text = d.Text,
                entities = found.Entities.Select(e => new { name = e.Name, type = e.Type.ToWireName(), country = e.Country, aliases = e.Aliases }),
                events = found.Events.Select(e => EventJson.ToJson(e)),
            });
        }).WithName("GetDocument").WithSummary("A document with its text, entities and events");
    }

    internal static object Summary(DocumentSummary d) => new
    {
        id = d.Id,
        file = d.FileName,
        title = d.Title,
        outlet = d.Outlet,
        published = d.Published,
        ingested_at = d.IngestedAt,
        events = d.Events,
    };
}
