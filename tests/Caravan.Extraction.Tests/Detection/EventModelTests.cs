using Caravan.Core.Evaluation;
using Caravan.Core.Events;
using Caravan.Extraction.Detection;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Pipeline;

namespace Caravan.Extraction.Tests.Detection;

public class EventModelTests
{
    private static IReadOnlyList<EventTrainingSet.GoldDocument> Seeds() =>
        [.. Directory.EnumerateFiles(Samples.Folder, "*.gold.json").Order(StringComparer.Ordinal).Select(goldFile =>
        {
            var textFile = goldFile[..^".gold.json".Length] + ".txt";
            return new EventTrainingSet.GoldDocument(Path.GetFileName(textFile), File.ReadAllText(textFile), GoldFormat.Parse(File.ReadAllText(goldFile), goldFile));
        })];

    private static IReadOnlyList<LabelledSentence> SeedExamples() =>
        EventTrainingSet.Build(ExtractionPipeline.CreateDefault(KnowledgeBase.Default, events: null), Seeds());

    private static byte[] Bytes(EventModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void EveryGoldEventLabelsTheSentenceItsEvidenceMatches()
    {
        var examples = SeedExamples();
        var gold = Seeds().Sum(d => d.Gold.Events.Count);

        // Two seed events share one sentence with another of their type; all others land on a sentence of their own.
        Assert.InRange(examples.Sum(e => e.Labels.Count), gold * 3 / 4, gold);
        Assert.Contains(examples, e => e.Labels.Count == 0);
    }

    [Fact]
    public void ACandidateOfTheGoldFamilyStandsForTheGoldTypeOnlyWhereThatTypeWasNotProposed()
    {
        EventCandidateCue Cue(EventType type) => new(type, 0, ["self"]);
        var attack = new HashSet<EventType> { EventType.Attack };

        var clashAlone = new LabelledSentence(["bias"], [Cue(EventType.ArmedClash)], attack);
        var both = new LabelledSentence(["bias"], [Cue(EventType.ArmedClash), Cue(EventType.Attack)], attack);

        Assert.True(clashAlone.IsNewHappening(EventType.ArmedClash));
        Assert.False(both.IsNewHappening(EventType.ArmedClash));
        Assert.True(both.IsNewHappening(EventType.Attack));
        Assert.False(both.IsNewHappening(EventType.Arrest));
    }

    [Fact]
    public void TheSameDataAndSeedTrainTheSameModel()
    {
        var examples = SeedExamples();

        var first = Bytes(EventModelTrainer.Train(examples, new EventModelTrainer.Options(Epochs: 5, Seed: 7)));
        var second = Bytes(EventModelTrainer.Train(examples, new EventModelTrainer.Options(Epochs: 5, Seed: 7)));
        var otherSeed = Bytes(EventModelTrainer.Train(examples, new EventModelTrainer.Options(Epochs: 5, Seed: 8)));

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
    }

    [Fact]
    public void ASavedModelScoresAsBeforeWhenLoaded()
    {
        var examples = SeedExamples();
        var model = EventModelTrainer.Train(examples, new EventModelTrainer.Options(Epochs: 5));

        var loaded = EventModel.Load(new MemoryStream(Bytes(model)), "test");

        foreach (var example in examples.Where(e => e.Candidates.Count > 0).Take(20))
        {
            var candidate = example.Candidates[0];
            Assert.Equal(model.Probability(model.Indices(example.Features), candidate), loaded.Probability(loaded.Indices(example.Features), candidate), 6);
        }
    }

    [Fact]
    public void ACutModelFileIsNamedAsSuch()
    {
        var bytes = Bytes(EventModelTrainer.Train(SeedExamples(), new EventModelTrainer.Options(Epochs: 1)));

        var error = Assert.Throws<InvalidDataException>(() => EventModel.Load(new MemoryStream(bytes[..(bytes.Length / 2)]), "cut.bin"));

        Assert.Contains("cut.bin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTrainedModelSeparatesNewHappeningsOfItsTrainingData()
    {
        var examples = SeedExamples();
        var model = EventModelTrainer.Train(examples, new EventModelTrainer.Options());
        var scored = examples.SelectMany(e => e.Candidates.Select(c => (Gold: e.IsNewHappening(c.Type), P: model.Probability(model.Indices(e.Features), c)))).ToList();

        var reporting = scored.Where(c => c.Gold).Average(c => c.P);
        var silent = scored.Where(c => !c.Gold).Average(c => c.P);

        Assert.True(reporting > silent + 0.2, $"mean probability {reporting:F2} on candidates the gold reports, {silent:F2} on the others");
    }

    [Fact]
    public void TheShippedModelIsEmbedded()
    {
        var model = EventModel.Default;

        Assert.NotNull(model);
        Assert.Equal(16, model.Types.Count);
        Assert.True(model.FeatureCount > 1000);
    }

    [Fact]
    public void FeaturesMadeStraightIntoIndicesAreThoseOfTheirNames()
    {
        var model = EventModel.Default!;
        var draft = Run.Until<Caravan.Extraction.Stages.CasualtyCounter>("Reuters, May 12, 2015\n\nThe attacks were claimed by gunmen who killed 12 soldiers in Osh on Monday, officials said.");
        var sentence = draft.Sentences.Last();
        var lower = sentence.Tokens.Select(t => t.Lower).ToList();
        var at = lower.IndexOf("attacks");
        var context = new EventFeatures.Context(
            draft, sentence, lower, 1, [new TriggerHit(EventType.Attack, at, Hypothetical: false, Guarded: false, Definite: true)],
            [(EventType.Attack, at)], [], new HashSet<EventType> { EventType.Attack }, new HashSet<EventType>());
        var sink = model.NewIndexSink();

        EventFeatures.Of(context, sink);
        var sentenceIndices = sink.Take();
        EventFeatures.OfCandidate(context, EventType.Attack, at, sink);
        var candidateIndices = sink.Take();

        Assert.True(sentenceIndices.Count > 20 && candidateIndices.Count > 5, $"{sentenceIndices.Count} and {candidateIndices.Count} features known to the model");
        Assert.Equal(model.Indices(EventFeatures.Of(context)), sentenceIndices);
        Assert.Equal(model.Indices(EventFeatures.OfCandidate(context, EventType.Attack, at)), candidateIndices);
    }
}
