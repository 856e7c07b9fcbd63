using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Ner;

namespace Caravan.Extraction.Tests.Ner;

public class NerTaggerTests
{
    private static readonly NerTagger Shipped = NerTagger.Default ?? throw new InvalidOperationException("the NER model is not embedded");

    private static List<(string Text, string Type)> Names(string sentence)
    {
        var tokens = sentence.Split(' ');
        return [.. NerScore.Spans(Shipped.Tag(tokens)).Select(s => (string.Join(' ', tokens[s.Start..s.End]), s.Type))];
    }

    [Fact]
    public void RegionalNamesNeverSeenInTrainingAreTagged()
    {
        var names = Names("The agreement was finalized by his Uzbekistani counterpart Qobul Berdiyev and Kyrgyz President Almazbek Atambayev in Tashkent .");

        Assert.Contains(("Qobul Berdiyev", "PER"), names);
        Assert.Contains(("Almazbek Atambayev", "PER"), names);
        Assert.Contains(("Tashkent", "LOC"), names);
    }

    [Fact]
    public void ThePreviousSentencesOfATextInformTheNext()
    {
        var history = new PredictionHistory();
        Shipped.Tag("President Askar Akaev left Bishkek on vacation .".Split(' '), history);

        var labels = Shipped.Tag("Akaev returned on Monday .".Split(' '), history);

        Assert.Equal("B-PER", labels[0]);
    }

    [SharedDataFact("data/conll2003/dev.txt")]
    public void TheDevelopmentSetScoresAtLeastNinetyPercentF1()
    {
        var dev = SharedData.PathOf("data/conll2003/dev.txt");
        using var reader = File.OpenText(dev);
        var sentences = ConllReader.Read(reader, withLabels: true, "dev.txt").ToList();

        var predicted = Shipped.TagText([.. sentences.Select(s => s.Tokens)]);
        var scores = NerScore.Score(sentences.Select((s, i) => (s.Labels!, (IReadOnlyList<string>)predicted[i])).ToList());

        Assert.InRange(scores["ALL"].F1, 0.90, 1.0);
    }

    [Fact]
    public void WhatTheTaggerReadBeforeDoesNotChangeItsLabels()
    {
        // The shipped tagger keeps each word's sums from every text it has read; a new one over the same model has none.
        string[] sentences =
        [
            "Kyrgyz border guards told Tashkent that Tajik troops opened fire near the village of Kok-Tash in Batken .",
            "The Islamic Movement of Uzbekistan claimed the attack , the State Committee for National Security said .",
            "TASHKENT , Oct 23 ( Reuters ) - Uzbek President Shavkat Mirziyoyev met Kazakh counterpart Kassym-Jomart Tokayev .",
        ];
        foreach (var sentence in sentences.Reverse())
        {
            Shipped.Tag(sentence.Split(' '));
        }

        var fresh = new NerTagger(Shipped.Model, Shipped.Lexicons);

        foreach (var sentence in sentences)
        {
            Assert.Equal(fresh.Tag(sentence.Split(' ')), Shipped.Tag(sentence.Split(' ')));
        }
    }

    [Fact]
    public void NoLabelIsAnOrphanInside()
    {
        var labels = Shipped.Tag("the of and Islamic Movement of Uzbekistan and the Jamestown Foundation in Washington".Split(' '));

        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i].StartsWith("I-", StringComparison.Ordinal))
            {
                Assert.True(i > 0 && labels[i - 1][2..] == labels[i][2..], $"orphan {labels[i]} at {i}");
            }
        }
    }
}

public class NerTrainingTests
{
    private const string Corpus = """
        Askar NNP B-PER
        Akaev NNP I-PER
        visited VBD O
        Bishkek NNP B-LOC
        . . O

        The DT O
        IMU NNP B-ORG
        attacked VBD O
        Batken NNP B-LOC
        . . O

        Amirkul NNP B-PER
        Azimov NNP I-PER
        denied VBD O
        it PRP O
        . . O

        """;

    private static List<NerSentence> Read(string text) => [.. ConllReader.Read(new StringReader(text), withLabels: true, "corpus")];

    private static byte[] TrainedBytes(int seed)
    {
        var model = new PerceptronTrainer(new LexiconFeatures(KnowledgeBase.Default)).Train(Read(Corpus), epochs: 5, seed, pruneBelow: 0);
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void TrainingIsDeterministicForASeed() => Assert.Equal(TrainedBytes(7), TrainedBytes(7));

    [Fact]
    public void ATrainedModelSavesLoadsAndLearnsItsData()
    {
        using var stream = new MemoryStream(TrainedBytes(7));
        var tagger = NerTagger.Load(stream, "memory");

        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "O"], tagger.Tag(["Askar", "Akaev", "visited", "Bishkek", "."]));
    }

    [Fact]
    public void ABadLabelNamesTheLine()
    {
        var error = Assert.Throws<FormatException>(() => Read("Akaev NNP B-PERSON\n"));

        Assert.Contains("corpus:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATruncatedModelIsRefused()
    {
        var bytes = TrainedBytes(7);
        using var stream = new MemoryStream(bytes[..(bytes.Length / 2)]);

        Assert.ThrowsAny<Exception>(() => NerTagger.Load(stream, "half.bin"));
    }

    [Fact]
    public void SpansFollowTheConllRule()
    {
        var spans = NerScore.Spans(["B-PER", "I-PER", "I-ORG", "O", "I-LOC", "B-LOC", "B-LOC"]);

        Assert.Equal([(0, 2, "PER"), (2, 3, "ORG"), (4, 5, "LOC"), (5, 6, "LOC"), (6, 7, "LOC")], spans);
    }
}
