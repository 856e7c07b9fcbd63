using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Caravan.Core.Events;
using Caravan.Extraction.Knowledge;

namespace Caravan.Extraction.Detection;

/// <summary>
/// The verb patterns of the PETRARCH2 CAMEO dictionary (data/petrarch2/CAMEO.2.0.txt, MIT): thousands of verbs
/// and their inflections, each with a CAMEO code, and object or subject cues that change the code ("kill ...
/// in a shootout" is 193). Codes become our event types through data/lexicon/cameo-types.tsv. It proposes
/// candidates and gives the event model features; it decides nothing by itself.
/// </summary>
public sealed partial class CameoLexicon
{
    private const string DictionaryResource = "Caravan.Data.petrarch2/CAMEO.2.0.txt";

    private static readonly Lazy<CameoLexicon> Shipped = new(Load);

    private readonly FrozenDictionary<string, CameoVerb[]> verbsByForm;
    private readonly IReadOnlyList<(string Prefix, EventType? Type)> typeTable;

    // Every code the dictionary gives, with its type worked out once: a sentence asks for a dozen.
    private readonly FrozenDictionary<string, EventType?> typeByCode;

    private CameoLexicon(Dictionary<string, List<CameoVerb>> verbsByForm, IReadOnlyList<(string Prefix, EventType? Type)> typeTable)
    {
        this.verbsByForm = verbsByForm.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
        this.typeTable = typeTable;
        typeByCode = verbsByForm.Values.SelectMany(verbs => verbs)
            .SelectMany(verb => verb.Patterns.Select(p => p.Code).Append(verb.Code))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(code => code, TypeOf, StringComparer.Ordinal);
    }

    public static CameoLexicon Default => Shipped.Value;

    public int FormCount => verbsByForm.Count;

    /// <summary>A verb form of the sentence with the CAMEO code its cues give, and our type for that code if any.</summary>
    public readonly record struct Hit(int TokenIndex, string Code, EventType? Type);

    public IEnumerable<Hit> Match(IReadOnlyList<string> lower)
    {
        for (var i = 0; i < lower.Count; i++)
        {
            if (!verbsByForm.TryGetValue(lower[i], out var verbs) || Text.DateParsing.IsMonthOfADate(lower, i))
            {
                continue;
            }

            foreach (var verb in verbs)
            {
                if (verb.Particle is { } particle && (i + 1 >= lower.Count || lower[i + 1] != particle))
                {
                    continue;
                }

                var cued = verb.FirstCued(lower, i);
                var code = cued >= 0 ? verb.Patterns[cued].Code : verb.Code;

                if (code is not null)
                {
                    yield return new Hit(i, code, typeByCode[code]);
                }
            }
        }
    }

    public EventType? TypeOf(string code)
    {
        var best = -1;
        EventType? type = null;
        foreach (var (prefix, mapped) in typeTable)
        {
            if (prefix.Length > best && code.StartsWith(prefix, StringComparison.Ordinal))
            {
                best = prefix.Length;
                type = mapped;
            }
        }

        return type;
    }

    private static CameoLexicon Load()
    {
        using var stream = typeof(CameoLexicon).Assembly.GetManifestResourceStream(DictionaryResource)
            ?? throw new InvalidOperationException($"'{DictionaryResource}' is not embedded.");
        using var reader = new StreamReader(stream);
        var table = DataFiles.ReadRows("lexicon/cameo-types.tsv")
            .Select(row => (row.Column(0), EventTypes.TryParse(row.Column(1), out var type) ? type : (EventType?)null))
            .ToList();
        return new CameoLexicon(Parse(reader), table);
    }

    /// <summary>Reads the verb section: "--- VERB [code] ---" opens a block of synonyms (with irregular forms in braces and their own code in brackets) and "- cue * cue [code]" patterns.</summary>
    internal static Dictionary<string, List<CameoVerb>> Parse(TextReader reader)
    {
        var forms = new Dictionary<string, List<CameoVerb>>(StringComparer.Ordinal);
        var inVerbs = false;
        string? blockCode = null;
        var blockVerbs = new List<(string Word, string? Particle, List<string> Forms, string? Code, bool OwnCode)>();
        var patterns = new List<CameoPattern>();

        void Flush()
        {
            foreach (var (_, particle, verbForms, code, ownCode) in blockVerbs)
            {
                // "HOLD [---]" in the CONFINE block: a verb's own empty code means no event, not the block's.
                var verb = new CameoVerb(particle, ownCode ? code : blockCode, [.. patterns]);
                foreach (var form in verbForms)
                {
                    if (!forms.TryGetValue(form, out var list))
                    {
                        forms[form] = list = [];
                    }

                    list.Add(verb);
                }
            }

            blockVerbs.Clear();
            patterns.Clear();
        }

        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Split('#')[0].Trim();
            if (raw.StartsWith("####### VERB PATTERNS", StringComparison.Ordinal))
            {
                inVerbs = true;
                continue;
            }

            if (!inVerbs || line.Length == 0)
            {
                continue;
            }

            if (BlockHeader().Match(line) is { Success: true } header)
            {
                Flush();
                blockCode = CodeOf(header.Groups["code"].Value);
            }
            else if (line[0] == '-')
            {
                if (PatternLine().Match(line) is { Success: true } pattern && CodeOf(pattern.Groups["code"].Value) is var code)
                {
                    var (cue, after) = CueOf(pattern.Groups["body"].Value);
                    if (cue is not null)
                    {
                        patterns.Add(new CameoPattern(cue, after, code));
                    }
                }
            }
            else if (VerbLine().Match(line) is { Success: true } verb)
            {
                var words = verb.Groups["word"].Value.TrimStart('+').ToLowerInvariant().Split('_');
                var irregular = verb.Groups["irregular"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(f => f.TrimStart('+').ToLowerInvariant().Split('_')[0]);
                var ownCode = verb.Groups["code"].Success;
                var code = ownCode ? CodeOf(verb.Groups["code"].Value) : null;
                var particle = words.Length > 1 ? words[1] : null;
                blockVerbs.Add((words[0], particle, [.. Inflections(words[0]).Concat(irregular).Distinct()], code, ownCode));
            }
        }

        Flush();
        return forms;
    }

