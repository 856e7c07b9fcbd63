using System.Text.RegularExpressions;
using Caravan.Core.Entities;
using Caravan.Core.Events;
using Caravan.Core.Text;

namespace Caravan.Extraction.Knowledge;

/// <summary>
/// Everything the pipeline knows before it reads a document: lexicons of countries, armed groups,
/// organisations and regions, the gazetteer, person titles, common words and event triggers.
/// Loaded once from the data files shipped in the assembly; immutable and shared by every document.
/// </summary>
public sealed partial class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Shared = new(() => new KnowledgeBase());

    private readonly Dictionary<string, LexiconEntry> byFold = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> officials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> countryNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> officialCountries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Model.PlaceInfo>> samePlaceName = new(StringComparer.Ordinal);

    private KnowledgeBase()
    {
        Gazetteer = new Gazetteer();
        LoadCountries();
        LoadNamed("lexicon/armed-groups.tsv", EntityType.ArmedGroup, rank: 1, countryColumn: null);
        LoadNamed("lexicon/organisations.tsv", EntityType.Org, rank: 2, countryColumn: 1);
        LoadNamed("lexicon/regions.tsv", EntityType.Loc, rank: 3, countryColumn: null);
        foreach (var entry in Gazetteer.Entries)
        {
            Add(entry);
        }

        foreach (var row in DataFiles.ReadRows("lexicon/officials.tsv"))
        {
            officialCountries.TryAdd(row.Column(0), row.Column(1));
            foreach (var spelling in row.Aliases(2).Prepend(row.Column(0)))
            {
                officials.TryAdd(NameFolding.Fold(spelling), row.Column(0));
            }
        }

        CommonWords = [.. DataFiles.ReadWords("lexicon/common-words.tsv")];
        NonEntities = new HashSet<string>(DataFiles.ReadWords("lexicon/non-entities.tsv"), StringComparer.Ordinal);
        Titles = [.. DataFiles.ReadWords("lexicon/titles.tsv")];
        Triggers = [.. DataFiles.ReadRows("lexicon/event-triggers.tsv").Select(ParseTrigger)];
        TriggerIndex = new TriggerIndex(Triggers);
        MaxEntryTokens = byFold.Values.Max(e => e.Surface.Count(c => c == ' ') + 1);
    }

    public static KnowledgeBase Default => Shared.Value;

    public Gazetteer Gazetteer { get; }

    /// <summary>Lower-case words common in English news; a capitalised one is a sentence start or a heading, not a name.</summary>
    public HashSet<string> CommonWords { get; }

    public HashSet<string> NonEntities { get; }

    /// <summary>A word that is no name by itself, also when a dateline or headline prints it in capitals ("JUNE 14").</summary>
    public bool IsNonEntity(string word) =>
        NonEntities.Contains(word)
        || (word.Length > 1 && word.All(char.IsUpper) && NonEntities.Contains(string.Concat(word[..1], word[1..].ToLowerInvariant())));

    public HashSet<string> Titles { get; }

    public IReadOnlyList<EventTrigger> Triggers { get; }

    public TriggerIndex TriggerIndex { get; }

    public int MaxEntryTokens { get; }

    /// <summary>Every known surface form (the best entry where several fold alike).</summary>
    public IEnumerable<LexiconEntry> Entries => byFold.Values;

    /// <summary>The entry a surface form names, honouring case for short acronyms.</summary>
    public LexiconEntry? Find(string surface)
    {
        if (!byFold.TryGetValue(NameFolding.Fold(surface), out var entry))
        {
            return null;
        }

        // "U.S" is the "U.S." of the lexicon with its last full stop taken as the sentence's or split off by the tokenizer.
        return entry.CaseSensitive && !string.Equals(entry.Surface.TrimEnd('.'), surface.TrimEnd('.'), StringComparison.Ordinal) ? null : entry;
    }

    /// <summary>The canonical name of a known official from any of the spellings in the curated table.</summary>
    public string? Official(string name) => officials.GetValueOrDefault(NameFolding.Fold(name));

    /// <summary>The country (ISO2) a known official serves, by canonical name.</summary>
    public string? OfficialCountry(string canonical) => officialCountries.GetValueOrDefault(canonical);

    /// <summary>Whether a country of the lexicon has this ISO 3166-1 alpha-2 code ("KG").</summary>
    public bool IsCountryCode(string code) => countryNames.ContainsKey(code);

    /// <summary>The country's name for its ISO code ("KG" is Kyrgyzstan), or null for a code the lexicon does not have.</summary>
    public string? CountryName(string code) => countryNames.GetValueOrDefault(code);

    public bool IsCommonWord(string token) => CommonWords.Contains(token.ToLowerInvariant());

    [GeneratedRegex("(?:stan|ston|ia|iye)$", RegexOptions.None, 250)]
    private static partial Regex CountryNameEndings();

    private void LoadCountries()
    {
        foreach (var row in DataFiles.ReadRows("lexicon/countries.tsv"))
        {
            var iso = row.Column(0);
            var name = row.Column(1);
            countryNames.TryAdd(iso, name);
            var place = new Model.PlaceInfo(name, iso, null, null, null, null, Model.PlaceKind.Country, 0);
            Add(new LexiconEntry(name, name, EntityType.Gpe, iso) { Place = place, Rank = 0 });
            foreach (var alias in row.Aliases(2))
            {
                // "Japanese", "Russian", "Uzbekistani" are adjectives of people (contain the name or not); "Qazaqstan", "Kirghizia", "Türkiye" name the country.
                var isDemonym = !alias.Contains(' ', StringComparison.Ordinal) && alias != "Britain" && !CountryNameEndings().IsMatch(alias);
                Add(new LexiconEntry(alias, name, EntityType.Gpe, iso) { Place = place, Rank = 0, IsDemonym = isDemonym && !IsAcronym(alias) });
            }
        }
    }

    private void LoadNamed(string file, EntityType type, int rank, int? countryColumn)
    {
        foreach (var row in DataFiles.ReadRows(file))
        {
            var canonical = row.Column(0);
            var country = countryColumn is { } c && row.Column(c).Length == 2 ? row.Column(c) : null;
            var aliases = row.Aliases(countryColumn is null ? 1 : 2);
            foreach (var surface in aliases.Prepend(canonical))
            {
                Add(new LexiconEntry(surface, canonical, type, country) { Rank = rank });
            }
        }
    }

    /// <summary>Every city the gazetteer has under a name, when more than one country has one of that name.</summary>
    public IReadOnlyList<Model.PlaceInfo> PlacesNamed(string surface) =>
        (samePlaceName.TryGetValue(NameFolding.Fold(surface), out var places) || samePlaceName.TryGetValue(NameFolding.Fold(Gazetteer.StripAdministrativeWord(surface)), out places))
        && places.Select(p => p.Country).Distinct().Count() > 1 ? places : [];

    private void Add(LexiconEntry entry)
    {
        var key = NameFolding.Fold(entry.Surface);
        if (entry.Place is { Kind: Model.PlaceKind.City or Model.PlaceKind.Admin1 } city)
        {
            if (!samePlaceName.TryGetValue(key, out var places))
            {
                places = [];
                samePlaceName[key] = places;
            }

            places.Add(city);
        }

        var keyed = entry with { CaseSensitive = IsAcronym(entry.Surface) && entry.Surface.Length <= 5 };
        if (!byFold.TryGetValue(key, out var existing) || keyed.Rank < existing.Rank)
        {
            byFold[key] = keyed;
        }
    }

    private static bool IsAcronym(string surface) =>
        surface.Length >= 2 && surface.All(c => char.IsUpper(c) || c is '.' or '/' or '-' || char.IsDigit(c));

    private static EventTrigger ParseTrigger(string[] row)
    {
        var type = EventTypes.Parse(row.Column(0));
        var words = row.Column(1).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new EventTrigger(type, words, row.Aliases(2));
    }
}
