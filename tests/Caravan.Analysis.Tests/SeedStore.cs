using Caravan.Core.Sharing;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Resolution;
using Caravan.Ingestion;
using Caravan.Storage;
using Caravan.Storage.Sqlite;

namespace Caravan.Analysis.Tests;

/// <summary>Reports ingested by the real pipeline into a real SQLite file, read back as stored documents.</summary>
internal sealed class SeedStore : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("caravan-analysis-").FullName;

    public SeedStore()
    {
        Store = new SqliteEventStore(Path.Combine(folder, "caravan.db"), Reader.Instance);
        Store.Migrate();
    }

    public SqliteEventStore Store { get; }

    public IReadOnlyList<StoredDocument> Ingest(params string[] paths)
    {
        var ingestor = new DocumentIngestor(Store, ExtractionPipeline.CreateDefault(), new EntityMatcher(KnowledgeBase.Default), TimeProvider.System);
        return [.. paths.Select(p => ingestor.Ingest(p)).Select(o => Store.FindDocument(o.DocumentId!)!)];
    }

    public IReadOnlyList<StoredDocument> IngestTexts(params (string Name, string Text)[] texts)
    {
        var paths = texts.Select(t =>
        {
            var path = Path.Combine(folder, t.Name);
            File.WriteAllText(path, t.Text);
            return path;
        }).ToArray();
        return Ingest(paths);
    }

    public static string Seed(string prefix) => Directory.GetFiles(Samples.Folder, prefix + "*.txt").Single();

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
