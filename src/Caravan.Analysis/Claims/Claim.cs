using Caravan.Core.Dates;

namespace Caravan.Analysis.Claims;

/// <summary>What a statement does: says something is so, warns of something to come, denies, or confirms.</summary>
public enum Stance
{
    Asserts,
    Warns,
    Denies,
    Confirms,
}

/// <summary>
/// A statement in a report: who made it, in what office and for which organisation, where it was reported,
/// when, its stance, what it says (the evidence sentence), the hedges that soften it, and what it is about.
/// </summary>
public sealed record Claim(
    long EventId,
    string DocumentId,
    string? Speaker,
    string? SpeakerRole,
    string? Organisation,
    string? Outlet,
    PartialDate? Date,
    Stance Stance,
    string Content,
    IReadOnlyList<string> Hedges,
    IReadOnlyList<string> Topics);

/// <summary>How one statement or event bears on a claim.</summary>
public enum ClaimRelation
{
    /// <summary>A denial of the claim.</summary>
    Denies,

    /// <summary>A later event that bore the warning out.</summary>
    Confirms,

    /// <summary>A later event that contradicts the denial.</summary>
    Refutes,
}

/// <summary>An edge of the picture: <see cref="From"/> (a claim or an event) bears on the claim <see cref="To"/>, and why.</summary>
public sealed record ClaimLink(long From, long To, ClaimRelation Relation, string Why);

public sealed record ClaimPicture(IReadOnlyList<Claim> Claims, IReadOnlyList<ClaimLink> Links);
