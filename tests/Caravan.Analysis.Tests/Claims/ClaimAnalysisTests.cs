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
        Print(picture);

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

    [Fact]
    public void A_report_attributed_to_a_body_asserts_it_and_a_later_confirmation_is_linked_to_it()
    {
        var documents = seeds.IngestTexts(
            ("assertion.txt", "On 3 May 2024, police arrested five members of Hizb ut-Tahrir in Osh, according to the State Committee for National Security."),
            ("confirmation.txt", "On 6 May 2024, the Kyrgyz Interior Ministry confirmed that police had arrested five members of Hizb ut-Tahrir in Osh."),
            ("unattributed.txt", "On 7 May 2024, it was reported that police arrested two men in Jalal-Abad, but Bishkek never confirmed this information."));

        var picture = ClaimAnalysis.Analyse(documents);
        Print(picture);

        var assertion = Assert.Single(picture.Claims, c => c.DocumentId == documents[0].Document.Id.Value);
        Assert.Equal((Stance.Asserts, "State Committee for National Security"), (assertion.Stance, assertion.Speaker));
        Assert.Equal("State Committee for National Security", assertion.Organisation);
        var confirmation = Assert.Single(picture.Claims, c => c.DocumentId == documents[1].Document.Id.Value);
        Assert.Equal((Stance.Confirms, "Kyrgyz Interior Ministry"), (confirmation.Stance, confirmation.Speaker));
        var link = Assert.Single(picture.Links, l => l.From == confirmation.EventId);
        Assert.Equal((assertion.EventId, ClaimRelation.Confirms), (link.To, link.Relation));
        Assert.Contains("Hizb ut-Tahrir", link.Why, StringComparison.Ordinal);
        Assert.DoesNotContain(picture.Claims, c => c.DocumentId == documents[2].Document.Id.Value);
    }

    [Fact]
    public void The_seeds_attributed_reports_name_their_source()
    {
        var documents = seeds.Ingest(SeedStore.Seed("000"), SeedStore.Seed("003"));

        var picture = ClaimAnalysis.Analyse(documents);
        Print(picture);

        var sentencing = Assert.Single(picture.Claims, c => c.Content.Contains("Osh city court", StringComparison.Ordinal));
        Assert.Equal(Stance.Asserts, sentencing.Stance);
        Assert.Contains("State Committee for National Security", sentencing.Speaker, StringComparison.Ordinal);
        var plans = Assert.Single(picture.Claims, c => c.Content.Contains("announced plans", StringComparison.Ordinal));
        Assert.Equal(("Abdulaziz Kamilov", "Uzbekistani Foreign Minister", "Uzbekistani Ministry of Foreign Affairs"), (plans.Speaker, plans.SpeakerRole, plans.Organisation));
        var solidarity = Assert.Single(picture.Claims, c => c.Content.Contains("solidarity", StringComparison.Ordinal));
        Assert.Equal(("Nursultan Nazarbayev", "Kazakh President"), (solidarity.Speaker, solidarity.SpeakerRole));
        var official = Assert.Single(picture.Claims, c => c.Content.Contains("on condition of anonymity", StringComparison.Ordinal));
        Assert.Equal(("senior Defense Ministry official", "Defense Ministry"), (official.Speaker, official.Organisation));
        Assert.Contains("on condition of anonymity", official.Hedges);
    }

    private void Print(ClaimPicture picture)
    {
        foreach (var claim in picture.Claims)
        {
            output.WriteLine($"{claim.EventId} {claim.Stance} {claim.Speaker} [{claim.SpeakerRole}] org={claim.Organisation} {claim.Date} hedges={string.Join("/", claim.Hedges)} topics={string.Join("/", claim.Topics)} | {claim.Content}");
        }

        foreach (var link in picture.Links)
        {
            output.WriteLine($"{link.From} {link.Relation} {link.To}: {link.Why}");
        }
    }

    public void Dispose() => seeds.Dispose();
}
