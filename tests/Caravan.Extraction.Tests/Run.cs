using Caravan.Extraction.Model;
using Caravan.Extraction.Pipeline;

namespace Caravan.Extraction.Tests;

/// <summary>Runs the real pipeline, whole or up to a stage, on a text.</summary>
internal static class Run
{
    public static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    public static DocumentDraft All(string text, string fileName = "test.txt") => Pipeline.Run(fileName, text);

    public static DocumentDraft Until<TStage>(string text)
        where TStage : IExtractionStage
    {
        var draft = new DocumentDraft("test.txt", text);
        foreach (var stage in Pipeline.Stages)
        {
            draft = stage.Apply(draft);
            if (stage is TStage)
            {
                break;
            }
        }

        return draft;
    }
}
