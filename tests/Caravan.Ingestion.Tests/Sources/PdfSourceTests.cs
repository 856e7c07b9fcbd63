using Caravan.Ingestion.Sources;

namespace Caravan.Ingestion.Tests.Sources;

public sealed class PdfSourceTests : IDisposable
{
    private readonly TempFolder folder = new();


    [Fact]
    public void A_pdf_report_is_read_as_its_text()
    {
        var path = folder.WriteBytes("report.pdf", TestPdf.Of("Border incident near Batken", "On 3 May 2024, two border guards were wounded near Batken, officials said."));

        var source = SourceReader.Read(path);

        Assert.Equal("application/pdf", source.MediaType);
        Assert.Contains("two border guards were wounded near Batken", source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_pdf_is_refused_with_the_reason()
    {
        var bytes = TestPdf.Of("A report that will be cut short.");
        var path = folder.WriteBytes("broken.pdf", bytes[..(bytes.Length / 3)]);

        var error = Assert.Throws<UnreadableSourceException>(() => SourceReader.Read(path));

        Assert.Contains("not a readable PDF", error.Reason, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
