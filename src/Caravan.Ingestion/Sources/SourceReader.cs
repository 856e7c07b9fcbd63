using System.Text;
using AngleSharp.Html.Parser;

namespace Caravan.Ingestion.Sources;

/// <summary>
/// Turns files into text: plain text and Markdown as UTF-8 (a BOM may say UTF-16), HTML reduced to its
/// article text, PDF through PdfPig page by page. Binary files, invalid encodings, broken PDFs and empty
/// files are refused with the reason.
/// </summary>
public static class SourceReader
{
    /// <summary>News reports are kilobytes; a file past this is a dump or an attack, refused before any work.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;
    private static readonly string[] TextExtensions = [".txt", ".md", ".text"];
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];
    private const string PdfExtension = ".pdf";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsSupported(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return TextExtensions.Contains(extension) || HtmlExtensions.Contains(extension) || extension == PdfExtension;
    }

    /// <summary>Files named directly, and the supported files under folders, in a stable order.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsSupported).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    public static SourceText Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new UnreadableSourceException(path, "no such file");
        }

        var info = new FileInfo(path);
        if (info.Length > MaxFileBytes)
        {
            throw new UnreadableSourceException(path, $"file is {info.Length / (1024 * 1024)} MB; the limit is {MaxFileBytes / (1024 * 1024)} MB");
        }

        var bytes = File.ReadAllBytes(path);
        return FromBytes(path, bytes);
    }

    /// <summary>Text from the bytes of a file or a download, judged by its name and its first bytes.</summary>
    public static SourceText FromBytes(string path, byte[] bytes)
    {
        if (Path.GetExtension(path).Equals(PdfExtension, StringComparison.OrdinalIgnoreCase) || bytes.AsSpan().StartsWith("%PDF-"u8))
        {
            var pdf = PdfText.Read(path, bytes);
            return string.IsNullOrWhiteSpace(pdf)
                ? throw new UnreadableSourceException(path, "the PDF has no text layer (a scan?); run it through OCR first")
                : new SourceText(Path.GetFullPath(path), Path.GetFileName(path), pdf, "application/pdf");
        }

        var text = Decode(path, bytes);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var isHtml = HtmlExtensions.Contains(extension) || LooksLikeHtml(text);
        if (isHtml)
        {
            text = HtmlToText(text);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UnreadableSourceException(path, "the file has no text");
        }

        return new SourceText(Path.GetFullPath(path), Path.GetFileName(path), text, isHtml ? "text/html" : "text/plain");
    }

    /// <summary>
    /// A text pasted or posted under a name, read like a file of that name: HTML (by name, or by what it starts
    /// with) becomes its readable text with its title, so markup never reaches the stored text.
    /// </summary>
    public static SourceText FromPaste(string origin, string fileName, string text)
    {
        var isHtml = HtmlExtensions.Contains(Path.GetExtension(fileName).ToLowerInvariant()) || LooksLikeHtml(text) || LooksLikeMarkup(text);
        return isHtml ? new SourceText(origin, fileName, HtmlToText(text), "text/html") : new SourceText(origin, fileName, text, "text/plain");
    }

    /// <summary>
    /// A file name as given by a browser or an API client, safe to keep and show: no directories, no markup, no
    /// control characters ("osh&lt;b&gt;x&lt;/b&gt;.html" is "osh_b_x__b_.html", not "b&gt;.html").
    /// </summary>
    public static string SafeFileName(string? name, string fallback)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return fallback;
        }

        var safe = new string([.. name.Trim().Select(c => char.IsControl(c) || c is '/' or '\\' or '<' or '>' or ':' or '"' or '|' or '?' or '*' ? '_' : c)]);
        safe = safe.Trim('.', ' ');
        return safe.Length == 0 ? fallback : safe.Length > 200 ? safe[..200] : safe;
    }

    public static string Decode(string path, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw new UnreadableSourceException(path, "the file is empty");
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var bigEndian = bytes[0] == 0xFE;
            try
            {
                return new UnicodeEncoding(bigEndian, byteOrderMark: true, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
            }
            catch (DecoderFallbackException e)
            {
                throw new UnreadableSourceException(path, $"not valid UTF-16 (bad bytes at offset {e.Index + 2}) despite its byte order mark");
            }
        }

        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (sample.Contains((byte)0))
        {
            throw new UnreadableSourceException(path, "binary file (contains NUL bytes); expected UTF-8 text or HTML");
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            throw new UnreadableSourceException(path, $"not valid UTF-8 (bad byte at offset {e.Index}); convert it to UTF-8 first");
        }
    }

    // A pasted fragment of a page ("<p>Gunmen ...</p>") with no <html> around it.
    private static bool LooksLikeMarkup(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        return head.StartsWith("<", StringComparison.Ordinal)
            && (text.Contains("</p>", StringComparison.OrdinalIgnoreCase) || text.Contains("</div>", StringComparison.OrdinalIgnoreCase) || text.Contains("</title>", StringComparison.OrdinalIgnoreCase));
    }

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 512)).TrimStart();
        return head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The readable text of a page: headline and paragraphs of the article, not menus, scripts or footers.</summary>
    public static string HtmlToText(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsNotConsumingCharacterReferences = false });
        using var document = parser.ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("script, style, noscript, nav, header nav, footer, aside, form, iframe, svg"))
        {
            element.Remove();
        }

        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        var builder = new StringBuilder();
        var title = document.QuerySelector("h1")?.TextContent.Trim() ?? document.Title?.Trim();
        if (!string.IsNullOrEmpty(title))
        {
            builder.Append(title).Append("\n\n");
        }

        if (root is null)
        {
            return builder.ToString();
        }

        foreach (var block in root.QuerySelectorAll("p, h2, h3, h4, li, blockquote, pre"))
        {
            var text = string.Join(' ', block.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (text.Length > 0 && text != title)
            {
                builder.Append(text).Append("\n\n");
            }
        }

        if (builder.Length == 0 || builder.ToString().Trim() == title)
        {
            builder.Append(root.TextContent);
        }

        return builder.ToString();
    }
}
