using Caravan.Core.Sharing;
using System.Diagnostics;
using System.Text;
using Caravan.Extraction.Pipeline;
using Caravan.Ingestion.Sources;
using Caravan.Storage.Sqlite;

namespace Caravan.Ingestion.Tests;

/// <summary>Files built to break a pipeline: each gets a clear error or is processed in bounded time, never a crash.</summary>
public sealed class HostileInputTests : IDisposable
{
    // Extraction is linear, about 0.3 MB/s on a 10 MB line of prose on this 2-core machine: bound by size.
    private static TimeSpan Bound(string path) => TimeSpan.FromSeconds(20 + (new FileInfo(path).Length / (1024.0 * 1024.0) * 8));
    private readonly TempFolder folder = new();

    public static TheoryData<string> Refused => ["binary", "invalid-utf8", "utf16-without-bom", "fifty-megabytes", "empty", "whitespace-only", "zip-bomb", "pdf-bomb"];

    public static TheoryData<string> Processed => ["ten-megabyte-line", "nested-html", "digits", "capitals", "months", "dashes", "brackets", "quotes", "hyphen-chains", "unicode-soup"];

    [Theory]
    [MemberData(nameof(Refused))]
    public void RefusedWithAReasonThatNamesTheFile(string kind)
    {
        var path = Make(kind);

        var outcome = Ingest(path);

        Assert.Equal(IngestStatus.Failed, outcome.Status);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Reason));
        Assert.Equal(path, outcome.Path);
    }

    [Theory]
    [MemberData(nameof(Processed))]
    public void ProcessedInBoundedTime(string kind)
    {
        var path = Make(kind);
        var watch = Stopwatch.StartNew();

        var outcome = Ingest(path);

        Assert.NotEqual(IngestStatus.Failed, outcome.Status);
        Assert.True(watch.Elapsed < Bound(path), $"{kind} took {watch.Elapsed.TotalSeconds:F1} s, more than {Bound(path).TotalSeconds:F0} s");
    }

    private IngestOutcome Ingest(string path)
    {
        using var store = new SqliteEventStore(Path.Combine(folder.Path, "hostile.db"), Reader.Instance);
        store.Migrate();
        var ingestor = new DocumentIngestor(store, ExtractionPipeline.CreateDefault(), new Caravan.Extraction.Resolution.EntityMatcher(Caravan.Extraction.Knowledge.KnowledgeBase.Default), TimeProvider.System);
        return ingestor.Ingest(path);
    }

    private string Make(string kind)
    {
        var random = new Random(kind.GetHashCode(StringComparison.Ordinal));
        return kind switch
        {
            "binary" => folder.WriteBytes("binary.txt", [.. Enumerable.Range(0, 4096).Select(i => (byte)random.Next(256))]),
            "invalid-utf8" => folder.WriteBytes("invalid.txt", [.. Encoding.UTF8.GetBytes("Batken "), 0xC3, 0x28, 0xA0, 0xA1]),
            "utf16-without-bom" => folder.WriteBytes("utf16.txt", Encoding.Unicode.GetBytes("Gunmen attacked an outpost in the Batken Region.")),
            "fifty-megabytes" => folder.WriteBytes("huge.txt", Encoding.UTF8.GetBytes(new string('a', 50 * 1024 * 1024))),
            "empty" => folder.Write("empty.txt", string.Empty),
            "zip-bomb" => folder.WriteBytes("bomb.txt", ZipBomb()),
            "pdf-bomb" => folder.WriteBytes("bomb.pdf", [.. "%PDF-1.7\n"u8, .. ZipBomb()]),
            "whitespace-only" => folder.Write("blank.txt", "   \n\n\t  \r\n"),
            "ten-megabyte-line" => folder.Write("line.txt", string.Concat(Enumerable.Repeat("officials said that the talks in the region went on ", 10 * 1024 * 1024 / 52))),
            "nested-html" => folder.Write("nested.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20000)) + "<p>Officials in Bishkek said two people were killed.</p>" + string.Concat(Enumerable.Repeat("</div>", 20000)) + "</body></html>"),
            "digits" => folder.Write("digits.txt", new string('1', 300_000)),
            "capitals" => folder.Write("capitals.txt", string.Concat(Enumerable.Repeat("A ", 100_000)) + "."),
            "months" => folder.Write("months.txt", string.Concat(Enumerable.Repeat("May 5-6, July 25-26, in 1999 and 2000, two days later, ", 5000))),
            "dashes" => folder.Write("dashes.txt", string.Concat(Enumerable.Repeat("-- – — ", 50_000)) + "BISHKEK --"),
            "brackets" => folder.Write("brackets.txt", new string('(', 100_000) + "Kyrgyz (GKNB)" + new string(')', 100_000)),
            "quotes" => folder.Write("quotes.txt", string.Concat(Enumerable.Repeat("“’s ’s' \"", 50_000))),
            "hyphen-chains" => folder.Write("hyphens.txt", string.Join('-', Enumerable.Repeat("Tajik", 50_000))),
            _ => folder.Write("soup.txt", new string([.. Enumerable.Range(0, 500_000).Select(_ => (char)random.Next(0x20, 0x2FFF)).Where(c => !char.IsSurrogate(c))])),
        };
    }

    /// <summary>A zip whose one entry inflates to 256 MB of zeros; it must be refused without being inflated.</summary>
    private static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("report.txt", System.IO.Compression.CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 256; i++)
            {
                entry.Write(zeros);
            }
        }

        return buffer.ToArray();
    }

    public void Dispose() => folder.Dispose();
}
