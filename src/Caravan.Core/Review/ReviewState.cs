namespace Caravan.Core.Review;

/// <summary>
/// Where an event stands with the analysts. Only <see cref="Machine"/> events belong to the extractor: every
/// other state is a human decision that re-extraction keeps.
/// </summary>
public enum ReviewState
{
    Machine,
    Confirmed,
    Edited,
    Rejected,
    Manual,
}

public static class ReviewStates
{
    public static string ToWireName(this ReviewState state) => WireEnum.Name(state);

    public static bool TryParse(string? text, out ReviewState state) => WireEnum.TryParse(text, out state);

    public static bool IsHumanDecision(this ReviewState state) => state != ReviewState.Machine;

    public static IReadOnlyList<ReviewState> All { get; } = WireEnum.All<ReviewState>();
}
