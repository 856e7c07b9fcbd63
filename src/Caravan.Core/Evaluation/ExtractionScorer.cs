using Caravan.Core.Dates;
using Caravan.Core.Documents;
using Caravan.Core.Entities;
using Caravan.Core.Events;
using Caravan.Core.Text;

namespace Caravan.Core.Evaluation;

/// <summary>
/// Scores a predicted extraction against gold by the matching rule of GOLD-FORMAT.md: events pair one-to-one,
/// best first, when their families agree, their dates do not contradict, their countries do not differ, and
/// they are the same happening (evidence token Jaccard at least 0.3, or exact date and country agree).
/// </summary>
public static class ExtractionScorer
{
    public const double EvidenceOverlapThreshold = 0.3;

    public static EvaluationReport Score(DocumentExtraction gold, DocumentExtraction predicted)
    {
        var pairs = PairEvents(gold.Events, predicted.Events);
        var report = new EvaluationReport
        {
            Events = new Tally(pairs.Count, predicted.Events.Count, gold.Events.Count),
            StrictEvents = new Tally(pairs.Count(p => IsStrictMatch(p.Gold, p.Predicted)), predicted.Events.Count, gold.Events.Count),
            Entities = ScoreEntities(gold.Entities, predicted.Entities, typed: false),
            TypedEntities = ScoreEntities(gold.Entities, predicted.Entities, typed: true),
            Published = gold.Metadata.Published is { } published
                ? default(Accuracy).Add(published.ToString() == predicted.Metadata.Published?.ToString())
                : default,
            Errors = EventErrors.Of(gold.Events, predicted.Events, pairs),
        };

        foreach (var (g, p) in pairs)
        {
            report = report with
            {
                Type = report.Type.Add(g.Type == p.Type),
                Date = report.Date.Add(g.Date?.ToString() == p.Date?.ToString()),
                Country = report.Country.Add(SameName(g.Place.Country, p.Place.Country)),
                Admin1 = report.Admin1.Add(SameName(g.Place.Admin1, p.Place.Admin1)),
                Fatalities = g.Fatalities is null ? report.Fatalities : report.Fatalities.Add(g.Fatalities == p.Fatalities),
                Injured = g.Injured is null ? report.Injured : report.Injured.Add(g.Injured == p.Injured),
                Arrested = g.Arrested is null ? report.Arrested : report.Arrested.Add(g.Arrested == p.Arrested),
                Actors = g.Actors.Count == 0 ? report.Actors : report.Actors.Add(SharesAParticipant(g.Actors, p.Actors)),
                Targets = g.Targets.Count == 0 ? report.Targets : report.Targets.Add(SharesAParticipant(g.Targets, p.Targets)),
            };
        }

        return report;
    }

    public static IReadOnlyList<(ExtractedEvent Gold, ExtractedEvent Predicted)> PairEvents(
        IReadOnlyList<ExtractedEvent> gold, IReadOnlyList<ExtractedEvent> predicted)
    {
        var candidates = new List<(int G, int P, double Score)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                if (CanPair(gold[g], predicted[p], out var overlap))
                {
                    var score = overlap + (gold[g].Type == predicted[p].Type ? 1 : 0) + (ExactDateAgrees(gold[g], predicted[p]) ? 0.5 : 0);
                    candidates.Add((g, p, score));
                }
            }
        }

        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var pairs = new List<(ExtractedEvent, ExtractedEvent)>();
        foreach (var (g, p, _) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.G).ThenBy(c => c.P))
        {
            if (usedGold.Add(g))
            {
                if (usedPredicted.Add(p))
                {
                    pairs.Add((gold[g], predicted[p]));
                }
                else
                {
                    usedGold.Remove(g);
                }
            }
        }

        return pairs;
    }

    public static bool CanPair(ExtractedEvent gold, ExtractedEvent predicted, out double evidenceOverlap)
    {
        evidenceOverlap = 0;
        if (gold.Type.Family() != predicted.Type.Family() || !DatesAgree(gold.Date, predicted.Date))
        {
            return false;
        }

        if (gold.Place.Country is not null && predicted.Place.Country is not null && !SameName(gold.Place.Country, predicted.Place.Country))
        {
            return false;
        }

        evidenceOverlap = TokenJaccard(gold.Evidence, predicted.Evidence);
        return evidenceOverlap >= EvidenceOverlapThreshold
            || (ExactDateAgrees(gold, predicted) && gold.Place.Country is not null && SameName(gold.Place.Country, predicted.Place.Country));
    }

    public static double TokenJaccard(string a, string b)
    {
        var left = Tokens(a);
        var right = Tokens(b);
        if (left.Count == 0 && right.Count == 0)
        {
            return 0;
        }

        var intersection = left.Count(right.Contains);
        return (double)intersection / (left.Count + right.Count - intersection);
    }

    private static bool IsStrictMatch(ExtractedEvent gold, ExtractedEvent predicted) =>
        gold.Type == predicted.Type
        && gold.Date?.ToString() == predicted.Date?.ToString()
        && SameName(gold.Place.Country, predicted.Place.Country);

    private static bool ExactDateAgrees(ExtractedEvent gold, ExtractedEvent predicted) =>
        gold.Date is not null && gold.Date?.ToString() == predicted.Date?.ToString();

    private static bool DatesAgree(PartialDate? a, PartialDate? b) =>
        a is null || b is null || a.Value.AgreesWith(b.Value);

    // "State Committee for National Security (Kyrgyzstan)" and "State Committee for National Security of Kyrgyzstan" are one.
    private static bool SharesAParticipant(IReadOnlyList<string> gold, IReadOnlyList<string> predicted) =>
        gold.Select(ParticipantKey).Intersect(predicted.Select(ParticipantKey)).Any();

    private static string ParticipantKey(string name) => NameFolding.Fold(name.Replace(" of ", " ", StringComparison.Ordinal));

    private static bool SameName(string? a, string? b) =>
        (a is null && b is null) || (a is not null && b is not null && NameFolding.FoldAdministrative(a) == NameFolding.FoldAdministrative(b));

    private static Tally ScoreEntities(IReadOnlyList<Entity> gold, IReadOnlyList<Entity> predicted, bool typed)
    {
        var goldKeys = gold.Select(Keys).ToList();
        var usedGold = new HashSet<int>();
        var matched = 0;
        foreach (var entity in predicted)
        {
            var keys = Keys(entity);
            for (var g = 0; g < gold.Count; g++)
            {
                if (!usedGold.Contains(g) && goldKeys[g].Overlaps(keys) && (!typed || gold[g].Type == entity.Type))
                {
                    usedGold.Add(g);
                    matched++;
                    break;
                }
            }
        }

        return new Tally(matched, predicted.Count, gold.Count);
    }

    private static HashSet<string> Keys(Entity entity) =>
        [.. entity.Aliases.Append(entity.Name).Select(NameFolding.FoldAdministrative)];

    private static HashSet<string> Tokens(string text)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                tokens.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return tokens;
    }
}
