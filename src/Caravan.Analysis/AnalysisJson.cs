using System.Text.Json.Nodes;
using Caravan.Analysis.Claims;
using Caravan.Analysis.Commitments;

namespace Caravan.Analysis;

/// <summary>Commitments and claims as JSON for the CLI and the API, with snake_case names like every other export.</summary>
public static class AnalysisJson
{
    public static JsonObject Commitment(Commitment c) => new()
    {
        ["key"] = c.Key,
        ["title"] = c.Title,
        ["proposer"] = c.Proposer,
        ["parties"] = new JsonArray([.. c.Parties.Select(p => (JsonNode)p)]),
        ["first_seen"] = c.FirstSeen?.ToString(),
        ["status"] = c.Status.ToWireName(),
        ["ruling"] = c.Decision is { } d ? new JsonObject { ["status"] = d.Status.ToWireName(), ["analyst"] = d.Analyst, ["at"] = d.At.ToString("O"), ["note"] = d.Note } : null,
        ["timeline"] = new JsonArray([.. c.Timeline.Select(m => (JsonNode)new JsonObject
        {
            ["event_id"] = m.EventId,
            ["document_id"] = m.DocumentId,
            ["outlet"] = m.Outlet,
            ["date"] = m.Date?.ToString(),
            ["status"] = m.Status.ToWireName(),
            ["evidence"] = m.Evidence,
        })]),
    };

    public static JsonObject Claims(ClaimPicture picture) => new()
    {
        ["claims"] = new JsonArray([.. picture.Claims.Select(c => (JsonNode)new JsonObject
        {
            ["event_id"] = c.EventId,
            ["document_id"] = c.DocumentId,
            ["speaker"] = c.Speaker,
            ["speaker_role"] = c.SpeakerRole,
            ["organisation"] = c.Organisation,
            ["outlet"] = c.Outlet,
            ["date"] = c.Date?.ToString(),
            ["stance"] = c.Stance.ToString().ToLowerInvariant(),
            ["content"] = c.Content,
            ["hedges"] = new JsonArray([.. c.Hedges.Select(h => (JsonNode)h)]),
        })]),
        ["links"] = new JsonArray([.. picture.Links.Select(l => (JsonNode)new JsonObject
        {
            ["from_event_id"] = l.From,
            ["to_event_id"] = l.To,
            ["relation"] = l.Relation.ToString().ToLowerInvariant(),
            ["why"] = l.Why,
        })]),
    };
}
