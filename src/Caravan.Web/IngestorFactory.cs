using Caravan.Core.Sharing;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Resolution;
using Caravan.Ingestion;
using Caravan.Storage;

namespace Caravan.Web;

/// <summary>One pipeline and matcher for the server's life; an ingestor per request on that request's store.</summary>
public sealed class IngestorFactory
{
    private readonly ExtractionPipeline pipeline = ExtractionPipeline.CreateDefault();
    private readonly EntityMatcher matcher = new(KnowledgeBase.Default);

    /// <summary>How received documents' entities join the knowledge base: the same matcher as ingest.</summary>
    public EntityMatcher Matcher => matcher;

    // SQLite has one writer: requests that write through separate connections take turns.
    private readonly object writeGate = new();

    /// <summary>An ingestor whose documents belong to <paramref name="owner"/>, marked <paramref name="tlp"/> or by their source's default.</summary>
    public DocumentIngestor Create(IEventStore store, string owner, Tlp? tlp = null) =>
        new(store, pipeline, matcher, TimeProvider.System, writeGate) { Owner = owner, Tlp = tlp };
}
