using Caravan.Core.Events;

namespace Caravan.Core.Evaluation;

/// <summary>Why an event did not pair.</summary>
public enum EventErrorClass
{
    /// <summary>A gold event whose sentence no prediction shares (word overlap below the scorer's threshold).</summary>
    MissedSentence,

    /// <summary>A gold event whose sentence has predictions, none of its family.</summary>
    WrongFamily,

    /// <summary>A gold event whose sentence has predictions of its family, all with a date that contradicts gold's.</summary>
    DateContradicts,

    /// <summary>A gold event whose sentence has a prediction of its family and a compatible date: the country differs, or that prediction paired with another gold event.</summary>
    CountryDiffersOrTaken,

    /// <summary>A prediction on no gold sentence, of a family told before with a compatible date: a retelling.</summary>
    Repeat,

    /// <summary>A prediction on no gold sentence that repeats nothing before it.</summary>
    OtherSpurious,

    /// <summary>A prediction on a gold sentence that did not pair with it (the gold side names why).</summary>
    OnGoldSentence,
}

/// <summary>Counts of unpaired events by <see cref="EventErrorClass"/>, and of pairs whose date is not gold's.</summary>
public readonly record struct EventErrors(
    int MissedSentences,
    int WrongFamily,
    int DateContradicts,
    int CountryDiffers,
    int Repeats,
    int OtherSpurious,
    int MatchedLessPreciseDate)
{
    public static EventErrors operator +(EventErrors a, EventErrors b) => new(
        a.MissedSentences + b.MissedSentences,
        a.WrongFamily + b.WrongFamily,
        a.DateContradicts + b.DateContradicts,
        a.CountryDiffers + b.CountryDiffers,
        a.Repeats + b.Repeats,
        a.OtherSpurious + b.OtherSpurious,
        a.MatchedLessPreciseDate + b.MatchedLessPreciseDate);

    public static EventErrors Of(IReadOnlyList<ExtractedEvent> gold, IReadOnlyList<ExtractedEvent> predicted, IReadOnlyList<(ExtractedEvent Gold, ExtractedEvent Predicted)> pairs)
    {
        var classes = Classify(gold, predicted, pairs).Select(c => c.Class).ToList();
        return new EventErrors(
            classes.Count(c => c == EventErrorClass.MissedSentence),
            classes.Count(c => c == EventErrorClass.WrongFamily),
            classes.Count(c => c == EventErrorClass.DateContradicts),
            classes.Count(c => c == EventErrorClass.CountryDiffersOrTaken),
            classes.Count(c => c == EventErrorClass.Repeat),
            classes.Count(c => c == EventErrorClass.OtherSpurious),
            pairs.Count(p => p.Gold.Date is { } g && p.Predicted.Date?.ToString() != g.ToString()));
    }

    /// <summary>Every unpaired gold and predicted event with the class of its error, gold first, each in its list's order.</summary>
    public static IEnumerable<(EventErrorClass Class, ExtractedEvent Event, bool IsGold)> Classify(
        IReadOnlyList<ExtractedEvent> gold, IReadOnlyList<ExtractedEvent> predicted, IReadOnlyList<(ExtractedEvent Gold, ExtractedEvent Predicted)> pairs)
    {
        var matchedGold = pairs.Select(p => p.Gold).ToHashSet(ReferenceEqualityComparer.Instance);
        var matchedPredicted = pairs.Select(p => p.Predicted).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var g in gold.Where(g => !matchedGold.Contains(g)))
        {
            var sameSentence = predicted.Where(p => SameSentence(g, p)).ToList();
            var sameFamily = sameSentence.Where(p => p.Type.Family() == g.Type.Family()).ToList();
            yield return (sameSentence.Count == 0 ? EventErrorClass.MissedSentence
                : sameFamily.Count == 0 ? EventErrorClass.WrongFamily
                : sameFamily.All(p => g.Date is { } a && p.Date is { } b && !a.AgreesWith(b)) ? EventErrorClass.DateContradicts
                : EventErrorClass.CountryDiffersOrTaken, g, true);
        }

        for (var i = 0; i < predicted.Count; i++)
        {
            var p = predicted[i];
            if (matchedPredicted.Contains(p))
            {
                continue;
            }

            if (gold.Any(g => SameSentence(g, p)))
            {
                yield return (EventErrorClass.OnGoldSentence, p, false);
                continue;
            }

            var repeats = predicted.Take(i).Any(e => e.Type.Family() == p.Type.Family() && (e.Date is null || p.Date is null || e.Date.Value.AgreesWith(p.Date.Value)));
            yield return (repeats ? EventErrorClass.Repeat : EventErrorClass.OtherSpurious, p, false);
        }
    }

    private static bool SameSentence(ExtractedEvent a, ExtractedEvent b) =>
        ExtractionScorer.TokenJaccard(a.Evidence, b.Evidence) >= ExtractionScorer.EvidenceOverlapThreshold;
}
