using Caravan.Extraction.Knowledge;

namespace Caravan.Extraction.Ner;

/// <summary>
/// A named-entity tagger over a structured averaged perceptron: Viterbi finds each sentence's best labels,
/// never an I- label after another type.
/// </summary>
public sealed class NerTagger(PerceptronModel model, LexiconFeatures lexicons)
{
    private const string DefaultModelResource = "Caravan.Data.models/ner-conll2003.bin";
    private static readonly Lazy<NerTagger?> Shipped = new(LoadShipped);

    private readonly WordScores wordScores = new(model.Emission, model.Transition);

    public PerceptronModel Model { get; } = model;

    public LexiconFeatures Lexicons { get; } = lexicons;

    /// <summary>The model trained on CoNLL-2003 that ships inside the assembly, or null if none is embedded.</summary>
    public static NerTagger? Default => Shipped.Value;

    /// <summary>Tags one sentence; give the same <paramref name="history"/> to the sentences of one text, in order.</summary>
    public string[] Tag(IReadOnlyList<string> tokens, PredictionHistory? history = null)
    {
        var words = new WordScores.Word[tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = wordScores.Of(tokens[i]);
        }

        var features = new NerFeatures(tokens, [.. words.Select(w => w.Lower)], [.. words.Select(w => w.Shape)], Lexicons, Model.Names, ownNames: null, history);
        var buffer = new List<ulong>(48);
        var width = wordScores.EmissionWidth;
        // A word's own features come summed from the memo; only those that look beyond the word are added here.
        var path = ViterbiDecoder.Decode(tokens.Count, (i, word, pairs) =>
        {
            var sums = words[i].Sums;
            sums.AsSpan(0, width).CopyTo(word);
            features.ExtractContext(i, buffer);
            Model.Emission.Add(buffer, word);
            sums.AsSpan(width).CopyTo(pairs);
            features.ExtractTransitionContext(i, buffer);
            Model.Transition.Add(buffer, pairs);
        });
        var labels = new string[tokens.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = NerLabels.All[path[i]];
        }

        history?.Remember(tokens, labels);
        return labels;
    }

    /// <summary>
    /// Tags the sentences of one text twice: the second pass sees what the first said of each word in the
    /// sentences around it, before and after ("Akaev" named in full three sentences later).
    /// </summary>
    public List<string[]> TagText(IReadOnlyList<IReadOnlyList<string>> sentences, int window = 20)
    {
        var firstPass = new List<string[]>(sentences.Count);
        var history = new PredictionHistory();
        foreach (var sentence in sentences)
        {
            firstPass.Add(Tag(sentence, history));
        }

        var result = new List<string[]>(sentences.Count);
        for (var s = 0; s < sentences.Count; s++)
        {
            var around = new PredictionHistory();
            for (var k = Math.Max(0, s - window); k < Math.Min(sentences.Count, s + window + 1); k++)
            {
                if (k != s)
                {
                    around.Remember(sentences[k], firstPass[k]);
                }
            }

            result.Add(Tag(sentences[s], around));
        }

        return result;
    }

    public static NerTagger Load(Stream stream, string sourceName) =>
        new(PerceptronModel.Load(stream, sourceName), new LexiconFeatures(KnowledgeBase.Default));

    private static NerTagger? LoadShipped()
    {
        using var stream = typeof(NerTagger).Assembly.GetManifestResourceStream(DefaultModelResource);
        return stream is null ? null : Load(stream, DefaultModelResource);
    }
}
