using System.Text;
using Caravan.Ingestion.Sources;

namespace Caravan.Ingestion.Tests.Sources;

public sealed class SourceReaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void HtmlIsReducedToHeadlineAndParagraphs()
    {
        var path = folder.Write("page.html", """
            <!DOCTYPE html><html><head><title>Site</title><script>var x = 1;</script></head>
            <body><nav><a href="/">Home</a></nav>
            <article><h1>Uzbekistan and Kyrgyzstan strengthen security</h1>
            <p>TASHKENT -- Uzbekistan and Kyrgyzstan are striving to co-operate against menaces like extremism &amp; terrorism.</p>
            <p>On October 1, officials made a historic visit to Andijan Province.</p></article>
            <footer>© 2016</footer></body></html>
            """);

        var text = SourceReader.Read(path).Text;

        Assert.StartsWith("Uzbekistan and Kyrgyzstan strengthen security", text, StringComparison.Ordinal);
        Assert.Contains("extremism & terrorism.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("var x", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", text, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryFilesAreRefusedWithTheReason()
    {
        var path = folder.WriteBytes("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0D, 0x0A]);

        var error = Assert.Throws<UnreadableSourceException>(() => SourceReader.Read(path));

        Assert.Contains("binary", error.Reason, StringComparison.Ordinal);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void InvalidUtf8IsRefusedWithTheOffset()
    {
        var path = folder.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("Ferg\u00e1na valley report"));

        var error = Assert.Throws<UnreadableSourceException>(() => SourceReader.Read(path));

        Assert.Contains("UTF-8", error.Reason, StringComparison.Ordinal);
        Assert.Contains("offset 4", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFilesAreRefused()
    {
        var path = folder.Write("empty.txt", string.Empty);

        Assert.Contains("empty", Assert.Throws<UnreadableSourceException>(() => SourceReader.Read(path)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16WithAByteOrderMarkIsRead()
    {
        var path = folder.WriteBytes("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Batken Region")]);

        Assert.Equal("Batken Region", SourceReader.Read(path).Text);
    }

    [Fact]
    public void FoldersExpandToTheirSupportedFilesInOrder()
    {
        folder.Write("b.txt", "b");
        folder.Write("a.md", "a");
        folder.Write("c.json", "{}");

        var files = SourceReader.Expand([folder.Path]).Select(System.IO.Path.GetFileName);

        Assert.Equal(["a.md", "b.txt"], files);
    }

    public void Dispose() => folder.Dispose();
}
