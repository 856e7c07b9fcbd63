namespace Caravan.Core.Review;

/// <summary>What an analyst does to an event in the review queue.</summary>
public enum ReviewAction
{
    Confirm,
    Edit,
    Reject,
    Add,

    /// <summary>Takes back a confirmation or rejection: the event waits in the queue again (the decision stays in its history).</summary>
    Reopen,
}

public static class ReviewActions
{
    public static string ToWireName(this ReviewAction action) => WireEnum.Name(action);

    public static bool TryParse(string? text, out ReviewAction action) => WireEnum.TryParse(text, out action);

    /// <summary>The state an event is left in by the action.</summary>
    public static ReviewState Outcome(this ReviewAction action) => action switch
    {
        ReviewAction.Confirm => ReviewState.Confirmed,
        ReviewAction.Edit => ReviewState.Edited,
        ReviewAction.Reject => ReviewState.Rejected,
        ReviewAction.Reopen => ReviewState.Machine,
        _ => ReviewState.Manual,
    };
}
