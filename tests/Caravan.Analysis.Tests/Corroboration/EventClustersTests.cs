using Caravan.Analysis.Corroboration;
using Caravan.Core.Documents;
using Caravan.Core.Events;
using Caravan.Storage;

namespace Caravan.Analysis.Tests.Corroboration;

public sealed class EventClustersTests : IDisposable
{
    private readonly SeedStore seeds = new();

    /// <summary>
    /// Three outlets' reports of the abduction of Japanese geologists in Batken on 23 August 1999 (a matter of public
    /// record), one dated by its dateline a day later, and a clash in the same region six weeks on.
    /// </summary>
    [Fact]
    public void Several_reports_of_one_happening_become_one_event_with_several_sources()
    {
        seeds.IngestTexts(
            ("wire-a.txt", "Japanese geologists abducted\n\nOn August 23, 1999, militants of the Islamic Movement of Uzbekistan abducted four Japanese geologists in the Batken region of Kyrgyzstan, the Kyrgyz government said."),
            ("wire-b.txt", "Hostages taken in Kyrgyzstan\n\nGunmen from the IMU abducted four Japanese geologists and their interpreter in the Batken region of Kyrgyzstan on August 23, 1999, officials reported."),
            ("wire-c.txt", "Kyrgyz officials confirm kidnapping\n\nBISHKEK, 24 August 1999 - Kyrgyz officials said on Tuesday that IMU fighters had kidnapped four Japanese geologists in Batken on 23 August 1999."),
            ("wire-d.txt", "Clash in Batken\n\nOn 5 October 1999, Kyrgyz troops clashed with IMU militants in the Batken region, killing ten of them, the Defence Ministry said."));
        var events = seeds.Store.QueryEvents(new EventQuery { Limit = 1000 });

        var happenings = EventClusters.Build(events, new Dictionary<string, Reliability>());

        var abduction = Assert.Single(happenings, h => h.Event.Event.Type == EventType.Abduction);
        Assert.Equal(3, abduction.Corroboration);
        Assert.Equal("1999-08-23", abduction.Event.Event.Date?.ToString());
        var clash = Assert.Single(happenings, h => h.Event.Event.Type == EventType.ArmedClash);
        Assert.Equal(1, clash.Corroboration);
    }

    [Fact]
    public void The_best_graded_outlet_tells_the_story_and_diversity_counts_outlets()
    {
        var events = new[]
        {
            Stored(1, "doc-1", "Wire One", "2024-05-03", EventType.Attack, "Batken"),
            Stored(2, "doc-2", "Wire One", "2024-05-03", EventType.ArmedClash, "Batken"),
            Stored(3, "doc-3", "Ministry", "2024-05-04", EventType.Attack, "Batken Region"),
            Stored(4, "doc-4", "Wire Two", "2024-05-06", EventType.Attack, "Batken"),
            Stored(5, "doc-5", "Wire Two", "2024-05-03", EventType.Arrest, "Batken"),
            Stored(6, "doc-6", "Wire Two", "2024-05-03", EventType.Attack, "Sughd"),
        };
        var grades = new Dictionary<string, Reliability>(StringComparer.OrdinalIgnoreCase) { ["Ministry"] = Reliability.B, ["Wire One"] = Reliability.C };

        var happenings = EventClusters.Build(events, grades);

        var main = Assert.Single(happenings, h => h.Sources.Count > 1);
        Assert.Equal([1L, 2L, 3L], main.Sources.Select(s => s.Event.Id).Order());
        Assert.Equal((3, 2, Reliability.B), (main.Corroboration, main.OutletDiversity, main.BestReliability));
        Assert.Equal(3, main.Event.Id);
        Assert.Equal(4, happenings.Count);
    }

    private static StoredEvent Stored(long id, string document, string outlet, string date, EventType type, string region) =>
        new(id, new DocumentId(document), document + ".txt", outlet, TestEvents.Event(date, type, region));

    public void Dispose() => seeds.Dispose();
}
