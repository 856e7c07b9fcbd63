using Caravan.Extraction.Model;

namespace Caravan.Extraction.Pipeline;

/// <summary>One step of the pipeline: takes a document in progress and returns it with more annotations.</summary>
public interface IExtractionStage
{
    DocumentDraft Apply(DocumentDraft draft);
}
