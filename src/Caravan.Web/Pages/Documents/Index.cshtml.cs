using Microsoft.AspNetCore.Http;
using Caravan.Ingestion.Sources;
using Caravan.Core.Sharing;
using Caravan.Ingestion;
using Caravan.Storage;
using Caravan.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Caravan.Web.Pages.Documents;

public sealed class DocumentsIndexModel(StoreProvider stores, IngestorFactory ingestors, ServerLimits limits) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<DocumentSummary> Documents { get; private set; } = [];

    public int Offset { get; private set; }

    public string? Error { get; private set; }

    public string? FileName { get; private set; }

    public string? Text { get; private set; }

    public void OnGet(int offset)
    {
        Offset = Math.Max(0, offset);
        using var store = stores.Open();
        Documents = store.ListDocuments(PageSize, Offset);
    }

    public IActionResult OnPost(string? fileName, string? text, string? tlp)
    {
        if (!User.IsInRole("analyst"))
        {
            return Forbid();
        }

        using var store = stores.Open();
        var name = SourceReader.SafeFileName(fileName, "pasted.txt");
        var outcome = string.IsNullOrWhiteSpace(text) ? IngestOutcome.Failed(name, "the text is empty")
            : limits.TooLong(text) ? IngestOutcome.Failed(name, $"the text is longer than the {limits.MaxDocumentSize} a document may have")
            : ingestors.Create(store, User.Organisation(), Tlps.TryParse(tlp, out var marking) ? marking : null).IngestText(name, text, "web:" + name);
        if (outcome.Status == IngestStatus.Failed)
        {
            // Keep what the analyst pasted: bad input loses nothing.
            (Error, FileName, Text) = ($"Not ingested: {outcome.Reason}", fileName, text);
            Documents = store.ListDocuments(PageSize, 0);
            return Page();
        }

        return Redirect($"/documents/{outcome.DocumentId}{(outcome.Status == IngestStatus.AlreadyPresent ? "?already=1" : "")}");
    }

    /// <summary>An uploaded file (text, HTML, Markdown or PDF), read by the same readers as `caravan ingest`.</summary>
    public IActionResult OnPostUpload(IFormFile? upload, string? tlp)
    {
        if (!User.IsInRole("analyst"))
        {
            return Forbid();
        }

        using var store = stores.Open();
        IngestOutcome outcome;
        if (upload is null || upload.Length == 0)
        {
            outcome = IngestOutcome.Failed("upload", "choose a file to upload");
        }
        else if (upload.Length > SourceReader.MaxFileBytes)
        {
            outcome = IngestOutcome.Failed(upload.FileName, $"the file is larger than the {SourceReader.MaxFileBytes / (1024 * 1024)} MB a file may have");
        }
        else
        {
            var name = SourceReader.SafeFileName(upload.FileName, "upload.txt");
            using var buffer = new MemoryStream();
            upload.CopyTo(buffer);
            outcome = ingestors.Create(store, User.Organisation(), Tlps.TryParse(tlp, out var marking) ? marking : null).IngestUpload(name, buffer.ToArray(), "upload:" + name);
        }

        if (outcome.Status == IngestStatus.Failed)
        {
            Error = $"Not ingested: {outcome.Reason}";
            Documents = store.ListDocuments(PageSize, 0);
            return Page();
        }

        return Redirect($"/documents/{outcome.DocumentId}{(outcome.Status == IngestStatus.AlreadyPresent ? "?already=1" : "")}");
    }
}
