using Caravan.Core.Dates;
using Caravan.Core.Places;

namespace Caravan.Core.Events;

/// <summary>A typed event with its participants, time, place, counts and the sentence that reports it.</summary>
public sealed record ExtractedEvent
{
    public required EventType Type { get; init; }
    public PartialDate? Date { get; init; }
    public PartialDate? DateEnd { get; init; }
    public PlaceReference Place { get; init; } = PlaceReference.Unknown;
    public IReadOnlyList<string> Actors { get; init; } = [];
    public IReadOnlyList<string> Targets { get; init; } = [];
    public int? Fatalities { get; init; }
    public int? Injured { get; init; }
    public int? Arrested { get; init; }
    public required string Evidence { get; init; }

    /// <summary>Character offset of the evidence sentence in the normalised document text.</summary>
    public int EvidenceStart { get; init; }

    /// <summary>Extraction confidence in [0, 1].</summary>
    public double Confidence { get; init; } = 0.5;
}
