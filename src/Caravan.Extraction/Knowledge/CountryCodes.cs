using Caravan.Core.Entities;

namespace Caravan.Extraction.Knowledge;

/// <summary>
/// What an analyst types for a country, as its ISO code: "KG", "kg", "Kyrgyzstan", "Kyrgyz Republic", "Kirghizia"
/// (the names and aliases of data/lexicon/countries.tsv). Filters and forms of every host take the same spellings.
/// </summary>
public static class CountryCodes
{
    public static string? Of(string typed) => Of(typed, KnowledgeBase.Default);

    /// <summary>The name a reader knows a country by: "Kyrgyzstan" for "KG"; a code the lexicon lacks stays as it is.</summary>
    public static string NameOf(string code) => KnowledgeBase.Default.CountryName(code.ToUpperInvariant()) ?? code;

    public static string? Of(string typed, KnowledgeBase knowledge)
    {
        var text = typed.Trim();
        if (knowledge.Find(text) is { Type: EntityType.Gpe, Place.Kind: Model.PlaceKind.Country, Country: { } named })
        {
            return named;
        }

        // A two-letter code is taken when some country of the lexicon has it; "XX" is not a country.
        var code = text.ToUpperInvariant();
        return code.Length == 2 && knowledge.IsCountryCode(code) ? code : null;
    }
}
