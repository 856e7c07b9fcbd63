namespace Caravan.Storage;

/// <summary>Orders for an event list; each breaks ties by event id so pages never overlap.</summary>
public enum EventSort
{
    /// <summary>Oldest first; undated events last.</summary>
    Date,

    /// <summary>Newest first; undated events last.</summary>
    DateDescending,

    /// <summary>Most killed first.</summary>
    Fatalities,

    /// <summary>Least confident first: what the review queue should show an analyst first.</summary>
    Confidence,

    /// <summary>By country code, then date.</summary>
    Country,

    /// <summary>By event type, then date.</summary>
    Type,

    /// <summary>In the order the events were stored.</summary>
    Stored,
}
