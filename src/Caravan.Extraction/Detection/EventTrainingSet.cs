using Caravan.Core.Documents;
using Caravan.Core.Evaluation;
using Caravan.Core.Events;
using Caravan.Extraction.Pipeline;

namespace Caravan.Extraction.Detection;

/// <summary>
/// Turns gold annotations into the event model's examples: each gold event labels the sentence its evidence
/// best matches (by the scorer's word overlap), so a sentence that only retells a happening stays unlabelled.
/// </summary>
public static class EventTrainingSet
{
    public sealed record GoldDocument(string Name, string Text, DocumentExtraction Gold);

    public static IReadOnlyList<LabelledSentence> Build(ExtractionPipeline pipeline, IEnumerable<GoldDocument> documents)
    {
        var examples = new List<LabelledSentence>();
        foreach (var document in documents)
        {
            var (draft, extractor) = pipeline.RunUntilEvents(document.Name, document.Text);
            examples.AddRange(Label(extractor.Observe(draft), document.Gold));
        }

        return examples;
    }

    public static IEnumerable<LabelledSentence> Label(IReadOnlyList<SentenceObservation> observations, DocumentExtraction gold)
    {
        var labels = observations.Select(_ => new HashSet<EventType>()).ToList();
        foreach (var goldEvent in gold.Events)
        {
            var best = -1;
            var bestOverlap = ExtractionScorer.EvidenceOverlapThreshold;
            for (var i = 0; i < observations.Count; i++)
            {
                var overlap = ExtractionScorer.TokenJaccard(goldEvent.Evidence, observations[i].Sentence.Text);
                if (overlap > bestOverlap || (best < 0 && overlap >= bestOverlap))
                {
                    best = i;
                    bestOverlap = overlap;
                }
            }

            if (best >= 0)
            {
                labels[best].Add(goldEvent.Type);
            }
        }

        return observations.Select((o, i) => new LabelledSentence(o.Features, o.Candidates, labels[i]));
    }
}
