using System.Collections.Frozen;

namespace Caravan.Extraction.Knowledge;

/// <summary>
/// Head nouns that tell what a capitalised name is: "... Ministry" is an organisation, "... Pass" a place,
/// "... Conference" an event and "... Plan" a document, neither of which is an entity here.
/// </summary>
internal static class NameCues
{
    public static readonly FrozenSet<string> Organisation = CueWords.Set("name.organisation", ignoreCase: true);

    public static readonly FrozenSet<string> ArmedGroup = CueWords.Set("name.armed-group", ignoreCase: true);

    public static readonly FrozenSet<string> ArmedGroupMarkers = CueWords.Set("name.armed-group-marker", ignoreCase: true);

    public static readonly FrozenSet<string> Location = CueWords.Set("name.location", ignoreCase: true);

    /// <summary>Events, documents and programmes: named, but not entities of the gold taxonomy.</summary>
    public static readonly FrozenSet<string> NotAnEntity = CueWords.Set("name.not-an-entity", ignoreCase: true);

    /// <summary>Regional surname and patronymic endings (Russian, Uzbek, Kazakh, Kyrgyz, Tajik).</summary>
    private static readonly IReadOnlyList<string> SurnameEndings =
        CueWords.Words("name.surname-ending");

    public static bool HasSurnameEnding(string word) =>
        word.Length >= 5 && char.IsUpper(word[0]) && SurnameEndings.Any(ending => word.EndsWith(ending, StringComparison.Ordinal));
}
