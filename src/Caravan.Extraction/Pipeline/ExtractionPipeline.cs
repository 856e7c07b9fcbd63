using System.Text.RegularExpressions;
using Caravan.Core.Documents;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Model;
using Caravan.Extraction.Stages;

namespace Caravan.Extraction.Pipeline;

/// <summary>The one place where the extraction stages are put together, in order.</summary>
public sealed class ExtractionPipeline
{
    private readonly IReadOnlyList<IExtractionStage> stages;

    public ExtractionPipeline(IReadOnlyList<IExtractionStage> stages)
    {
        this.stages = stages;
    }

    public IReadOnlyList<IExtractionStage> Stages => stages;

    public static ExtractionPipeline CreateDefault() => CreateDefault(KnowledgeBase.Default);

    public static ExtractionPipeline CreateDefault(KnowledgeBase knowledge) => new(
    [
        new TextNormaliser(),
        new MetadataReader(),
        new SentenceSegmenter(),
        new NamedEntityTagger(Ner.NerTagger.Default),
        new EntityMentionTagger(knowledge),
        new PlaceDisambiguator(knowledge),
        new EntityResolver(knowledge),
        new TemporalTagger(),
        new EventExtractor(knowledge),
        new EventConsolidator(),
    ]);

    public DocumentDraft Run(string fileName, string text)
    {
        var draft = new DocumentDraft(fileName, text);
        foreach (var stage in stages)
        {
            try
            {
                draft = stage.Apply(draft);
            }
            catch (RegexMatchTimeoutException)
            {
                // Every pattern has a time limit; on text built to defeat one, the stage is skipped, not the document.
                draft = draft with { Warnings = [.. draft.Warnings, $"{stage.GetType().Name} skipped: a pattern took too long on this text"] };
            }
        }

        return draft;
    }

    public DocumentExtraction Extract(string fileName, string text) => Run(fileName, text).ToExtraction();
}
