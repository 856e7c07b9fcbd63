using System.Text.RegularExpressions;
using Caravan.Core.Documents;
using Caravan.Extraction.Detection;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Model;
using Caravan.Extraction.Stages;

namespace Caravan.Extraction.Pipeline;

/// <summary>The one place where the extraction stages are put together, in order.</summary>
public sealed class ExtractionPipeline
{
    // A pattern's time limit passed once may be the machine's, not the text's: see ApplyWithinTimeLimits.
    private const int TriesPerStage = 2;

    private readonly IReadOnlyList<IExtractionStage> stages;

    public ExtractionPipeline(IReadOnlyList<IExtractionStage> stages)
    {
        this.stages = stages;
    }

    public IReadOnlyList<IExtractionStage> Stages => stages;

    public static ExtractionPipeline CreateDefault() => CreateDefault(KnowledgeBase.Default);

    public static ExtractionPipeline CreateDefault(KnowledgeBase knowledge) => CreateDefault(knowledge, EventModel.Default);

    /// <summary>The default stages with another event model (one trained on part of the gold, for cross-validation), or none: the rules alone.</summary>
    public static ExtractionPipeline CreateDefault(KnowledgeBase knowledge, EventModel? events) => new(
    [
        new TextNormaliser(),
        new MetadataReader(),
        new SentenceSegmenter(),
        new NamedEntityTagger(Ner.NerTagger.Default),
        new EntityMentionTagger(knowledge),
        new PlaceDisambiguator(knowledge),
        new EntityResolver(knowledge),
        new TemporalTagger(),
        new CasualtyCounter(),
        new EventExtractor(knowledge) { Model = events },
        new EventConsolidator(),
        new HappeningsDatedAfter(),
        new UndatedHappenings(),
        new RegionOfInterest(),
        new ReportCountry(),
        new ViolenceKind(),
    ]);

    public DocumentDraft Run(string fileName, string text) => RunStages(fileName, text, stages);

    /// <summary>The draft as the event extractor receives it, and the extractor: what the event model learns from.</summary>
    public (DocumentDraft Draft, EventExtractor Extractor) RunUntilEvents(string fileName, string text)
    {
        var at = stages.ToList().FindIndex(stage => stage is EventExtractor);
        if (at < 0)
        {
            throw new InvalidOperationException("This pipeline has no event extractor.");
        }

        return (RunStages(fileName, text, [.. stages.Take(at)]), (EventExtractor)stages[at]);
    }

    private static DocumentDraft RunStages(string fileName, string text, IReadOnlyList<IExtractionStage> stages)
    {
        var draft = new DocumentDraft(fileName, text);
        foreach (var stage in stages)
        {
            draft = ApplyWithinTimeLimits(stage, draft);
        }

        return draft;
    }

    /// <summary>
    /// Every pattern has a time limit; on text built to defeat one, the stage is skipped, not the document. A limit
    /// passed once may be the first match's compilation on a busy machine (the first document of a process, on two
    /// loaded cores), so the stage is tried once more before it is skipped.
    /// </summary>
    private static DocumentDraft ApplyWithinTimeLimits(IExtractionStage stage, DocumentDraft draft)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return stage.Apply(draft);
            }
            catch (RegexMatchTimeoutException) when (attempt < TriesPerStage)
            {
                // tried again
            }
            catch (RegexMatchTimeoutException)
            {
                return draft with { Warnings = [.. draft.Warnings, $"{stage.GetType().Name} skipped: a pattern took too long on this text"] };
            }
        }
    }

    public DocumentExtraction Extract(string fileName, string text) => Run(fileName, text).ToExtraction();
}
