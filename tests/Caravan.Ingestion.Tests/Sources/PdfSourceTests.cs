using Caravan.Ingestion.Sources;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Caravan.Ingestion.Tests.Sources;

public sealed class PdfSourceTests : IDisposable
{
    private readonly TempFolder folder = new();

    /// <summary>A real PDF, one line of Helvetica per line of text, as a report exported from a word processor.</summary>
    internal static byte[] Pdf(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 0; i < lines.Length; i++)
        {
            page.AddText(lines[i], 11, new PdfPoint(40, 780 - (i * 16)), font);
        }

        return builder.Build();
    }

    [Fact]
    public void A_pdf_report_is_read_as_its_text()
    {
        var path = folder.WriteBytes("report.pdf", Pdf("Border incident near Batken", "On 3 May 2024, two border guards were wounded near Batken, officials said."));

        var source = SourceReader.Read(path);

        Assert.Equal("application/pdf", source.MediaType);
        Assert.Contains("two border guards were wounded near Batken", source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_pdf_is_refused_with_the_reason()
    {
        var bytes = Pdf("A report that will be cut short.");
        var path = folder.WriteBytes("broken.pdf", bytes[..(bytes.Length / 3)]);

        var error = Assert.Throws<UnreadableSourceException>(() => SourceReader.Read(path));

        Assert.Contains("not a readable PDF", error.Reason, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
