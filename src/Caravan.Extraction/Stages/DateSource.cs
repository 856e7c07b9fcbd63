namespace Caravan.Extraction.Stages;

/// <summary>Where an event's date came from; only a date of its own sentence can prove two reports are one.</summary>
public enum DateSource
{
    None,
    OwnSentence,
    /// <summary>The date the narrative was at, one or two sentences before in the same paragraph.</summary>
    Narrative,
    /// <summary>The date of the event the report covers (the conference where a plan was presented).</summary>
    ReportedEvent,
    /// <summary>The publication year, for statements said "recently".</summary>
    Publication,
    /// <summary>The dateline's day ("DUSHANBE, Oct 9 (Reuters) -"): the day of the report, which its lead often tells, unless a later sentence dates the happening.</summary>
    Dateline,
}
