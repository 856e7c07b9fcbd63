using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Caravan.Ingestion.Sources;

/// <summary>The text of a PDF, page by page in reading order, a blank line between pages.</summary>
internal static class PdfText
{
    /// <summary>Past this many pages a file is a book or an attack, not a report.</summary>
    private const int MaxPages = 500;

    public static string Read(string path, byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes);
            if (document.NumberOfPages > MaxPages)
            {
                throw new UnreadableSourceException(path, $"the PDF has {document.NumberOfPages} pages; the limit is {MaxPages}");
            }

            var text = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                text.Append(ContentOrderTextExtractor.GetText(page)).Append("\n\n");
            }

            return text.ToString();
        }
        catch (Exception e) when (e is not UnreadableSourceException and not OutOfMemoryException)
        {
            // PdfPig throws many kinds of exception on a damaged file; to the user they all mean one thing.
            throw new UnreadableSourceException(path, $"not a readable PDF ({e.GetType().Name}: {e.Message})");
        }
    }
}
