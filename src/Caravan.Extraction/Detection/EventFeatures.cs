using System.Collections.Frozen;
using Caravan.Core.Dates;
using Caravan.Core.Entities;
using Caravan.Core.Events;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Model;
using Caravan.Extraction.Stages;

namespace Caravan.Extraction.Detection;

/// <summary>A word of the trigger lexicon found in a sentence, with what the hand-written guards said of it.</summary>
public readonly record struct TriggerHit(EventType Type, int At, bool Hypothetical, bool Guarded, bool Definite);

/// <summary>
/// The features of one sentence for the event model: its words and word pairs, trigger words and CAMEO verbs
/// with the guards' verdicts (negated, hypothetical, attributive), the rules' own choice, entity types and
/// counts around, its own date against the report's, its place in the report and the types told before it.
/// </summary>
public static class EventFeatures
{
    private const int MaxPosition = 3;

    private const int TenseReach = 3;

    private static readonly FrozenDictionary<string, string> Auxiliaries = new[] { "modal", "pluperfect", "perfect", "present", "past" }
        .SelectMany(tense => CueWords.Words($"tense.{tense}").Select(word => (Word: word, Tense: tense)))
        .ToFrozenDictionary(p => p.Word, p => p.Tense, StringComparer.Ordinal);

    private static readonly FrozenSet<string> BetweenAuxiliaryAndWord = CueWords.Set("tense.between");

    public sealed record Context(
        DocumentDraft Draft,
        Sentence Sentence,
        IReadOnlyList<string> Lower,
        int Ordinal,
        IReadOnlyList<TriggerHit> Triggers,
        IReadOnlyList<(EventType Type, int At)> RuleChoice,
        IReadOnlyList<CameoLexicon.Hit> Cameo,
        IReadOnlySet<EventType> ToldBefore,
        IReadOnlySet<EventType> ToldJustBefore)
    {
        /// <summary>For each family of the sentence's candidates told before it, what the sentence's details add to those it was told with.</summary>
        public IReadOnlyDictionary<EventFamily, FamilyNovelty> Novelties { get; init; } = new Dictionary<EventFamily, FamilyNovelty>();
    }

    public static List<string> Of(Context c)
    {
        var names = new FeatureNames();
        Of(c, names);
        return names.Names;
    }

    public static void Of(Context c, IFeatureSink features)
    {
        features.Add("bias");
        Words(c, features);
        Cues(c, features);
        Surroundings(c, features);
    }

    public static List<string> OfCandidate(Context c, EventType type, int at)
    {
        var names = new FeatureNames();
        OfCandidate(c, type, at, names);
        return names.Names;
    }

    /// <summary>
    /// What is known of one candidate type of the sentence alone: its word and the words beside it, whether the rules
    /// chose it (or another type of its family), what the guards said of its trigger word, whether a CAMEO verb proposes it, how the date nearest
    /// it stands to the report, whether its family was told just before. The model weighs these once for all types and once for each type and family.
    /// </summary>
    public static void OfCandidate(Context c, EventType type, int at, IFeatureSink features)
    {
        features.Add("self");
        Neighbours(c, at, features);
        var family = type.Family();
        features.Add(c.RuleChoice.Any(r => r.Type == type) ? "self:rule"
            : c.RuleChoice.Any(r => r.Type.Family() == family) ? "self:rule-family"
            : c.RuleChoice.Count > 0 ? "self:rule-other" : "self:no-rule");
        var hits = c.Triggers.Where(h => h.Type == type).ToList();
        features.Add(hits.Count == 0 ? "self:no-trigger" : "self:trigger");
        foreach (var hit in hits)
        {
            features.Add("self:word:", c.Lower[hit.At]);
            if (hit.Hypothetical)
            {
                features.Add("self:hypothetical");
            }

            if (hit.Guarded)
            {
                features.Add("self:guarded");
            }

            if (hit.Definite)
            {
                features.Add(c.ToldBefore.Contains(type) ? "self:definite-told" : "self:definite");
            }
        }

        foreach (var hit in c.Cameo.Where(h => h.Type == type))
        {
            features.Add("self:cameo");
            features.Add("self:cameo:", hit.Code.AsSpan(0, Math.Min(2, hit.Code.Length)));
        }

        NearestDate(c, at, features);
        if (c.ToldJustBefore.Any(t => t.Family() == family))
        {
            features.Add("self:told-near");
        }
        else if (c.ToldBefore.Any(t => t.Family() == family))
        {
            features.Add("self:told");
        }

        if (c.Novelties.TryGetValue(family, out var novelty))
        {
            features.Add("self:new-date:", NoveltyNames[(int)novelty.Date]);
            features.Add("self:new-place:", NoveltyNames[(int)novelty.Place]);
            features.Add("self:new-count:", NoveltyNames[(int)novelty.Count]);
        }
    }

