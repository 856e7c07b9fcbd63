using System.Text.RegularExpressions;
using Caravan.Core.Entities;
using Caravan.Core.Text;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Model;
using Caravan.Extraction.Pipeline;

namespace Caravan.Extraction.Stages;

/// <summary>
/// Groups the mentions of one document into entities: lexicon names under their canonical form,
/// a surname under the full name said before ("Kamilov" is "Abdulaziz Kamilov"), an acronym under the name
/// it abbreviates, "Defense Ministry" under "Kyrgyz Defense Ministry", a demonym under its country.
/// </summary>
public sealed partial class EntityResolver(KnowledgeBase knowledge) : IExtractionStage
{
    private static readonly HashSet<string> AlsoKnownAs = new(StringComparer.Ordinal) { "also known as", "aka", "a.k.a.", "better known as", "known as", "alias" };

    public DocumentDraft Apply(DocumentDraft draft)
    {
        if (draft.CreditLines.Count > 0)
        {
            // The outlet named in a credit line credits the report; it takes part in nothing the report tells.
            draft = draft with { Mentions = [.. draft.Mentions.Where(m => !draft.CreditLines.Any(c => m.Start >= c.Start && m.End <= c.End))] };
        }

        var groups = new List<EntityGroup>();
        var byKey = new Dictionary<string, EntityGroup>(StringComparer.Ordinal);
        var groupOf = new EntityGroup[draft.Mentions.Count];
        var persons = new PersonIndex(draft.Mentions.Where(m => m.Type == EntityType.Person && m.Canonical is null && m.Text.Contains(' ', StringComparison.Ordinal)));

        for (var i = 0; i < draft.Mentions.Count; i++)
        {
            var mention = draft.Mentions[i];
            var (key, name, type) = Identify(mention, persons);
            if (type == EntityType.Person && knowledge.Official(name) is { } official)
            {
                name = official; // the curated spelling of a known official
            }

            if (!byKey.ContainsKey(key) && i > 0 && IsAlsoKnownAs(draft, draft.Mentions[i - 1], mention, type))
            {
                byKey[key] = groupOf[i - 1]; // "Abdullo Rahimov, also known as Mullo Abdullo": one man, two names
            }

            if (!byKey.TryGetValue(key, out var group))
            {
                group = new EntityGroup(name, type, mention.Country ?? mention.Place?.Country);
                byKey[key] = group;
                groups.Add(group);
            }
            else if (name.Length > group.Name.Length && mention.Canonical is null && type == EntityType.Person && knowledge.Official(group.Name) is null)
            {
                group.Name = name;
            }

            group.Aliases.Add(mention.Text);
            if (type is EntityType.Org or EntityType.ArmedGroup && mention.Canonical is null && StripCountryPrefix(mention) is var bare && bare != mention.Text && bare.Contains(' ', StringComparison.Ordinal))
            {
                group.Aliases.Add(bare); // "Tajikistan's Interior Ministry" is also named "Interior Ministry", as later sentences call it
            }

            if (type is EntityType.Org or EntityType.ArmedGroup && mention.Canonical is null && OfCountry().Match(mention.Text) is { Success: true } of && knowledge.Find(of.Groups["country"].Value) is { Type: EntityType.Gpe })
            {
                group.Aliases.Add(of.Groups["body"].Value); // "State National Security Committee of Kyrgyzstan": "State National Security Committee"
            }
            group.Country ??= mention.Country ?? (type == EntityType.Person ? knowledge.OfficialCountry(group.Name) ?? CountryBefore(draft.Mentions, i) : CountryNamedIn(group.Name));
            groupOf[i] = group;
        }

        AddOutlet(draft, groups);
        var survivor = JoinSharedNames(groups);
        for (var i = 0; i < groupOf.Length; i++)
        {
            groupOf[i] = survivor.GetValueOrDefault(groupOf[i], groupOf[i]);
        }

        var entities = groups
            .Where(g => !survivor.ContainsKey(g))
            .Select(g => new Entity(g.Name, g.Type, [.. g.Aliases]) { Country = g.Country })
            .ToList();
        var mentions = draft.Mentions.Select((m, i) => m with { EntityName = groupOf[i].Name, Type = groupOf[i].Type, Country = m.Country ?? groupOf[i].Country }).ToList();
        return draft with { Mentions = mentions, Entities = entities };
    }

