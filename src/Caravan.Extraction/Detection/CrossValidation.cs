using Caravan.Core.Documents;
using Caravan.Core.Evaluation;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Pipeline;

namespace Caravan.Extraction.Detection;

/// <summary>
/// K-fold cross-validation of the event model over gold documents: the documents are dealt into K folds in an
/// order shuffled by the seed; each fold is scored by a model trained on the other K-1 only.
/// </summary>
public static class CrossValidation
{
    /// <summary>One fold's scores: the whole pipeline's, and the detector's alone on the fold's candidates (is it a new happening).</summary>
    public sealed record Fold(int Number, int Documents, EvaluationReport Report, Tally Candidates);

    /// <summary>A held-out document as the model that did not see it extracted it, and its score.</summary>
    public sealed record ScoredDocument(EventTrainingSet.GoldDocument Document, DocumentExtraction Predicted, EvaluationReport Report);

    public static IReadOnlyList<Fold> Run(
        IReadOnlyList<EventTrainingSet.GoldDocument> documents, int folds, EventModelTrainer.Options options, Action<ScoredDocument>? documentScored = null)
    {
        if (folds < 2 || folds > documents.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), folds, $"between 2 and the number of documents ({documents.Count})");
        }

        var knowledge = KnowledgeBase.Default;
        var observer = ExtractionPipeline.CreateDefault(knowledge, events: null);
        var examples = documents.Select(d => EventTrainingSet.Build(observer, [d])).ToList();
        var order = Enumerable.Range(0, documents.Count).ToArray();
        new Random(options.Seed).Shuffle(order);
        var foldOf = new int[documents.Count];
        for (var k = 0; k < order.Length; k++)
        {
            foldOf[order[k]] = k % folds;
        }

        var results = new List<Fold>();
        for (var fold = 0; fold < folds; fold++)
        {
            var training = Enumerable.Range(0, documents.Count).Where(i => foldOf[i] != fold).SelectMany(i => examples[i]).ToList();
            var model = EventModelTrainer.Train(training, options);
            var pipeline = ExtractionPipeline.CreateDefault(knowledge, model);
            var report = EvaluationReport.Empty;
            var count = 0;
            foreach (var i in Enumerable.Range(0, documents.Count).Where(i => foldOf[i] == fold))
            {
                var predicted = pipeline.Extract(documents[i].Name, documents[i].Text);
                var scored = ExtractionScorer.Score(documents[i].Gold, predicted);
                report += scored;
                count++;
                documentScored?.Invoke(new ScoredDocument(documents[i], predicted, scored));
            }

            var heldOut = Enumerable.Range(0, documents.Count).Where(i => foldOf[i] == fold).SelectMany(i => examples[i]).ToList();
            var candidates = heldOut.SelectMany(e =>
            {
                var sentence = model.Indices(e.Features);
                return e.Candidates.Select(c => (Predicted: model.Probability(sentence, c) >= options.Threshold, Gold: e.IsNewHappening(c.Type)));
            }).ToList();
            var detected = new Tally(candidates.Count(c => c.Predicted && c.Gold), candidates.Count(c => c.Predicted), candidates.Count(c => c.Gold));
            results.Add(new Fold(fold + 1, count, report, detected));
        }

        return results;
    }
}
