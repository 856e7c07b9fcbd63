using Caravan.Core.Documents;
using Caravan.Core.Evaluation;
using Caravan.Core.Events;
using Caravan.Core.Text;

namespace Caravan.Cli.Commands;

/// <summary>
/// What `eval --verbose` prints under a document: the events and entities that did not pair, and the pairs that differ
/// in type, date or place.
/// </summary>
internal static class EvalDiagnostics
{
    public static void Print(DocumentExtraction gold, DocumentExtraction predicted)
    {
        var pairs = ExtractionScorer.PairEvents(gold.Events, predicted.Events);
        foreach (var (cause, e, isGold) in EventErrors.Classify(gold.Events, predicted.Events, pairs))
        {
            Console.WriteLine($"  {(isGold ? "missed  " : "spurious")}  [{cause}] {Describe(e)}");
        }

        foreach (var (g, p) in pairs.Where(pair => pair.Gold.Type != pair.Predicted.Type || pair.Gold.Date?.ToString() != pair.Predicted.Date?.ToString() || pair.Gold.Place.Admin1 != pair.Predicted.Place.Admin1 || pair.Gold.Place.Country != pair.Predicted.Place.Country))
        {
            Console.WriteLine($"  slots     gold {Describe(g)}\n            got  {Describe(p)}");
        }

        var goldKeys = gold.Entities.SelectMany(e => e.Aliases.Append(e.Name)).Select(NameFolding.FoldAdministrative).ToHashSet();
        var predictedKeys = predicted.Entities.SelectMany(e => e.Aliases.Append(e.Name)).Select(NameFolding.FoldAdministrative).ToHashSet();
        var extraEntities = predicted.Entities.Where(e => !e.Aliases.Append(e.Name).Select(NameFolding.FoldAdministrative).Any(goldKeys.Contains));
        var missedEntities = gold.Entities.Where(e => !e.Aliases.Append(e.Name).Select(NameFolding.FoldAdministrative).Any(predictedKeys.Contains));
        Console.WriteLine($"  entities missed:   {string.Join(" | ", missedEntities.Select(e => $"{e.Name} [{string.Join(", ", e.Aliases)}]"))}");
        Console.WriteLine($"  entities spurious: {string.Join(" | ", extraEntities.Select(e => $"{e.Name}/{e.Type}"))}");
    }

    private static string Describe(ExtractedEvent e)
    {
        var evidence = e.Evidence.Length > 160 ? e.Evidence[..160] + "…" : e.Evidence;
        return $"{e.Type.ToWireName()} {e.Date?.ToString() ?? "-"} {e.Place.Country ?? "-"}/{e.Place.Admin1 ?? "-"} k={e.Fatalities} i={e.Injured} a={e.Arrested} \"{evidence}\"";
    }
}
