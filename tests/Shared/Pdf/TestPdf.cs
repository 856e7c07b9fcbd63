using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Caravan.Testing;

/// <summary>Real PDFs for tests: one line of Helvetica per line of text, as a report exported from a word processor.</summary>
internal static class TestPdf
{
    public static byte[] Of(params string[] lines)
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
}
