using Caravan.Analysis.Claims;
using Caravan.Core.Events;
using Xunit.Abstractions;

namespace Caravan.Analysis.Tests.Claims;

public sealed class ClaimAnalysisTests(ITestOutputHelper output) : IDisposable
{
    private readonly SeedStore seeds = new();

    [Fact]
    public void The_ORT_warning_the_two_denials_and_the_attack_are_linked()
    {
        var documents = seeds.Ingest(SeedStore.Seed("003"));
        var events = documents.Single().Events;

        var picture = ClaimAnalysis.Analyse(documents);

        foreach (var claim in picture.Claims)
        {
            output.WriteLine($"{claim.EventId} {claim.Stance} {claim.Speaker} [{claim.SpeakerRole}] {claim.Date} hedges={string.Join("/", claim.Hedges)} topics={string.Join("/", claim.Topics)}");
        }

        foreach (var link in picture.Links)
        {
            output.WriteLine($"{link.From} {link.Relation} {link.To}: {link.Why}");
        }

        var warning = Assert.Single(picture.Claims, c => c.Stance == Stance.Warns);
        Assert.Equal("ORT", warning.Speaker);
        Assert.Contains("purportedly", warning.Hedges);
        var denials = picture.Claims.Where(c => c.Stance == Stance.Denies).ToList();
        Assert.Equal(["Tashtemir Aitbaev", "Amirkul Azimov"], denials.Select(d => d.Speaker));
        Assert.Equal("Kyrgyz Internal Affairs Minister", denials[0].SpeakerRole);
        Assert.Equal("Tajikistan’s Security Council Secretary", denials[1].SpeakerRole);
        Assert.Equal(["Kyrgyz Ministry of Internal Affairs", "Tajikistan’s Security Council"], denials.Select(d => d.Organisation));
        Assert.Equal("ORT", warning.Organisation);
        Assert.All(denials, d => Assert.Contains(picture.Links, l => l.From == d.EventId && l.To == warning.EventId && l.Relation == ClaimRelation.Denies));

        var attack = events.Single(e => e.Event.Type == EventType.ArmedClash && e.Event.Date?.ToString() == "2001-07-25");
        Assert.Contains(picture.Links, l => l.From == attack.Id && l.To == warning.EventId && l.Relation == ClaimRelation.Confirms);
        Assert.All(denials, d => Assert.Contains(picture.Links, l => l.From == attack.Id && l.To == d.EventId && l.Relation == ClaimRelation.Refutes));
        Assert.DoesNotContain(picture.Links, l => l.Relation == ClaimRelation.Confirms && l.From != attack.Id);
    }

    [Fact]
    public void A_denial_in_another_report_is_linked_when_it_names_the_warning_and_its_subject()
    {
        var documents = seeds.IngestTexts(
            ("warning.txt", "On March 3, 2024, the Interior Ministry warned that members of Jamaat Ansarullah were preparing attacks in the Rasht Valley, reportedly with foreign support."),
            ("denial.txt", "On March 5, 2024, Jamaat Ansarullah denied the Interior Ministry's accusations, saying it had no fighters in the Rasht Valley."),
            ("unrelated.txt", "On March 6, 2024, the Kazakh Foreign Ministry denied reports that its embassy in Kabul would close."));

        var picture = ClaimAnalysis.Analyse(documents);

        var warning = Assert.Single(picture.Claims, c => c.Stance == Stance.Warns);
        Assert.Contains("reportedly", warning.Hedges);
        var denialEvents = documents[1].Events.Select(e => e.Id).ToHashSet();
        Assert.Contains(picture.Links, l => denialEvents.Contains(l.From) && l.To == warning.EventId && l.Relation == ClaimRelation.Denies);
        var unrelated = documents[2].Events.Select(e => e.Id).ToHashSet();
        Assert.DoesNotContain(picture.Links, l => unrelated.Contains(l.From) && l.To == warning.EventId);
    }

    public void Dispose() => seeds.Dispose();
}
