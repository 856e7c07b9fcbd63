using Caravan.Core.Events;

namespace Caravan.Extraction.Stages;

/// <summary>An event as the extractor first sees it, with what the consolidator needs to merge reports of one happening.</summary>
public sealed record EventCandidate(ExtractedEvent Event, int SentenceIndex, DateSource DateSource)
{
    /// <summary>Named with a definite article or demonstrative at all ("The agreement … was finalized on August 19").</summary>
    public bool IsDefinite { get; init; }

    /// <summary>A definite reference back with no date of its own, wherever its sentence places it ("the attack had been ordered by militants in Syria").</summary>
    public bool IsReference { get; init; }

    /// <summary>
    /// The event model is sure its sentence tells no new happening ("31 people died on the Kyrgyz side"): it joins the
    /// last happening of its family told before, adding its date, place and counts, where there is one.
    /// </summary>
    public bool RetellsOnly { get; init; }

    /// <summary>A candidate the model finds possible but unlikely: it joins a happening already told as a retelling does, but never stands as one.</summary>
    public bool JoinsOnly { get; init; }

    public bool DateFromOwnSentence => DateSource == DateSource.OwnSentence;
}
