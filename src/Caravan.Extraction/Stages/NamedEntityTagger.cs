using Caravan.Extraction.Model;
using Caravan.Extraction.Ner;
using Caravan.Extraction.Pipeline;

namespace Caravan.Extraction.Stages;

/// <summary>
/// Runs the statistical tagger over every sentence (with what it said earlier in the document as context)
/// and keeps its BIO labels beside the tokens, for the mention tagger to type the names its rules cannot.
/// </summary>
public sealed class NamedEntityTagger(NerTagger? tagger) : IExtractionStage
{
    public DocumentDraft Apply(DocumentDraft draft)
    {
        if (tagger is null)
        {
            return draft;
        }

        var history = new PredictionHistory();
        var labels = draft.Sentences.Select(s => tagger.Tag([.. s.Tokens.Select(t => t.Text)], history)).ToList();
        return draft with { NerLabels = labels };
    }
}
