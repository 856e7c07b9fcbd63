using Caravan.Core.Entities;
using Caravan.Core.Events;
using Caravan.Core.Places;
using Caravan.Extraction.Model;
using Caravan.Extraction.Pipeline;

namespace Caravan.Extraction.Stages;

/// <summary>
/// An event no sentence placed happened in the country the report is about, when one country has at least two fifths
/// of the report's country mentions (places and demonyms): "Government forces traded fire Tuesday with the
/// gunmen" in a report of Kyrgyz troops and Kyrgyz villages is in Kyrgyzstan. A report about several countries
/// places nothing this way; talks, visits and deals left unplaced stay nowhere, and a statement or proposal other
/// than a warning keeps the place its speaker gave it.
/// </summary>
public sealed class ReportCountry : IExtractionStage
{
    private const double DominantShare = 0.4;

    // ... and clearly more than the next: three Uzbek names against two Kazakh ones is a report about both.
    private const double LeadOverNext = 1.5;

    public DocumentDraft Apply(DocumentDraft draft)
    {
        if (Dominant(draft) is not { } country)
        {
            return draft;
        }

        return draft with { Events = [.. draft.Events.Select(e => e.Place.Country is null && !IsPlacedNowhere(e) && TakesTheReportsCountry(e) ? e with { Place = e.Place with { Country = country } } : e)] };
    }

    // A statement or proposal keeps the place its speaker gave it, or none; but a warning nobody placed ("the foreign
    // ministry once again voiced concern over instability") was given by the country the report is about, where a denial
    // as often answers from across the border. CV strict +0.003 on fold seeds 1-5 (with denials too, -0.003).
    private static bool TakesTheReportsCountry(ExtractedEvent e) => !e.Type.IsSaying() || e.Type == EventType.Warning;

    /// <summary>The country with at least two fifths of the report's country mentions (the most named, if two tie), if there is one.</summary>
    public static string? Dominant(DocumentDraft draft)
    {
        var counts = draft.Mentions
            .Where(m => m.Country is not null && m.Type is EntityType.Gpe or EntityType.Loc)
            .GroupBy(m => m.Country!, StringComparer.Ordinal)
            .Select(g => (Country: g.Key, Count: g.Count()))
            .OrderByDescending(p => p.Count)
            .ThenBy(p => p.Country, StringComparer.Ordinal)
            .ToList();
        return counts.Count > 0 && counts[0].Count >= DominantShare * counts.Sum(c => c.Count)
            && (counts.Count == 1 || counts[0].Count > LeadOverNext * counts[1].Count)
            ? counts[0].Country
            : null;
    }

    // Talks, visits and deals the extractor could not place stay nowhere: a phone call or video link, a deal between
    // two countries, or nothing named; the report's country is more often wrong for them than right.
    private static bool IsPlacedNowhere(ExtractedEvent e) => e.Type.Family() is EventFamily.Agreement or EventFamily.Diplomacy && e.Place.Precision == GeoPrecision.None;
}
