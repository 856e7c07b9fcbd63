using Caravan.Core.Documents;
using Caravan.Core.Resolution;
using Caravan.Core.Sharing;
using Caravan.Extraction.Pipeline;
using Caravan.Ingestion.Sources;
using Caravan.Storage;

namespace Caravan.Ingestion;

/// <summary>
/// Reads a file, extracts it and stores it with its provenance. A document already stored (same normalised
/// text) is not extracted again; a file that cannot be read is reported with the reason and the rest goes on.
/// </summary>
public sealed class DocumentIngestor(IEventStore store, ExtractionPipeline pipeline, IEntityMatcher matcher, TimeProvider clock, object? writeGate = null)
{
    // Ingestors that share one store connection (SQLite's single writer) share a gate; extraction runs outside it.
    private readonly object gate = writeGate ?? new object();

    /// <summary>The organisation that owns what this ingestor stores.</summary>
    public string Owner { get; init; } = Marking.LocalOwner;

    /// <summary>The marking of what this ingestor stores; when null, the source's default, else GREEN.</summary>
    public Tlp? Tlp { get; init; }

    /// <summary>Whether a document already present takes <see cref="Tlp"/> when it is marked otherwise; else it keeps its marking, and the outcome says so.</summary>
    public bool Remark { get; init; }

    public IngestOutcome Ingest(string path)
    {
        SourceText source;
        try
        {
            source = SourceReader.Read(path);
        }
        catch (UnreadableSourceException e)
        {
            return IngestOutcome.Failed(path, e.Reason);
        }
        catch (IOException e)
        {
            return IngestOutcome.Failed(path, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return IngestOutcome.Failed(path, e.Message);
        }

        return IngestSource(source);
    }

    /// <summary>Text given directly (pasted, uploaded), with the name and origin to keep as provenance.</summary>
    public IngestOutcome IngestText(string fileName, string text, string origin)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return IngestOutcome.Failed(origin, "the text is empty");
        }

        SourceText source;
        try
        {
            source = SourceReader.FromPaste(origin, fileName, text);
        }
        catch (UnreadableSourceException e)
        {
            return IngestOutcome.Failed(origin, e.Reason);
        }

        return IngestSource(source);
    }

    /// <summary>An uploaded file (text, HTML or PDF), read as ingest reads files, with the name and origin to keep as provenance.</summary>
    public IngestOutcome IngestUpload(string fileName, byte[] bytes, string origin)
    {
        SourceText source;
        try
        {
            source = SourceReader.FromBytes(fileName, bytes) with { Path = origin };
        }
        catch (UnreadableSourceException e)
        {
            return IngestOutcome.Failed(origin, e.Reason);
        }

        return IngestSource(source);
    }

    /// <summary>
    /// Runs the current pipeline again over a stored document's text. Machine events are replaced; events an
    /// analyst confirmed, edited, rejected or added stay as they are, and none comes back as a duplicate.
    /// </summary>
    public ReextractOutcome? Reextract(string reference)
    {
        if (store.FindDocument(reference) is not { } stored)
        {
            return null;
        }

        var draft = pipeline.Run(stored.Document.FileName, stored.Document.Text);
        lock (gate)
        {
            return store.Reextract(stored.Document.Id, draft.Entities, draft.Events);
        }
    }

    /// <summary>When a marking was asked for and the copy present has another: change it (with <see cref="Remark"/>) or say it was kept.</summary>
    private string? MarkingOfCopy(DocumentId copy)
    {
        if (Tlp is not { } wanted || store.FindDocument(copy.Value)?.Document.Marking is not { } marking || marking.Tlp == wanted)
        {
            return null;
        }

        if (!Remark)
        {
            return $"kept its marking {marking.Tlp.Label()}, not {wanted.Label()}; give --remark to change it";
        }

        store.ChangeMarking(copy, wanted);
        return $"marking changed from {marking.Tlp.Label()} to {wanted.Label()}";
    }

    private IngestOutcome IngestSource(SourceText source)
    {
        var path = source.Path;
        var draft = pipeline.Run(source.FileName, source.Text);
        if (!draft.Text.Any(char.IsLetterOrDigit))
        {
            // A body of NUL or control characters normalises to nothing: refused, never stored as an empty document.
            return IngestOutcome.Failed(path, "the text has no letters or digits");
        }

        var id = DocumentId.For(Owner, draft.Text);
        SaveOutcome outcome;
        lock (gate)
        {
            // De-duplication within what the poster may read: a copy held only by others, unseen, says nothing.
            if (store.FindVisibleCopy(DocumentId.FromContent(draft.Text)) is { } copy)
            {
                return new IngestOutcome(path, IngestStatus.AlreadyPresent, copy.Value, 0, null) { Note = MarkingOfCopy(copy) };
            }

            var tlp = Tlp ?? store.SourceMarking(draft.Metadata.Outlet, source.Path) ?? Core.Sharing.Tlp.Green;
            var record = new DocumentRecord(id, source.Path, source.FileName, source.MediaType, draft.Text, draft.Metadata, clock.GetUtcNow())
            {
                Marking = new Marking(Owner, tlp),
            };
            outcome = store.Save(record, draft.Entities, draft.Events, matcher);
        }

        return new IngestOutcome(
            path,
            outcome == SaveOutcome.Added ? IngestStatus.Added : IngestStatus.AlreadyPresent,
            id.Value,
            outcome == SaveOutcome.Added ? draft.Events.Count : 0,
            null);
    }
}