    private (string Key, string Name, EntityType Type) Identify(Mention mention, PersonIndex persons)
    {
        if (mention.Canonical is { } canonical)
        {
            var lexicon = knowledge.Find(canonical);
            var type = lexicon?.Type ?? mention.Type;
            // A region the disambiguator moved to another country ("Badakhshan" of Afghanistan, not Tajikistan's) keeps that region's name.
            var name = mention.Place is { Kind: PlaceKind.Admin1 } region && region.Country != lexicon?.Country ? region.Name : lexicon?.Canonical ?? canonical;
            return (type is EntityType.Org or EntityType.ArmedGroup ? OrganisationKey(name, type) : Prefix(type) + Gazetteer.Key(name), name, type);
        }

        var core = StripCountryPrefix(mention);
        var words = core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 || mention.Type == EntityType.Person)
        {
            var surname = NameFolding.Fold(words[^1]);
            var full = persons.WithSurname(surname).FirstOrDefault(p => p.Start != mention.Start && p.Text.Length > mention.Text.Length)
                ?? (words.Length == 1 ? persons.WithFirstName(surname).FirstOrDefault() : null);
            if (full is not null)
            {
                return ("P:" + NameFolding.Fold(LastWord(full.Text)), full.Text, EntityType.Person);
            }

            if (mention.Type == EntityType.Person || NameCues.HasSurnameEnding(words[^1]))
            {
                return ("P:" + NameFolding.Fold(words[^1]), mention.Text, EntityType.Person);
            }
        }

