using Caravan.Analysis.Commitments;
using Xunit.Abstractions;

namespace Caravan.Analysis.Tests.Commitments;

public sealed class CommitmentTrackerTests(ITestOutputHelper output) : IDisposable
{
    private readonly SeedStore seeds = new();

    [Fact]
    public void The_commitments_of_the_Dushanbe_conference_report_are_listed_with_proposer_and_status()
    {
        var commitments = CommitmentTracker.Track(seeds.Ingest(SeedStore.Seed("002")), []);

        foreach (var c in commitments)
        {
            output.WriteLine($"{c.Key} | {c.Title} | {c.Proposer} | {string.Join("/", c.Parties)} | {c.FirstSeen} | {c.Status.ToWireName()} | {c.Timeline.Count}");
        }

        var byTitle = commitments.ToDictionary(c => c.Title);
        Assert.Equal(("Shavkat Mirziyoyev", CommitmentStatus.Proposed), Of("regional Expert Council"));
        Assert.Equal(("Shavkat Mirziyoyev", CommitmentStatus.Proposed), Of("Special Fund for Afghan humanitarian assistance in Termez"));
        Assert.Equal(("Shavkat Mirziyoyev", CommitmentStatus.Proposed), Of("unified electronic network on cyberterrorism in Central Asia"));
        Assert.Equal(("Shavkat Mirziyoyev", CommitmentStatus.Proposed), Of("Dialogue of Generations"));
        Assert.Equal(("Vladimir Norov", CommitmentStatus.Proposed), Of("UN Counter-Terrorism Directorate office in Central Asia"));
        Assert.Equal(CommitmentStatus.Agreed, byTitle.Single(c => c.Key.StartsWith("treaty", StringComparison.Ordinal) || c.Value.Title.StartsWith("Treaty", StringComparison.Ordinal)).Value.Status);

        (string?, CommitmentStatus) Of(string title) => (byTitle[title].Proposer, byTitle[title].Status);
    }

    [Fact]
    public void Later_reports_of_the_same_commitment_join_its_timeline_and_move_its_status()
    {
        var documents = seeds.IngestTexts(
            ("proposal.txt", "On October 18, 2022, President Shavkat Mirziyoyev proposed to establish a regional Expert Council on countering extremism."),
            ("progress.txt", "On March 2, 2023, officials said the regional Expert Council on countering extremism is being set up in Tashkent, with Kazakhstan and Kyrgyzstan."),
            ("launch.txt", "On June 9, 2023, the regional Expert Council on countering extremism was established in Tashkent, the Foreign Ministry said."));

        var commitment = Assert.Single(CommitmentTracker.Track(documents, []));
        var ruled = Assert.Single(CommitmentTracker.Track(documents, [new CommitmentDecision(commitment.Key, CommitmentStatus.Stalled, "aigerim", DateTimeOffset.UtcNow, "No meeting since June.")]));

        Assert.Equal(3, commitment.Timeline.Count);
        Assert.Equal("2022-10-18", commitment.FirstSeen?.ToString());
        Assert.Equal(CommitmentStatus.Implemented, commitment.Status);
        Assert.Equal(CommitmentStatus.Stalled, ruled.Status);
        Assert.Equal("No meeting since June.", ruled.Decision?.Note);
    }

    public void Dispose() => seeds.Dispose();
}
