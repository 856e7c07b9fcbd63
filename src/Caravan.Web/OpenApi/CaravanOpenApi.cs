using System.Text.Json.Nodes;
using Caravan.Core.Events;
using Caravan.Core.Review;
using Caravan.Storage;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Caravan.Web.OpenApi;

/// <summary>
/// What the generated OpenAPI document cannot see in endpoints that read their filters from the query and write
/// their JSON themselves: the two security schemes (an API key, HTTP Basic), the event filters as query
/// parameters, and the event and page schemas of the answers.
/// </summary>
public static class CaravanOpenApi
{
    public const string ApiKey = "apiKey";
    public const string Basic = "basic";
    public const string EventSchema = "Event";
    public const string EventPageSchema = "EventPage";
    public const string ProblemSchema = "Problem";

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Caravan API";
            document.Info.Description = "Events extracted from security reports, with their evidence, review state and marking; documents, entities and search. Authenticate with an API key (X-Api-Key or Authorization: Bearer) or HTTP Basic.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "X-Api-Key",
                Description = "A key made with `caravan users key NAME`; also accepted as `Authorization: Bearer KEY`.",
            };
            document.Components.SecuritySchemes[Basic] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "basic",
                Description = "A user's name and password.",
            };
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas[EventSchema] = Schemas.Event();
            document.Components.Schemas[EventPageSchema] = Schemas.Page(new OpenApiSchemaReference(EventSchema, document));
            document.Components.Schemas[ProblemSchema] = Schemas.Problem();
            document.Security = [Requirement(ApiKey, document), Requirement(Basic, document)];
            return Task.CompletedTask;
        });

        options.AddOperationTransformer((operation, context, _) =>
        {
            var name = context.Description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Routing.IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
            if (name is "ListEvents" or "ExportEvents")
            {
                operation.Parameters ??= [];
                foreach (var parameter in EventFilters())
                {
                    if (!operation.Parameters.Any(p => p.Name == parameter.Name))
                    {
                        operation.Parameters.Add(parameter);
                    }
                }

                operation.Responses ??= [];
                operation.Responses["400"] = Response("A filter is wrong; the problem names it.", "application/problem+json", new OpenApiSchemaReference(ProblemSchema, context.Document));
                operation.Responses["401"] = new OpenApiResponse { Description = "No valid credentials." };
            }

            if (name == "ListEvents")
            {
                operation.Responses!["200"] = Response("One page of events.", "application/json", new OpenApiSchemaReference(EventPageSchema, context.Document));
            }

            return Task.CompletedTask;
        });
    }

    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiDocument document) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };

    private static OpenApiResponse Response(string description, string mediaType, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { [mediaType] = new OpenApiMediaType { Schema = schema } },
    };

    /// <summary>The filters every host reads with <see cref="EventQueryParser"/>, named and explained once here.</summary>
    private static IEnumerable<OpenApiParameter> EventFilters()
    {
        OpenApiParameter Query(string name, string description, OpenApiSchema schema) => new() { Name = name, In = ParameterLocation.Query, Description = description, Schema = schema };
        var text = new OpenApiSchema { Type = JsonSchemaType.String };
        yield return Query("country", "Country where the event happened: ISO code or name (\"KG\", \"Kyrgyzstan\", \"Kyrgyz Republic\").", text);
        yield return Query("admin1", "First-level region, by English name (\"Batken\").", text);
        yield return Query("type", "Event type.", Schemas.Enumeration(EventTypes.All.Select(t => t.ToWireName())));
        yield return Query("since", "Earliest date: YYYY, YYYY-MM or YYYY-MM-DD.", new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$" });
        yield return Query("until", "Latest date: YYYY, YYYY-MM or YYYY-MM-DD.", new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$" });
        yield return Query("actor", "Part of an actor's or target's name.", text);
        yield return Query("text", "Part of the evidence sentence or the place.", text);
        yield return Query("review", "Review state; without it, every state but rejected.", Schemas.Enumeration(ReviewStates.All.Select(s => s.ToWireName())));
        yield return Query("document", "Events of one document, by its id.", text);
        yield return Query("sort", "Order of the events.", Schemas.Enumeration(EventQueryParser.Sorts.Keys));
        yield return Query("limit", $"Page size, 1 to {EventQueryParser.MaxPageSize}.", new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = EventQueryParser.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture), Default = JsonValue.Create(100) });
        yield return Query("offset", "Events to skip.", new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "0", Default = JsonValue.Create(0) });
    }
}
