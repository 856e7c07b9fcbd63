using Caravan.Core.Entities;
using Caravan.Core.Evaluation;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Resolution;
using Xunit.Abstractions;

namespace Caravan.Extraction.Tests.Resolution;

public class EntityMatcherTests(ITestOutputHelper output)
{
    private static readonly EntityMatcher Matcher = new(KnowledgeBase.Default);

    private static IEnumerable<(EntityType Type, string A, string B, bool Same, string Note)> Pairs()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Resolution", "alias-pairs.tsv");
        foreach (var line in File.ReadLines(file).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var columns = line.Split('\t');
            Assert.True(EntityTypes.TryParse(columns[0], out var type), $"bad type in: {line}");
            yield return (type, columns[1], columns[2], columns[3] == "1", columns[4]);
        }
    }

    [Fact]
    public void MergeDecisionsOnTheAliasPairSetArePreciseAndComplete()
    {
        var pairs = Pairs().ToList();
        var decided = pairs.Select(p => (p, Merged: Matcher.SameEntity(new Entity(p.A, p.Type, [p.A]), new Entity(p.B, p.Type, [p.B])))).ToList();
        foreach (var (pair, merged) in decided.Where(d => d.Merged != d.p.Same))
        {
            output.WriteLine($"wrong: {pair.Type} '{pair.A}' / '{pair.B}' merged={merged} ({pair.Note})");
        }

        var tally = new Tally(decided.Count(d => d.Merged && d.p.Same), decided.Count(d => d.Merged), decided.Count(d => d.p.Same));
        output.WriteLine($"{pairs.Count} pairs: precision {tally.Precision:F3}, recall {tally.Recall:F3}");

        Assert.True(pairs.Count >= 100, "the set has at least 100 pairs");
        Assert.InRange(tally.Precision, 0.95, 1.0);
        Assert.InRange(tally.Recall, 0.95, 1.0);
    }

    [Fact]
    public void EntitiesThatMatchShareACandidateKey()
    {
        foreach (var pair in Pairs().Where(p => p.Same))
        {
            var a = new Entity(pair.A, pair.Type, [pair.A]);
            var b = new Entity(pair.B, pair.Type, [pair.B]);
            if (Matcher.SameEntity(a, b))
            {
                Assert.True(Matcher.CandidateKeys(a).Intersect(Matcher.CandidateKeys(b)).Any(), $"{pair.A} / {pair.B} share no key");
            }
        }
    }

    [Fact]
    public void DifferentCountriesNeverMerge() =>
        Assert.False(Matcher.SameEntity(new Entity("Interior Ministry", EntityType.Org, []) { Country = "KG" }, new Entity("Interior Ministry", EntityType.Org, []) { Country = "TJ" }));
}
