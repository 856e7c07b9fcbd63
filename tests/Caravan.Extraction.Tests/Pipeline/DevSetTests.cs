using Caravan.Core.Evaluation;

namespace Caravan.Extraction.Tests.Pipeline;

/// <summary>
/// The 25 development reports of ../shared/data/dev-articles, annotated apart from the training reports the
/// shipped event model learned from: floors under what the pipeline scores on text it was not fitted to.
/// </summary>
public class DevSetTests
{
    private const string DevFolder = "data/dev-articles";

    private static EvaluationReport ScoreDevSet()
    {
        var total = EvaluationReport.Empty;
        foreach (var goldFile in Directory.EnumerateFiles(SharedData.PathOf(DevFolder), "*.gold.json").Order(StringComparer.Ordinal))
        {
            var textFile = goldFile[..^".gold.json".Length] + ".txt";
            var gold = GoldFormat.Parse(File.ReadAllText(goldFile), goldFile);
            total += ExtractionScorer.Score(gold, Run.Pipeline.Extract(Path.GetFileName(textFile), File.ReadAllText(textFile)));
        }

        return total;
    }

    [SharedDataFact(DevFolder)]
    public void EveryPublicationDateIsRead() => Assert.Equal(1.0, ScoreDevSet().Published.Value);

    [SharedDataFact(DevFolder)]
    public void EventF1StaysAboveItsMeasuredFloor() => Assert.InRange(ScoreDevSet().Events.F1, 0.67, 1.0);

    [SharedDataFact(DevFolder)]
    public void MatchedDateAccuracyStaysAboveItsMeasuredFloor() => Assert.InRange(ScoreDevSet().Date.Value, 0.65, 1.0);

    [SharedDataFact(DevFolder)]
    public void StrictEventF1StaysAboveItsMeasuredFloor() => Assert.InRange(ScoreDevSet().StrictEvents.F1, 0.36, 1.0);

    [SharedDataFact(DevFolder)]
    public void EntityF1StaysAboveItsMeasuredFloor() => Assert.InRange(ScoreDevSet().Entities.F1, 0.92, 1.0);
}
