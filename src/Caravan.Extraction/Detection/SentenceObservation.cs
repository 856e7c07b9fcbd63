using Caravan.Core.Events;
using Caravan.Extraction.Model;

namespace Caravan.Extraction.Detection;

/// <summary>
/// What the event model sees of one sentence: its features, the candidate types (each proposed by a trigger of the
/// lexicon, a CAMEO verb or the hand-written rules) with where their word stands and what is known of it alone, and
/// what the rules would have chosen.
/// </summary>
public sealed record SentenceObservation(
    Sentence Sentence,
    IReadOnlyList<string> Features,
    IReadOnlyList<EventCandidateCue> Candidates,
    IReadOnlyList<(EventType Type, int At)> RuleChoice)
{
    /// <summary>The features as the model's indices, made without their names where the sentence is only extracted from.</summary>
    public List<int>? Indices { get; init; }
}

/// <summary>A type a sentence may report, the token its word stands at, and the features of that word alone (the rules chose it, it is negated, ...).</summary>
public sealed record EventCandidateCue(EventType Type, int At, IReadOnlyList<string> Features)
{
    /// <summary>The features as the model's indices, made without their names where the sentence is only extracted from.</summary>
    public List<int>? Indices { get; init; }
}
