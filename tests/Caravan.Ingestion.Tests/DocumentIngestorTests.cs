using Caravan.Core.Sharing;
using Caravan.Extraction.Pipeline;
using Caravan.Storage.Sqlite;
using Caravan.Testing;

namespace Caravan.Ingestion.Tests;

public sealed class DocumentIngestorTests : IDisposable
{
    private const string Report = "Publication: Monitor\n\nOn July 25-26, gunmen presumed to belong to the IMU crossed the border from Tajikistan and twice attacked a military outpost in the Batken Region, some twelve kilometers inside Kyrgyzstan.";

    private readonly TempFolder folder = new();
    private readonly SqliteEventStore store;
    private readonly DocumentIngestor ingestor;

    public DocumentIngestorTests()
    {
        store = new SqliteEventStore(Path.Combine(folder.Path, "caravan.db"), Reader.Instance);
        store.Migrate();
        ingestor = new DocumentIngestor(store, ExtractionPipeline.CreateDefault(), new Caravan.Extraction.Resolution.EntityMatcher(Caravan.Extraction.Knowledge.KnowledgeBase.Default), TimeProvider.System);
    }

    [Fact]
    public void AReportIsStoredWithItsEventsAndProvenance()
    {
        var path = folder.Write("monitor.txt", Report);

        var outcome = ingestor.Ingest(path);

        Assert.Equal(IngestStatus.Added, outcome.Status);
        Assert.Equal(1, outcome.Events);
        var stored = store.FindDocument("monitor.txt");
        Assert.NotNull(stored);
        Assert.Equal(Path.GetFullPath(path), stored.Document.SourcePath);
        Assert.Equal("Batken", Assert.Single(stored.Events).Event.Place.Admin1);
    }

    [Fact]
    public void IngestingAgainIsIdempotentEvenUnderAnotherName()
    {
        ingestor.Ingest(folder.Write("monitor.txt", Report));

        var again = ingestor.Ingest(folder.Write("copy-of-monitor.txt", Report + "\n\n"));

        Assert.Equal(IngestStatus.AlreadyPresent, again.Status);
        Assert.Equal((1, 1), (store.CountDocuments(), store.CountEvents()));
    }

    [Fact]
    public void AnUnreadableFileFailsAloneWithItsReason()
    {
        var bad = ingestor.Ingest(folder.WriteBytes("broken.txt", [0xFF, 0xFE, 0x00, 0xD8]));
        var good = ingestor.Ingest(folder.Write("monitor.txt", Report));

        Assert.Equal(IngestStatus.Failed, bad.Status);
        Assert.False(string.IsNullOrEmpty(bad.Reason));
        Assert.Equal(IngestStatus.Added, good.Status);
    }

    [Fact]
    public void APdfReportsParagraphRunningOverSeveralLinesGivesItsSentenceWhole()
    {
        var path = folder.WriteBytes("wrapped.pdf", TestPdf.Of(
            "Border guards wounded near Batken",
            "Regional Service, 3 May 2024",
            "",
            "Two Kyrgyz border guards were wounded on Friday when unidentified gunmen opened fire on",
            "a patrol near the village of Kok-Tash in the Batken region, the border service said in a",
            "statement, adding that the attackers had fled across the border and an investigation had",
            "been opened by the prosecutor's office in the regional centre on the same evening."));

        var outcome = ingestor.Ingest(path);

        Assert.Equal(IngestStatus.Added, outcome.Status);
        var stored = Assert.Single(store.FindDocument("wrapped.pdf")!.Events);
        Assert.StartsWith("Two Kyrgyz border guards were wounded on Friday when unidentified gunmen opened fire on a patrol near the village of Kok-Tash in the Batken region, the border service said", stored.Event.Evidence, StringComparison.Ordinal);
        Assert.Equal("2024-05-03", stored.Event.Date.ToString());
    }

    [Fact]
    public void AMissingFileIsReported() =>
        Assert.Equal("no such file", ingestor.Ingest(Path.Combine(folder.Path, "nope.txt")).Reason);

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
    }
}

public sealed class SeedKnowledgeBaseTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void IngestingTheSeedsYieldsOneEntityEachWithItsVariants()
    {
        using var store = new SqliteEventStore(Path.Combine(folder.Path, "caravan.db"), Reader.Instance);
        store.Migrate();
        var ingestor = new DocumentIngestor(store, ExtractionPipeline.CreateDefault(), new Caravan.Extraction.Resolution.EntityMatcher(Caravan.Extraction.Knowledge.KnowledgeBase.Default), TimeProvider.System);
        foreach (var file in Caravan.Ingestion.Sources.SourceReader.Expand([Samples.Folder]).Where(f => f.EndsWith(".txt", StringComparison.Ordinal)))
        {
            Assert.Equal(IngestStatus.Added, ingestor.Ingest(file).Status);
        }

        Assert.Contains("Mirziyoyev", Single(store, "Mirziyoyev").Aliases);
        Assert.Contains("Nursultan Nazarbaev", Single(store, "Nazarba").Aliases);
        Assert.Contains("IMU", Single(store, "Islamic Movement of Uzbekistan").Aliases);
        Assert.Superset(new HashSet<string> { "ISIL", "ISIS", "IS", "Islamic State" }, Single(store, "Islamic State", exact: true).Aliases.ToHashSet());
        Assert.Contains("Ferghana Valley", Single(store, "Fergana Valley").Aliases);
        Assert.Superset(new HashSet<string> { "Batken", "Batken Province", "Batken Region" }, Single(store, "Batken").Aliases.ToHashSet());
    }

    private static Caravan.Core.Resolution.KnownEntity Single(SqliteEventStore store, string name, bool exact = false)
    {
        var found = store.SearchEntities(name, null, 50).Where(e => !exact || e.Name == name).ToList();
        return Assert.Single(found, e => e.Name.Contains(name, StringComparison.Ordinal) || e.Aliases.Contains(name));
    }

    public void Dispose() => folder.Dispose();
}
