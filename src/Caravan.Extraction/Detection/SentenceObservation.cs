using Caravan.Core.Events;
using Caravan.Extraction.Model;

namespace Caravan.Extraction.Detection;

/// <summary>
/// What the event model sees of one sentence: its features, where a word of each type stands (a trigger of the
/// lexicon or a CAMEO verb), and what the hand-written rules would have chosen.
/// </summary>
public sealed record SentenceObservation(
    Sentence Sentence,
    IReadOnlyList<string> Features,
    IReadOnlyDictionary<EventType, int> Positions,
    IReadOnlyList<(EventType Type, int At)> RuleChoice);
