using Caravan.Extraction.Model;
using Caravan.Extraction.Ner;
using Caravan.Extraction.Pipeline;

namespace Caravan.Extraction.Stages;

/// <summary>
/// Runs the statistical tagger over every sentence (with what it said earlier in the document as context)
/// and keeps its BIO labels beside the tokens, for the mention tagger to type the names its rules cannot.
/// </summary>
/// <remarks>
/// A long text is tagged in runs of <see cref="RunLength"/> sentences side by side on the machine's cores. Each
/// run first re-reads the <see cref="Warmup"/> sentences before it, so it starts with the names its predecessor
/// would have remembered (the tagger's memory holds a few hundred names, about that many sentences). The runs are
/// cut by the text alone, never by the number of cores, so every machine gives the same labels.
/// </remarks>
public sealed class NamedEntityTagger(NerTagger? tagger) : IExtractionStage
{
    public const int RunLength = 1500;

    public const int Warmup = 100;

    public DocumentDraft Apply(DocumentDraft draft)
    {
        if (tagger is null)
        {
            return draft;
        }

        var sentences = draft.Sentences.Select(s => (IReadOnlyList<string>)[.. s.Tokens.Select(t => t.Text)]).ToList();
        var labels = new string[sentences.Count][];
        var runs = (sentences.Count + RunLength - 1) / RunLength;
        if (runs == 1)
        {
            // One run, the length of most reports, stays on the caller's thread: Parallel.For would wake the thread pool for it.
            TagRun(tagger, sentences, 0, sentences.Count, labels);
        }
        else
        {
            Parallel.For(0, runs, run => TagRun(tagger, sentences, run * RunLength, Math.Min(sentences.Count, (run + 1) * RunLength), labels));
        }

        return draft with { NerLabels = labels };
    }

    private static void TagRun(NerTagger tagger, List<IReadOnlyList<string>> sentences, int start, int end, string[][] labels)
    {
        var history = new PredictionHistory();
        for (var s = Math.Max(0, start - Warmup); s < start; s++)
        {
            tagger.Tag(sentences[s], history);
        }

        for (var s = start; s < end; s++)
        {
            labels[s] = tagger.Tag(sentences[s], history);
        }
    }
}
