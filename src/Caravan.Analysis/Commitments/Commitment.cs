using Caravan.Core.Dates;

namespace Caravan.Analysis.Commitments;

/// <summary>Where a commitment stands, from first proposal to the end of its road.</summary>
public enum CommitmentStatus
{
    Proposed,
    Agreed,
    InProgress,
    Implemented,
    Stalled,
    Abandoned,
}

public static class CommitmentStatuses
{
    public static string ToWireName(this CommitmentStatus status) => status switch
    {
        CommitmentStatus.InProgress => "in_progress",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? text, out CommitmentStatus status)
    {
        status = CommitmentStatus.Proposed;
        var match = Enum.GetValues<CommitmentStatus>().Where(s => string.Equals(s.ToWireName(), text?.Trim().Replace(' ', '_').Replace('-', '_'), StringComparison.OrdinalIgnoreCase)).ToList();
        if (match.Count == 0)
        {
            return false;
        }

        status = match[0];
        return true;
    }
}

/// <summary>
/// One report of a commitment: the event it was extracted as (none for a later sentence that only names it),
/// where and when, what it said the status was, and the sentence.
/// </summary>
public sealed record CommitmentMention(long? EventId, string DocumentId, string? Outlet, PartialDate? Date, CommitmentStatus Status, string Evidence);

/// <summary>An analyst's ruling on a commitment's status, which outranks what the reports suggest.</summary>
public sealed record CommitmentDecision(string Key, CommitmentStatus Status, string Analyst, DateTimeOffset At, string? Note);

/// <summary>
/// A tracked commitment: what was promised (title), by whom, with whom, when it was first seen, where it
/// stands, and every report of it in order.
/// </summary>
public sealed record Commitment(string Key, string Title, string? Proposer, IReadOnlyList<string> Parties, PartialDate? FirstSeen, CommitmentStatus Status, IReadOnlyList<CommitmentMention> Timeline)
{
    public CommitmentDecision? Decision { get; init; }
}
