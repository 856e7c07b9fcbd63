using System.Collections.Frozen;
using System.Globalization;
using Caravan.Core.Entities;
using Caravan.Core.Text;
using Caravan.Extraction.Model;

namespace Caravan.Extraction.Knowledge;

/// <summary>
/// Places of the region from GeoNames (data/gazetteer, CC BY 4.0), with first-level regions under their
/// conventional English names and a curated table of variant spellings.
/// </summary>
public sealed class Gazetteer
{
    // Small villages share names with common words and surnames; below this a place must be an admin seat.
    private const long MinimumPopulation = 15_000;

    private static readonly FrozenSet<string> FunctionWords = CueWords.Set("name.function-word", ignoreCase: true);

    private readonly Dictionary<string, string> admin1Names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlaceInfo> admin1ByCode = new(StringComparer.Ordinal);
    private readonly List<LexiconEntry> entries = [];

    public Gazetteer()
    {
        LoadAdmin1();
        LoadPlaces();
    }

    /// <summary>Surface forms of cities and first-level regions, for the mention lexicon.</summary>
    public IReadOnlyList<LexiconEntry> Entries => entries;

    public string? Admin1Name(string? code) => code is not null && admin1Names.TryGetValue(code, out var name) ? name : null;

    public PlaceInfo? Admin1(string code) => admin1ByCode.GetValueOrDefault(code);

    private void LoadAdmin1()
    {
        foreach (var row in DataFiles.ReadRows("gazetteer/admin1.tsv"))
        {
            var code = row.Column(0);
            admin1Names[code] = StripAdministrativeWord(row.Column(1));
        }

        var english = new List<(string Code, string Name, string[] Variants)>();
        foreach (var row in DataFiles.ReadRows("gazetteer/admin1-english.tsv"))
        {
            admin1Names[row.Column(0)] = row.Column(1);
            english.Add((row.Column(0), row.Column(1), row.Aliases(2)));
        }

        foreach (var (code, name, variants) in english)
        {
            var country = code[..2];
            var place = new PlaceInfo(name, country, code, name, null, null, PlaceKind.Admin1, 0);
            admin1ByCode[code] = place;
            foreach (var surface in variants.Prepend(name))
            {
                entries.Add(new LexiconEntry(surface, name, EntityType.Gpe, country) { Place = place, Rank = 50 });
            }
        }
    }

    private void LoadPlaces()
    {
        var byName = new Dictionary<(string Name, string Country), PlaceInfo>();
        var extracted = DataFiles.ReadRows("gazetteer/places.tsv").Select(row => (Row: row, Curated: false));
        var curated = DataFiles.ReadRows("gazetteer/places-extra.tsv").Select(row => (Row: row, Curated: true));
        foreach (var (row, isCurated) in extracted.Concat(curated))
        {
            var feature = row.Column(4);
            var population = long.TryParse(row.Column(7), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
            var isSeat = feature is "PPLC" or "PPLA";
            if ((!isSeat && !isCurated && population < MinimumPopulation) || FunctionWords.Contains(row.Column(1)))
            {
                continue;
            }

            var admin1Code = row.Column(5);
            var place = new PlaceInfo(
                StripSettlementWord(row.Column(1)),
                row.Column(3),
                admin1Code,
                Admin1Name(admin1Code),
                double.Parse(row.Column(8), CultureInfo.InvariantCulture),
                double.Parse(row.Column(9), CultureInfo.InvariantCulture),
                PlaceKind.City,
                population);
            var rank = feature == "PPLC" ? 10 : isSeat ? 20 : 30;
            entries.Add(new LexiconEntry(place.Name, place.Name, EntityType.Gpe, place.Country) { Place = place, Rank = rank - (int)Math.Min(9, Math.Log10(population + 1)) });
            byName.TryAdd((place.Name, place.Country), place);
            if (isSeat && admin1ByCode.TryGetValue(admin1Code, out var region) && region.Latitude is null)
            {
                // A region is drawn at its administrative seat.
                admin1ByCode[admin1Code] = region with { Latitude = place.Latitude, Longitude = place.Longitude };
            }
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Place is { Kind: PlaceKind.Admin1, Admin1Code: { } code } && admin1ByCode.TryGetValue(code, out var located))
            {
                entries[i] = entries[i] with { Place = located };
            }
        }

        foreach (var row in DataFiles.ReadRows("gazetteer/variants.tsv"))
        {
            var conventional = row.Column(0);
            if (!byName.TryGetValue((row.Column(1), row.Column(2)), out var place))
            {
                throw new InvalidOperationException($"gazetteer/variants.tsv names '{row.Column(1)}' in {row.Column(2)}, which the gazetteer does not have.");
            }

            var renamed = place with { Name = conventional };
            foreach (var surface in row.Aliases(3).Prepend(conventional))
            {
                entries.Add(new LexiconEntry(surface, conventional, EntityType.Gpe, place.Country) { Place = renamed, Rank = -1 });
            }
        }
    }

    // GeoNames names Uzbek towns as their own registers do, "Urgut Shahri" (city) or "Zomin Shaharchasi" (town); reports say "Urgut".
    internal static string StripSettlementWord(string name)
    {
        foreach (var suffix in (ReadOnlySpan<string>)[" Shahri", " Shaharchasi", " Qishlog’i", " Qishlog'i"])
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    internal static string StripAdministrativeWord(string name)
    {
        foreach (var suffix in new[] { " Region", " Province", " Oblast", " Oblisi", " oblast", " region", " province" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    /// <summary>The fold used for place names: administrative words are not part of a place's identity here.</summary>
    public static string Key(string name) => NameFolding.FoldAdministrative(name);
}