    /// <summary>
    /// How the date nearest the candidate's word stands to the report: "attacks on September 11, 2001" in a report of 2004
    /// is history, "clashed on Saturday" news.
    /// </summary>
    private static void NearestDate(Context c, int at, IFeatureSink features)
    {
        var offset = c.Sentence.Tokens[at].Start;
        TemporalExpression? nearest = null;
        foreach (var date in c.Draft.DatesIn(c.Sentence.Index))
        {
            if (nearest is null || Math.Abs(date.Start - offset) < Math.Abs(nearest.Start - offset))
            {
                nearest = date;
            }
        }

        if (nearest is null)
        {
            features.Add("self:date:none");
            return;
        }

        features.Add("self:date:", nearest.Start < offset ? "before:" : "after:", Relation(nearest, c.Draft.ReportDate));
    }

    private static string Relation(TemporalExpression date, PartialDate? report) =>
        date.IsRelative ? "relative"
        : report is not { Year: { } reportYear } || date.Date.Year is not { } year ? "unknown"
        : year == reportYear && date.Date.Day is not null ? "report-year-day"
        : YearRelation(year, reportYear);

    /// <summary>A date's year against the report's: "future", "report-year", "year-before" or "years-before".</summary>
    private static string YearRelation(int year, int reportYear) =>
        year > reportYear ? "future" : reportYear - year > 1 ? "years-before" : reportYear == year ? "report-year" : "year-before";

    /// <summary>The candidate's word and the words beside it: "carried out attacks" reports, "the attack" refers back.</summary>
    private static void Neighbours(Context c, int at, IFeatureSink features)
    {
        features.Add("self:at:", Stem(c.Lower[at]));
        features.Add("self:l1:", at > 0 ? Shape(c.Lower[at - 1]) : "<s>");
        features.Add("self:r1:", at + 1 < c.Lower.Count ? Shape(c.Lower[at + 1]) : "</s>");
        features.Add("self:l2:", at > 1 ? Shape(c.Lower[at - 2]) : "<s>");
        features.Add("self:tense:", Tense(c.Lower, at));
    }

    /// <summary>
    /// The tense the candidate's word is told in, from the auxiliaries just before it and its ending: "had been killed"
    /// looks back from a story, "have arrested" is news, "will hold" to come, "are regularly detained" a habit.
    /// </summary>
    private static string Tense(IReadOnlyList<string> lower, int at)
    {
        for (var k = at - 1; k >= Math.Max(0, at - TenseReach); k--)
        {
            if (Auxiliaries.TryGetValue(lower[k], out var tense))
            {
                return tense;
            }

            if (!BetweenAuxiliaryAndWord.Contains(lower[k]) && !lower[k].EndsWith("ly", StringComparison.Ordinal))
            {
                break;
            }
        }

        return lower[at].EndsWith("ed", StringComparison.Ordinal) ? "past"
            : lower[at].EndsWith("ing", StringComparison.Ordinal) ? "ing"
            : "other";
    }

