namespace Caravan.Core.Resolution;

/// <summary>An analyst's merge or split of knowledge-base entities; kept, and honoured by later ingests.</summary>
public sealed record EntityDecision(long Id, string Action, long EntityId, long OtherEntityId, string? Alias, string Analyst, DateTimeOffset At, string? Note);