        var key = mention.Type is EntityType.Org or EntityType.ArmedGroup ? OrganisationKey(core, mention.Type) : Prefix(mention.Type) + NameFolding.Fold(core);
        return (key, mention.Text, mention.Type);
    }

    /// <summary>
    /// One key for the ways a body is written: "Uzbekistan's State Security Service", the acronym "(SGB)" given
    /// that name, and the lexicon's "State Security Service (Uzbekistan)".
    /// </summary>
    private string OrganisationKey(string name, EntityType type)
    {
        var open = name.LastIndexOf(" (", StringComparison.Ordinal);
        var bare = open > 0 && name.EndsWith(')') ? name[..open] : name;
        var space = bare.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && knowledge.Find(WithoutPossessive(bare[..space])) is { Type: EntityType.Gpe })
        {
            bare = bare[(space + 1)..];
        }

        return Prefix(type) + NameFolding.Fold(bare);
    }

    private static string WithoutPossessive(string word) =>
        word.Replace("’s", string.Empty, StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal);

    private static bool IsAlsoKnownAs(DocumentDraft draft, Mention first, Mention second, EntityType type) =>
        first.SentenceIndex == second.SentenceIndex && first.End < second.Start
        && (first.Type == type || (first.Type is EntityType.Org or EntityType.ArmedGroup && type is EntityType.Org or EntityType.ArmedGroup))
        && AlsoKnownAs.Contains(draft.Text[first.End..second.Start].Trim(' ', ',', '(', '“', '"').ToLowerInvariant());

    /// <summary>"Islamic Renaissance Party of Tajikistan": a body that carries its country in its name.</summary>
    private string? CountryNamedIn(string name)
    {
        if (!name.Contains(" of ", StringComparison.Ordinal) && !name.EndsWith(')'))
        {
            return null;
        }

        var last = name[(name.LastIndexOf(' ') + 1)..].Trim('(', ')');
        return knowledge.Find(last) is { Type: EntityType.Gpe, Place.Kind: PlaceKind.Country } country ? country.Country : null;
    }

    /// <summary>"Kazakhstan's President Nursultan Nazarbayev", "Kyrgyz Internal Affairs Minister Aitbaev": the country of an official.</summary>
    private static string? CountryBefore(IReadOnlyList<Mention> mentions, int index)
    {
        var person = mentions[index];
        for (var k = index - 1; k >= 0 && mentions[k].SentenceIndex == person.SentenceIndex; k--)
        {
            var before = mentions[k];
            if (person.Start - before.End > 40)
            {
                break;
            }

            if (before.Place?.Kind == PlaceKind.Country)
            {
                return before.Country;
            }
        }

        return null;
    }

    private string StripCountryPrefix(Mention mention)
    {
        var text = mention.Text;
        if (mention.Country is null)
        {
            return text;
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && knowledge.Find(WithoutPossessive(text[..space])) is { Type: EntityType.Gpe })
        {
            return text[(space + 1)..];
        }

        return text;
    }

    private static string Prefix(EntityType type) => type switch
    {
        EntityType.Person => "P:",
        EntityType.Gpe or EntityType.Loc => "G:",
        _ => "O:",
    };

    private static string LastWord(string text) => text[(text.LastIndexOf(' ') + 1)..];

    private static string FirstWord(string text) => text.Split(' ')[0];

    /// <summary>
    /// Entities that still share a name after grouping are one ("Collective Security Treaty Organization" and "the
    /// Russia-led Collective Security Treaty Organization", both "CSTO"): the later joins the earlier. People are not
    /// joined by a shared name (two Rahmons may be father and son), but a "person" named only as a place or body named
    /// elsewhere in the report is that place or body, misread.
    /// </summary>
    private static Dictionary<EntityGroup, EntityGroup> JoinSharedNames(List<EntityGroup> groups)
    {
        var joined = new Dictionary<EntityGroup, EntityGroup>();
        var keys = groups.Select(g => g.Aliases.Append(g.Name).Select(NameFolding.FoldAdministrative).ToHashSet(StringComparer.Ordinal)).ToList();
        for (var later = 1; later < groups.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                if (joined.ContainsKey(groups[earlier]) || !keys[earlier].Overlaps(keys[later]) || !Joinable(groups[earlier], keys[earlier], groups[later], keys[later]))
                {
                    continue;
                }

                var (into, from) = groups[later].Type == EntityType.Person ? (earlier, later) : groups[earlier].Type == EntityType.Person ? (later, earlier) : (earlier, later);
                groups[into].Aliases.UnionWith(groups[from].Aliases);
                groups[into].Country ??= groups[from].Country;
                keys[into].UnionWith(keys[from]);
                joined[groups[from]] = groups[into];
                foreach (var member in joined.Where(j => j.Value == groups[from]).Select(j => j.Key).ToList())
                {
                    joined[member] = groups[into];
                }

                if (from == later)
                {
                    break;
                }
            }
        }

        return joined;
    }

    private static bool Joinable(EntityGroup a, HashSet<string> aKeys, EntityGroup b, HashSet<string> bKeys) => (a.Type, b.Type) switch
    {
        (EntityType.Person, EntityType.Person) => false,
        (EntityType.Person, _) => aKeys.IsSubsetOf(bKeys),
        (_, EntityType.Person) => bKeys.IsSubsetOf(aKeys),
        _ => true,
    };

    private static void AddOutlet(DocumentDraft draft, List<EntityGroup> groups)
    {
        // An outlet known only from a credit line credits the report and is no entity of it; one from a dateline or a notice is kept.
        if (draft.Metadata.Outlet is { } outlet && draft.CreditLines.Count == 0)
        {
            var bare = outlet.Contains('(', StringComparison.Ordinal) ? outlet[..outlet.IndexOf('(', StringComparison.Ordinal)].Trim() : outlet;
            if (!groups.Any(g => g.Aliases.Contains(bare) || g.Name == bare))
            {
                var group = new EntityGroup(bare, EntityType.Org, null);
                group.Aliases.Add(bare);
                groups.Add(group);
            }
        }
    }

    /// <summary>
    /// The document's full person names by folded surname and first name, in order of mention: a lookup per
    /// mention instead of a scan of every name (a 5 MB text has thousands of both).
    /// </summary>
    private sealed class PersonIndex
    {
        private readonly ILookup<string, Mention> bySurname;
        private readonly ILookup<string, Mention> byFirstName;

        public PersonIndex(IEnumerable<Mention> persons)
        {
            var list = persons.ToList();
            bySurname = list.ToLookup(p => NameFolding.Fold(LastWord(p.Text)), StringComparer.Ordinal);
            byFirstName = list.ToLookup(p => NameFolding.Fold(FirstWord(p.Text)), StringComparer.Ordinal);
        }

        public IEnumerable<Mention> WithSurname(string folded) => bySurname[folded];

        public IEnumerable<Mention> WithFirstName(string folded) => byFirstName[folded];
    }

    private sealed class EntityGroup(string name, EntityType type, string? country)
    {
        public string Name { get; set; } = name;
        public EntityType Type { get; } = type;
        public string? Country { get; set; } = country;
        public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^(?<body>.+?\s\S+)\s+of\s+(?:the\s+)?(?<country>(?:Republic\s+of\s+)?[A-Z][a-z]+(?:stan)?)$", RegexOptions.None, 250)]
    private static partial Regex OfCountry();
}
