using Caravan.Core.Dates;
using Caravan.Core.Events;
using Caravan.Extraction.Model;
using Caravan.Extraction.Stages;

namespace Caravan.Extraction.Detection;

/// <summary>How a sentence's detail stands to what its family was told with before: none given, one told before, or new.</summary>
public enum Novelty
{
    None,
    Same,
    New,
}

/// <summary>What a sentence's date, places and counts add to a family told before it: "the attack" with no new detail retells, "killing four" more is news.</summary>
public readonly record struct FamilyNovelty(Novelty Date, Novelty Place, Novelty Count);

/// <summary>
/// The details (dates, places, casualty counts) each event family has been told with so far in a report, read in
/// order: whether a sentence of a family told before brings a date, place or count not told with it is what tells a
/// new happening ("Later the group attacked another border post in Pulgon, killing two") from a retelling ("the attack").
/// </summary>
public sealed class ToldDetails
{
    private readonly Dictionary<EventFamily, (List<PartialDate> Dates, HashSet<string> Places, HashSet<int> Counts)> told = [];

    /// <summary>The details of one sentence: its dates, the places it names, its casualty counts.</summary>
    public sealed record Details(IReadOnlyList<PartialDate> Dates, IReadOnlySet<string> Places, IReadOnlySet<int> Counts)
    {
        public static Details Of(DocumentDraft draft, Sentence sentence)
        {
            var (killed, injured, _) = draft.Casualties[sentence.Index];
            var counts = new HashSet<int>();
            foreach (var count in (ReadOnlySpan<int?>)[killed, injured])
            {
                if (count is { } n)
                {
                    counts.Add(n);
                }
            }

            return new Details(
                [.. draft.DatesIn(sentence.Index).Select(d => d.Date)],
                draft.MentionsIn(sentence.Index).Where(m => m.Place is not null && !m.IsDemonym).Select(m => m.EntityName ?? m.Text).ToHashSet(StringComparer.Ordinal),
                counts);
        }
    }

    /// <summary>How the sentence's details stand to those its family was told with, or null if the family was not told before.</summary>
    public FamilyNovelty? Compare(EventFamily family, Details sentence) =>
        told.TryGetValue(family, out var before)
            ? new FamilyNovelty(
                sentence.Dates.Count == 0 ? Novelty.None : sentence.Dates.Any(d => before.Dates.Any(b => b.AgreesWith(d))) ? Novelty.Same : Novelty.New,
                sentence.Places.Count == 0 ? Novelty.None : before.Places.Overlaps(sentence.Places) ? Novelty.Same : Novelty.New,
                sentence.Counts.Count == 0 ? Novelty.None : before.Counts.Overlaps(sentence.Counts) ? Novelty.Same : Novelty.New)
            : null;

    /// <summary>For each of the families, told before, what the sentence adds to them.</summary>
    public Dictionary<EventFamily, FamilyNovelty> Compare(IEnumerable<EventFamily> families, Details sentence)
    {
        var novelties = new Dictionary<EventFamily, FamilyNovelty>();
        foreach (var family in families)
        {
            if (Compare(family, sentence) is { } novelty)
            {
                novelties[family] = novelty;
            }
        }

        return novelties;
    }

    /// <summary>Adds the sentence's details to those of each family it tells.</summary>
    public void Remember(IEnumerable<EventFamily> families, Details sentence)
    {
        foreach (var family in families)
        {
            if (!told.TryGetValue(family, out var details))
            {
                told[family] = details = ([], new HashSet<string>(StringComparer.Ordinal), []);
            }

            details.Dates.AddRange(sentence.Dates);
            details.Places.UnionWith(sentence.Places);
            details.Counts.UnionWith(sentence.Counts);
        }
    }
}
