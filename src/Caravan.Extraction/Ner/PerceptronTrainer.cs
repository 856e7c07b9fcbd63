namespace Caravan.Extraction.Ner;

/// <summary>
/// Trains the tagger as a structured averaged perceptron (Collins 2002): Viterbi-decode each sentence with
/// the current weights, and where the best path leaves the gold one, reward the gold path's features and
/// penalise the predicted path's; the weights kept are the average over all steps. Sentences are shuffled in
/// blocks, so the prediction history sees a story's names in order. Deterministic for a seed.
/// </summary>
public sealed class PerceptronTrainer(LexiconFeatures lexicons)
{
    private const int Block = 50;

    public PerceptronModel Train(IReadOnlyList<NerSentence> sentences, int epochs, int seed, float pruneBelow, IProgress<(int Epoch, int Sentence, int Mistakes)>? progress = null)
    {
        var labels = NerLabels.Count;
        var emission = new AveragedWeights(labels);
        var transition = new AveragedWeights(labels * labels);
        var names = NameList.FromTraining(sentences);
        var blocks = Enumerable.Range(0, (sentences.Count + Block - 1) / Block).ToArray();
        var random = new Random(seed);
        var buffer = new List<ulong>(64);
        var step = 0;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(blocks);
            var mistakes = 0;
            var done = 0;
            foreach (var block in blocks)
            {
                var history = new PredictionHistory();
                for (var s = block * Block; s < Math.Min(sentences.Count, (block + 1) * Block); s++)
                {
                    var sentence = sentences[s];
                    var features = new NerFeatures(sentence.Tokens, lexicons, names, [.. NameList.NamesIn(sentence)], history);
                    step++;
                    var guess = ViterbiDecoder.Decode(features, emission.Score, transition.Score);
                    var predicted = new string[guess.Length];
                    for (var i = 0; i < guess.Length; i++)
                    {
                        predicted[i] = NerLabels.All[guess[i]];
                        var truth = NerLabels.IndexOf(sentence.Labels![i]);
                        var goldBefore = i == 0 ? 0 : NerLabels.IndexOf(sentence.Labels[i - 1]);
                        var guessBefore = i == 0 ? 0 : guess[i - 1];
                        if (truth != guess[i])
                        {
                            mistakes++;
                            features.ExtractStatic(i, buffer);
                            emission.Update(buffer, truth, +1, step);
                            emission.Update(buffer, guess[i], -1, step);
                        }

                        if (truth != guess[i] || goldBefore != guessBefore)
                        {
                            features.ExtractTransition(i, buffer);
                            transition.Update(buffer, (goldBefore * labels) + truth, +1, step);
                            transition.Update(buffer, (guessBefore * labels) + guess[i], -1, step);
                        }
                    }

                    history.Remember(sentence.Tokens, predicted);
                    if (++done % 500 == 0)
                    {
                        progress?.Report((epoch, done, mistakes));
                    }
                }
            }

            progress?.Report((epoch, sentences.Count, mistakes));
        }

        return new PerceptronModel(emission.Average(step, pruneBelow), transition.Average(step, pruneBelow), names);
    }
}
