using Caravan.Core.Evaluation;

namespace Caravan.Extraction.Ner;

/// <summary>Entity-level scoring of BIO tags: a span counts only with exact boundaries and type (the CoNLL rule).</summary>
public static class NerScore
{
    public static Dictionary<string, Tally> Score(IEnumerable<(IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> sentences)
    {
        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var (gold, predicted) in sentences)
        {
            var goldSpans = Spans(gold);
            var predictedSpans = Spans(predicted);
            foreach (var type in goldSpans.Select(s => s.Type).Concat(predictedSpans.Select(s => s.Type)).Distinct())
            {
                var g = goldSpans.Where(s => s.Type == type).ToHashSet();
                var p = predictedSpans.Where(s => s.Type == type).ToHashSet();
                tallies[type] = tallies.GetValueOrDefault(type) + new Tally(g.Intersect(p).Count(), p.Count, g.Count);
            }
        }

        tallies["ALL"] = tallies.Values.Aggregate(default(Tally), (a, b) => a + b);
        return tallies;
    }

    public static List<(int Start, int End, string Type)> Spans(IReadOnlyList<string> labels)
    {
        var spans = new List<(int, int, string)>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= labels.Count; i++)
        {
            var label = i < labels.Count ? labels[i] : NerLabels.Outside;
            var labelType = NerLabels.TypeOf(label);
            var continues = label.StartsWith("I-", StringComparison.Ordinal) && labelType == type;
            if (!continues && type is not null)
            {
                spans.Add((start, i, type));
                type = null;
            }

            if (!continues && labelType is not null)
            {
                start = i;
                type = labelType;
            }
        }

        return spans;
    }
}
