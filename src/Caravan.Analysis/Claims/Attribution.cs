using System.Text.RegularExpressions;
using Caravan.Core.Entities;

namespace Caravan.Analysis.Claims;

/// <summary>Who a report says a statement about an event comes from, and whether that source asserted or confirmed it.</summary>
internal sealed record Attribution(string Speaker, Stance Stance);

/// <summary>
/// Finds the source a sentence attributes itself to: "according to the State Committee (GKNB)", "the Defense
/// Ministry reported that …", "“…,” Suleymanov said", "a senior Defense Ministry official told journalists". A
/// passive ("it was reported") or denied ("Tashkent never confirmed") report names no source and gives none.
/// </summary>
internal static partial class Attributions
{
    /// <summary>How many words may stand between the source and its verb ("Mirziyoyev had said", "Kamilov September 15 in Bishkek announced").</summary>
    private const int MaxGapWords = 4;

    private const string OfficeNouns = "officials?|spokes(?:man|woman|person)|ministry|Ministry|Committee|Service|Office|Prosecutor(?:’s Office)?|police|authorities|sources|commander|Commander";

    /// <summary>"a senior Defense Ministry official", "Kyrgyz officials", "the Interior Ministry": ranks and names, then the office.</summary>
    private const string OfficePhrase = @"(?<office>(?:(?:senior|local|security|border|military|government|unnamed)\s+|[A-Z][\p{L}’'\-]*\s+){0,5}(?:" + OfficeNouns + @"))";

    private static readonly EntityType[] SpeakerTypes = [EntityType.Person, EntityType.Org, EntityType.ArmedGroup, EntityType.Gpe];

    public static Attribution? Find(string sentence, IReadOnlyList<Entity> entities)
    {
        if (According().Match(sentence) is { Success: true } according
            && (NamedIn(according.Groups["who"].Value, entities, fromEnd: false) ?? Office(according.Groups["who"].Value, atEnd: false)) is { } source)
        {
            return new Attribution(source, Stance.Asserts);
        }

        foreach (Match verb in ReportingVerb().Matches(sentence))
        {
            var before = sentence[..verb.Index];
            if (NotSaid().IsMatch(before))
            {
                continue; // "never confirmed", "was reported": no one stands behind it
            }

            var subject = Subject(before);
            var office = Office(subject, atEnd: true);
            var speaker = office is not null && SpeaksForABody().IsMatch(office) ? office : NamedIn(subject, entities, fromEnd: true) ?? office;
            if (speaker is not null)
            {
                var stance = verb.Groups["confirm"].Success ? Stance.Confirms : Stance.Asserts;
                return new Attribution(speaker, stance);
            }
        }

        return null;
    }

    /// <summary>The words that can be the verb's subject: back to the last quotation mark, semicolon, colon or opening of the sentence.</summary>
    private static string Subject(string before)
    {
        var cut = before.LastIndexOfAny(['“', '”', '"', ';', ':']);
        return cut < 0 ? before : before[(cut + 1)..];
    }

    /// <summary>The entity the phrase names nearest its end (the verb's side) or its start ("according to X, …").</summary>
    private static string? NamedIn(string phrase, IReadOnlyList<Entity> entities, bool fromEnd)
    {
        (string Name, int End)? best = null;
        foreach (var entity in entities.Where(e => SpeakerTypes.Contains(e.Type)))
        {
            foreach (var alias in entity.Aliases.Append(entity.Name).Where(a => a.Length > 1))
            {
                var at = fromEnd ? phrase.LastIndexOf(alias, StringComparison.Ordinal) : phrase.IndexOf(alias, StringComparison.Ordinal);
                if (at < 0 || !Mentions.Names(phrase[at..], alias) || Modifies(phrase, at + alias.Length, entity.Type)
                    || (entity.Type == EntityType.Gpe && AfterPreposition().IsMatch(phrase[..at])))
                {
                    continue;
                }

                var end = at + alias.Length;
                var gap = fromEnd ? phrase[end..] : phrase[..at];
                if (!CloseEnough(gap, fromEnd))
                {
                    continue;
                }

                if (best is null || (fromEnd ? end > best.Value.End : end < best.Value.End))
                {
                    best = (entity.Name, end);
                }
            }
        }

        return best?.Name;
    }

    private static bool CloseEnough(string gap, bool fromEnd)
    {
        if (!fromEnd)
        {
            return Words(gap) <= MaxGapWords;
        }

        // "Suleymanov, a theologian affiliated with …, said": an apposition between name and verb; but in
        // "Nazarbaev, on a visit to Bishkek, declared" the place that closes the apposition is not the speaker.
        var trimmed = gap.Trim();
        return trimmed.Contains(',', StringComparison.Ordinal)
            ? trimmed.Length > 1 && trimmed.StartsWith(',') && trimmed.EndsWith(',')
            : Words(trimmed) <= MaxGapWords;
    }

    /// <summary>Whether the name only qualifies what follows it: "Tajikistan’s Security Council", "Kyrgyz State Committee".</summary>
    private static bool Modifies(string phrase, int end, EntityType type)
    {
        var rest = phrase[end..];
        return rest.StartsWith("’s", StringComparison.Ordinal) || rest.StartsWith("'s", StringComparison.Ordinal)
            || (type == EntityType.Gpe && rest.StartsWith(' ') && rest.TrimStart() is { Length: > 0 } next && char.IsUpper(next[0]));
    }

    /// <summary>An office or body that speaks without a name: "a senior Defense Ministry official", "Kyrgyz officials", "the Interior Ministry".</summary>
    private static string? Office(string phrase, bool atEnd)
    {
        var match = (atEnd ? OfficeAtEnd() : OfficeAtStart()).Match(phrase);
        return match.Success ? Mentions.Words(match.Groups["office"].Value) : null;
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>An office that speaks for its body even when the body is a known organisation ("a senior Defense Ministry official").</summary>
    [GeneratedRegex(@"(?:officials?|spokes(?:man|woman|person)|sources|commander|Commander)$")]
    private static partial Regex SpeaksForABody();

    /// <summary>"in Bishkek", "from Tashkent": a place governed by a preposition is not the speaker.</summary>
    [GeneratedRegex(@"\b(?:in|at|to|from|on|near|with|of|for|by|during|after|before)\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\p{L}’'\-]*\s+){0,3}$")]
    private static partial Regex AfterPreposition();

    [GeneratedRegex(@"\baccording to (?:the )?(?<who>[^,;.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex According();

    [GeneratedRegex(@"\b(?:(?<confirm>confirmed|confirms|acknowledged|acknowledges|admitted|admits|verified)|said|says|told|reported|stated|announced|declared|asserted|claimed|insisted|noted)\b")]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"\b(?:never|not|n’t|n't|no one|nobody|was|were|been|being|is|are|be)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotSaid();

    [GeneratedRegex(OfficePhrase + @"\s*(?:\w+\s+){0,2}$")]
    private static partial Regex OfficeAtEnd();

    [GeneratedRegex(@"^\s*" + OfficePhrase + @"\b")]
    private static partial Regex OfficeAtStart();
}
