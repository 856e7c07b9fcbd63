using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Caravan.Ingestion.Feeds;

/// <summary>One entry of a feed: a stable id (guid, else link), title, link, when it was published, and its content if the feed carries it.</summary>
public sealed record FeedItem(string Id, string? Title, Uri? Link, DateTimeOffset? Published, string? ContentHtml);

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 without resolving DTDs or external entities (a feed is untrusted input). The
/// fullest content a feed offers is taken: content:encoded or Atom content before a description or summary.
/// </summary>
public static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    public static IReadOnlyList<FeedItem> Parse(string xml, Uri feedUrl)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 20_000_000 });
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FeedException($"{feedUrl} is not well-formed XML: {e.Message}");
        }

        var root = document.Root ?? throw new FeedException($"{feedUrl} is empty");
        if (root.Name == Atom + "feed")
        {
            return [.. root.Elements(Atom + "entry").Select(e => Item(
                (string?)e.Element(Atom + "id"),
                (string?)e.Element(Atom + "title"),
                Link(feedUrl, (string?)e.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")),
                (string?)e.Element(Atom + "published") ?? (string?)e.Element(Atom + "updated"),
                (string?)e.Element(Atom + "content") ?? (string?)e.Element(Atom + "summary")))];
        }

        if (root.Name.LocalName == "rss" && root.Element("channel") is { } channel)
        {
            return [.. channel.Elements("item").Select(i => Item(
                (string?)i.Element("guid"),
                (string?)i.Element("title"),
                Link(feedUrl, (string?)i.Element("link")),
                (string?)i.Element("pubDate"),
                (string?)i.Element(Content + "encoded") ?? (string?)i.Element("description")))];
        }

        throw new FeedException($"{feedUrl} is neither RSS 2.0 nor Atom (its root is <{root.Name.LocalName}>)");
    }

    private static FeedItem Item(string? id, string? title, Uri? link, string? published, string? content)
    {
        var key = !string.IsNullOrWhiteSpace(id) ? id.Trim() : link?.ToString() ?? title?.Trim() ?? throw new FeedException("an item has no guid, link or title");
        return new FeedItem(key, title?.Trim(), link, Date(published), string.IsNullOrWhiteSpace(content) ? null : content);
    }

    private static Uri? Link(Uri feed, string? href) => Uri.TryCreate(feed, href?.Trim(), out var link) && link.Scheme is "http" or "https" ? link : null;

    private static DateTimeOffset? Date(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at
        : DateTimeOffset.TryParseExact(text?.Replace("GMT", "+0000", StringComparison.Ordinal).Replace("UT", "+0000", StringComparison.Ordinal), "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var rfc822) ? rfc822 : null;
}

public sealed class FeedException(string message) : Exception(message);
