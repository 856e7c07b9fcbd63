using Caravan.Core.Entities;
using Caravan.Core.Resolution;
using Caravan.Core.Text;
using Caravan.Extraction.Knowledge;

namespace Caravan.Extraction.Resolution;

/// <summary>
/// The merge decision of the knowledge base. Names fold across romanisations (NameFolding); curated tables
/// (lexicons, gazetteer variants, officials) give one canonical name to known variants; what remains is
/// compared per type: people by surname and first name, places by name and qualifier (a city is never its
/// region: "Osh city" is not "Osh Region", though bare "Osh" may be either), organisations without their
/// country's demonym. Similarity thresholds come from the alias-pair set (tests/.../alias-pairs.tsv).
/// </summary>
public sealed class EntityMatcher(KnowledgeBase knowledge, double surnameThreshold = EntityMatcher.DefaultSurnameThreshold, double organisationThreshold = EntityMatcher.DefaultOrganisationThreshold) : IEntityMatcher
{
    /// <summary>Jaro-Winkler on folded surnames at or above which two people with compatible first names are one (bench: aliases).</summary>
    public const double DefaultSurnameThreshold = 0.94;

    /// <summary>Jaro-Winkler on folded names at or above which two organisations (same word count) are one (bench: aliases).</summary>
    public const double DefaultOrganisationThreshold = 0.96;

    private static readonly string[] CityWords = ["city", "town"];
    private static readonly string[] RegionWords = ["region", "province", "oblast", "oblys", "viloyati", "district"];

    public bool SameEntity(Entity a, Entity b)
    {
        if (Group(a.Type) != Group(b.Type) || (a.Country is not null && b.Country is not null && a.Country != b.Country))
        {
            return false;
        }

        var canonicalA = Canonical(a);
        var canonicalB = Canonical(b);
        if (canonicalA is not null && canonicalB is not null)
        {
            return canonicalA == canonicalB;
        }

        return Group(a.Type) switch
        {
            'P' => SamePerson(canonicalA ?? a.Name, canonicalB ?? b.Name),
            'G' => SamePlace(a.Name, b.Name),
            _ => SameOrganisation(canonicalA ?? a.Name, canonicalB ?? b.Name),
        };
    }

    public IEnumerable<string> CandidateKeys(Entity entity)
    {
        var group = Group(entity.Type);
        foreach (var name in entity.Aliases.Append(entity.Name).Distinct(StringComparer.Ordinal))
        {
            if (Canonical(entity with { Name = name, Aliases = [] }) is { } canonical)
            {
                yield return group + "=" + NameFolding.Fold(canonical);
            }

            var words = Words(name);
            if (words.Length == 0)
            {
                continue;
            }

            var capitals = words.Where(w => w.Length > 0 && char.IsUpper(w[0])).ToList();
            if (group == 'O' && capitals.Count >= 2)
            {
                yield return "O:" + NameFolding.Fold(string.Concat(capitals.Select(w => w[0]))); // so "MBU" meets "Muslim Board of Uzbekistan"
            }

            yield return group switch
            {
                'P' => "P:" + NameFolding.Fold(words[^1]),
                'G' => "G:" + NameFolding.Fold(string.Join(' ', words.Where(w => !IsQualifier(w)))),
                _ => "O:" + NameFolding.Fold(string.Join(' ', StripCountry(words))),
            };
        }
    }

    /// <summary>The curated canonical name of the entity, if any of its names is known.</summary>
    private string? Canonical(Entity entity)
    {
        foreach (var name in entity.Aliases.Prepend(entity.Name))
        {
            if (knowledge.Find(name) is { } entry && Group(entry.Type) == Group(entity.Type) && !entry.IsDemonym)
            {
                return entry.Canonical;
            }

            if (entity.Type == EntityType.Person && knowledge.Official(name) is { } official)
            {
                return official;
            }
        }

        return null;
    }

    private bool SamePerson(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        if (NameFolding.Fold(a) == NameFolding.Fold(b))
        {
            return true;
        }

        var surnames = JaroWinkler.Similarity(NameFolding.Fold(x[^1]), NameFolding.Fold(y[^1]));
        if (surnames < surnameThreshold)
        {
            return false;
        }

        // "Nazarbaev" alone is the Nazarbayev of the other name; two given names must agree or be initials.
        if (x.Length == 1 || y.Length == 1)
        {
            return true;
        }

        var first = NameFolding.Fold(x[0]);
        var other = NameFolding.Fold(y[0]);
        return first == other || (first.Length == 1 && other.StartsWith(first, StringComparison.Ordinal)) || (other.Length == 1 && first.StartsWith(other, StringComparison.Ordinal))
            || JaroWinkler.Similarity(first, other) >= surnameThreshold;
    }

    private static bool SamePlace(string a, string b)
    {
        var (baseA, qualifierA) = SplitQualifier(a);
        var (baseB, qualifierB) = SplitQualifier(b);
        var qualifiersAgree = qualifierA == qualifierB || qualifierA == 'n' || qualifierB == 'n';
        return qualifiersAgree && NameFolding.Fold(baseA) == NameFolding.Fold(baseB);
    }

    private bool SameOrganisation(string a, string b)
    {
        var x = StripCountry(Words(a));
        var y = StripCountry(Words(b));
        var foldedX = NameFolding.Fold(string.Join(' ', x));
        var foldedY = NameFolding.Fold(string.Join(' ', y));
        if (foldedX == foldedY)
        {
            return true;
        }

        if (IsAcronymOf(a, y) || IsAcronymOf(b, x))
        {
            return true;
        }

        return x.Length == y.Length && x.Length > 1 && JaroWinkler.Similarity(foldedX, foldedY) >= organisationThreshold;
    }

    private static bool IsAcronymOf(string acronym, string[] words)
    {
        if (acronym.Length < 2 || !acronym.All(char.IsUpper) || words.Length < 2)
        {
            return false;
        }

        var initials = string.Concat(words.Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
        return initials == acronym;
    }

    private string[] StripCountry(string[] words)
    {
        var list = words.ToList();
        if (list.Count > 1 && knowledge.Find(list[0]) is { Place.Kind: Model.PlaceKind.Country })
        {
            list.RemoveAt(0);
        }

        if (list.Count > 1 && list[0] is "’s" or "'s")
        {
            list.RemoveAt(0);
        }

        if (list.Count > 1 && list[^1].StartsWith('(') && list[^1].EndsWith(')'))
        {
            list.RemoveAt(list.Count - 1);
        }

        return [.. list];
    }

    private static (string Base, char Qualifier) SplitQualifier(string name)
    {
        var words = Words(name).ToList();
        var qualifier = 'n';
        if (words.Count > 1 && CityWords.Contains(words[^1].ToLowerInvariant()))
        {
            qualifier = 'c';
            words.RemoveAt(words.Count - 1);
        }
        else if (words.Count > 1 && RegionWords.Contains(words[^1].ToLowerInvariant()))
        {
            qualifier = 'r';
            words.RemoveAt(words.Count - 1);
        }

        return (string.Join(' ', words), qualifier);
    }

    private static bool IsQualifier(string word) =>
        CityWords.Contains(word.ToLowerInvariant()) || RegionWords.Contains(word.ToLowerInvariant());

    private static string[] Words(string name) =>
        name.Replace("’s", " ’s", StringComparison.Ordinal).Replace("'s", " 's", StringComparison.Ordinal)
            .Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);

    private static char Group(EntityType type) => type switch
    {
        EntityType.Person => 'P',
        EntityType.Gpe or EntityType.Loc => 'G',
        _ => 'O',
    };
}
