namespace Caravan.Core.Audit;

/// <summary>One thing that happened: who, of which organisation, did what to which object, and when.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string? Organisation, string Action, string? Object, string? Detail)
{
    public long Id { get; init; }

    /// <summary>The hash of the entry before this one ("" for the first).</summary>
    public string Previous { get; init; } = "";

    public string Hash { get; init; } = "";
}