    private static string? CodeOf(string code)
    {
        var first = code.Split(':')[0].Trim();
        return first.Length == 0 || first.StartsWith('-') ? null : first;
    }

    // "* (IN SHOOTOUT)" → ("shootout", after); "&WEAPON *" → none: synonym sets are not expanded, only plain words cue.
    private static (string? Cue, bool After) CueOf(string body)
    {
        var star = body.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return (null, false);
        }

        var after = body[(star + 1)..];
        var before = body[..star];
        var cue = PlainWords(after).LastOrDefault() ?? PlainWords(before).LastOrDefault();
        return (cue, PlainWords(after).Any());
    }

    private static IEnumerable<string> PlainWords(string text) =>
        text.Split([' ', '(', ')', '{', '}'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.All(char.IsAsciiLetterUpper) && w.Length > 2)
            .Select(w => w.ToLowerInvariant());

    /// <summary>Regular English inflections of a base verb: attack, attacks, attacked, attacking; seize, seized, seizing; carry, carried.</summary>
    public static IEnumerable<string> Inflections(string verb)
    {
        yield return verb;
        if (verb.EndsWith('e'))
        {
            yield return verb + "s";
            yield return verb + "d";
            yield return verb[..^1] + "ing";
        }
        else if (verb.EndsWith('y') && verb.Length > 2 && !"aeiou".Contains(verb[^2], StringComparison.Ordinal))
        {
            yield return verb[..^1] + "ies";
            yield return verb[..^1] + "ied";
            yield return verb + "ing";
        }
        else
        {
            yield return verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith('x') ? verb + "es" : verb + "s";
            yield return verb + "ed";
            yield return verb + "ing";
        }
    }

    [GeneratedRegex(@"^---\s+(?<verb>\S+)\s+\[(?<code>[^\]]*)\]\s+---", RegexOptions.None, 250)]
    private static partial Regex BlockHeader();

    [GeneratedRegex(@"^-\s*(?<body>.*?)\s*\[(?<code>[^\]]*)\]", RegexOptions.None, 250)]
    private static partial Regex PatternLine();

    [GeneratedRegex(@"^(?<word>\+?[A-Z][A-Z_\-']*)\s*(?:\{(?<irregular>[^}]*)\})?\s*(?:\[(?<code>[^\]]*)\])?", RegexOptions.None, 250)]
    private static partial Regex VerbLine();
}

/// <summary>One verb of the CAMEO dictionary: its default code and the cue patterns that give another.</summary>
internal sealed record CameoVerb(string? Particle, string? Code, IReadOnlyList<CameoPattern> Patterns)
{
    public const int CueWindow = 4;

    // A verb of a big block ("kill" has 190 patterns) finds its first cued pattern through an index of the cues.
    private const int IndexedFrom = 32;

    private readonly CameoCueIndex? index = Patterns.Count >= IndexedFrom ? new CameoCueIndex(Patterns) : null;

    /// <summary>The first of the patterns, in the dictionary's order, whose cue begins a word within reach of the verb at <paramref name="at"/>; -1 if none.</summary>
    public int FirstCued(IReadOnlyList<string> lower, int at)
    {
        if (index is not null)
        {
            return index.FirstCued(lower, at, CueWindow);
        }

        for (var p = 0; p < Patterns.Count; p++)
        {
            if (HasCue(lower, at, Patterns[p]))
            {
                return p;
            }
        }

        return -1;
    }

    private static bool HasCue(IReadOnlyList<string> lower, int at, CameoPattern pattern)
    {
        var (from, to) = CameoCueIndex.Window(lower.Count, at, pattern.After, CueWindow);
        for (var k = from; k < to; k++)
        {
            if (lower[k].StartsWith(pattern.Cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>"- * (IN SHOOTOUT) [193]": a word before or after the verb that gives the code.</summary>
internal sealed record CameoPattern(string Cue, bool After, string? Code);