    private static string Shape(string word) => char.IsDigit(word[0]) ? "#" : word;

    private static readonly string[] Digits = ["0", "1", "2", "3", "4", "5"];

    private static readonly string[] NoveltyNames = Enum.GetNames<Novelty>();

    private static readonly string[] EntityTypeNames = Enum.GetNames<EntityType>();

    private static void Words(Context c, IFeatureSink features)
    {
        string? previous = null;
        for (var i = 0; i < c.Lower.Count; i++)
        {
            var word = c.Lower[i];
            if (!c.Sentence.Tokens[i].IsWord)
            {
                previous = null;
                continue;
            }

            var shape = Shape(word);
            features.Add("w:", shape);
            if (Stem(shape) is { Length: var stemmed } stem && stemmed != shape.Length)
            {
                features.Add("s:", stem);
            }

            if (previous is not null)
            {
                features.Add("b:", previous, "_", shape);
            }

            previous = shape;
        }
    }

    private static void Cues(Context c, IFeatureSink features)
    {
        foreach (var hit in c.Triggers)
        {
            var type = hit.Type.ToWireName();
            features.Add("t:", type);
            features.Add("tw:", type, ":", c.Lower[hit.At]);
            if (hit.Hypothetical)
            {
                features.Add("th:", type);
            }

            if (hit.Guarded)
            {
                features.Add("tg:", type);
            }

            if (hit.Definite)
            {
                features.Add("td:", type);
                if (c.ToldBefore.Contains(hit.Type))
                {
                    features.Add("td-told:", type);
                }
            }
        }

        foreach (var (type, _) in c.RuleChoice)
        {
            features.Add("r:", type.ToWireName());
        }

        foreach (var hit in c.Cameo)
        {
            features.Add("cr:", hit.Code.AsSpan(0, Math.Min(2, hit.Code.Length)));
            features.Add("cc:", hit.Code);
            if (hit.Type is { } mapped)
            {
                features.Add("c:", mapped.ToWireName());
            }
        }
    }

    private static void Surroundings(Context c, IFeatureSink features)
    {
        var index = c.Sentence.Index;
        foreach (var type in c.Draft.MentionsIn(index).Select(m => m.IsDemonym ? "dem" : EntityTypeNames[(int)m.Type]).Distinct())
        {
            features.Add("e:", type);
        }

        var (killed, injured, arrested) = c.Draft.Casualties[index];
        if (killed is not null)
        {
            features.Add("n:killed");
        }

        if (injured is not null)
        {
            features.Add("n:injured");
        }

        if (arrested is not null)
        {
            features.Add("n:arrested");
        }

        var published = c.Draft.Metadata.Published;
        foreach (var date in c.Draft.DatesIn(index))
        {
            features.Add(date.IsRelative ? "d:relative" : "d:absolute");
            if (published is { Year: { } reportYear } && date.Date.Year is { } year)
            {
                features.Add("d:", YearRelation(year, reportYear));
            }
        }

        features.Add("p:", Digits[Math.Min(c.Ordinal, MaxPosition)]);
        features.Add("len:", Digits[Math.Min(c.Lower.Count / 10, 5)]);
        if (c.Sentence.Text.Length > 0 && c.Sentence.Text[0] is '"' or '“' or '\'' or '‘')
        {
            features.Add("quote");
        }

        foreach (var type in c.ToldBefore)
        {
            features.Add("told:", type.ToWireName());
        }

        foreach (var type in c.ToldJustBefore)
        {
            features.Add("told-near:", type.ToWireName());
        }
    }

    /// <summary>The word without a common ending ("attacks", "attacked" → "attack"), or the word itself.</summary>
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        if (word.Length <= 4)
        {
            return word;
        }

        foreach (var suffix in (ReadOnlySpan<string>)["ing", "ed", "es", "s"])
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 3)
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }
}
