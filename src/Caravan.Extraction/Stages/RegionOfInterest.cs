using System.Collections.Frozen;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Model;
using Caravan.Extraction.Pipeline;

namespace Caravan.Extraction.Stages;

/// <summary>
/// Keeps the events that happened in the region the network monitors (data/lexicon/region-of-interest.tsv) or
/// that no sentence placed; an event a report places elsewhere ("the recent train bombings in Madrid") is
/// background to it.
/// </summary>
public sealed class RegionOfInterest : IExtractionStage
{
    private static readonly Lazy<FrozenSet<string>> Countries = new(() =>
        DataFiles.ReadRows("lexicon/region-of-interest.tsv").Select(row => row.Column(0)).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Whether the network monitors what happens in the country (ISO2).</summary>
    public static bool Covers(string country) => Countries.Value.Contains(country);

    public DocumentDraft Apply(DocumentDraft draft) =>
        draft with { Events = [.. draft.Events.Where(e => e.Place.Country is not { } country || Covers(country))] };
}
