using System.Net.Http.Headers;
using Caravan.Ingestion.Sources;
using Caravan.Storage;

namespace Caravan.Ingestion.Feeds;

/// <summary>What one poll of one feed or folder did.</summary>
public sealed record WatchRound(string Source, int Items, int New, int Added, int AlreadyPresent, int Failed);

/// <summary>
/// Polls RSS/Atom feeds and folders and ingests what is new, each item once across restarts (the store keeps
/// what was taken). A feed item's own content is used when it is the whole article; otherwise its link is
/// fetched and reduced to the article text (HTML) or read as a PDF. A download that fails is tried again next
/// round; an item whose content cannot be read is recorded with the reason and not tried again.
/// </summary>
public sealed class FeedWatcher(IFeedStore store, DocumentIngestor ingestor, HttpClient http)
{
    /// <summary>Content shorter than this (in characters of text) is a teaser; the linked page is fetched instead.</summary>
    private const int WholeArticle = 600;

    public async Task<WatchRound> PollFeedAsync(Uri feed, Action<string>? progress, CancellationToken cancellation)
    {
        string xml;
        try
        {
            xml = await http.GetStringAsync(feed, cancellation);
        }
        catch (HttpRequestException e)
        {
            throw new FeedException($"{feed} could not be fetched: {e.Message}");
        }

        var items = FeedParser.Parse(xml, feed);
        int fresh = 0, added = 0, present = 0, failed = 0;
        var source = "feed:" + feed;
        foreach (var item in items.Where(i => !store.FeedItemSeen(source, i.Id)))
        {
            fresh++;
            SourceText? text;
            try
            {
                text = await TextOf(item, cancellation);
            }
            catch (HttpRequestException e)
            {
                failed++;
                progress?.Invoke($"{item.Title ?? item.Id}: {e.Message}; tried again next round");
                continue;
            }
            catch (UnreadableSourceException e)
            {
                store.MarkFeedItem(source, item.Id, null, e.Reason);
                failed++;
                progress?.Invoke($"{item.Title ?? item.Id}: {e.Reason}");
                continue;
            }

            var outcome = ingestor.IngestText(text.FileName, text.Text, text.Path);
            store.MarkFeedItem(source, item.Id, outcome.DocumentId, outcome.Status == IngestStatus.Failed ? outcome.Reason : null);
            (added, present, failed) = outcome.Status switch
            {
                IngestStatus.Added => (added + 1, present, failed),
                IngestStatus.AlreadyPresent => (added, present + 1, failed),
                _ => (added, present, failed + 1),
            };
            progress?.Invoke($"{item.Title ?? item.Id}: {Describe(outcome)}");
        }

        return new WatchRound(feed.ToString(), items.Count, fresh, added, present, failed);
    }

    public WatchRound PollFolder(string folder, Action<string>? progress)
    {
        var files = SourceReader.Expand([folder]).ToList();
        int fresh = 0, added = 0, present = 0, failed = 0;
        var source = "folder:" + Path.GetFullPath(folder);
        foreach (var file in files)
        {
            // A file is new when its path, size or time changed; its content decides whether it is a new document.
            var info = new FileInfo(file);
            var key = $"{info.FullName}|{info.Length}|{info.LastWriteTimeUtc.Ticks}";
            if (store.FeedItemSeen(source, key))
            {
                continue;
            }

            fresh++;
            var outcome = ingestor.Ingest(file);
            store.MarkFeedItem(source, key, outcome.DocumentId, outcome.Status == IngestStatus.Failed ? outcome.Reason : null);
            (added, present, failed) = outcome.Status switch
            {
                IngestStatus.Added => (added + 1, present, failed),
                IngestStatus.AlreadyPresent => (added, present + 1, failed),
                _ => (added, present, failed + 1),
            };
            progress?.Invoke($"{file}: {Describe(outcome)}");
        }

        return new WatchRound(folder, files.Count, fresh, added, present, failed);
    }

    private async Task<SourceText> TextOf(FeedItem item, CancellationToken cancellation)
    {
        var origin = item.Link?.ToString() ?? item.Id;
        var name = FileName(item);
        var content = item.ContentHtml is { } html ? SourceReader.HtmlToText(html) : null;
        if (content is not null && (content.Length >= WholeArticle || item.Link is null))
        {
            return new SourceText(origin, name + ".html", WithTitle(item, content), "text/html");
        }

        if (item.Link is null)
        {
            throw new UnreadableSourceException(item.Id, "the item has neither content nor a link");
        }

        using var response = await http.GetAsync(item.Link, HttpCompletionOption.ResponseHeadersRead, cancellation);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength > SourceReader.MaxFileBytes)
        {
            throw new UnreadableSourceException(origin, $"the page is {response.Content.Headers.ContentLength / (1024 * 1024)} MB; the limit is {SourceReader.MaxFileBytes / (1024 * 1024)} MB");
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellation);
        var extension = Extension(response.Content.Headers.ContentType, item.Link);
        var text = SourceReader.FromBytes(name + extension, bytes);
        return text with { Path = origin, Text = extension == ".pdf" ? WithTitle(item, text.Text) : text.Text };
    }

    private static string WithTitle(FeedItem item, string text) =>
        item.Title is { Length: > 0 } title && !text.TrimStart().StartsWith(title, StringComparison.Ordinal) ? $"{title}\n\n{text}" : text;

    private static string Extension(MediaTypeHeaderValue? type, Uri link) => type?.MediaType switch
    {
        "application/pdf" => ".pdf",
        "text/plain" => ".txt",
        "text/html" or "application/xhtml+xml" => ".html",
        _ => Path.GetExtension(link.AbsolutePath) is { Length: > 1 } extension ? extension.ToLowerInvariant() : ".html",
    };

    private static string FileName(FeedItem item)
    {
        var basis = item.Link is { } link ? Path.GetFileNameWithoutExtension(link.AbsolutePath) : item.Id;
        var safe = new string([.. basis.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-')]).Trim('-');
        return safe.Length > 0 ? safe[..Math.Min(safe.Length, 80)] : "item";
    }

    private static string Describe(IngestOutcome outcome) => outcome.Status switch
    {
        IngestStatus.Added => $"added, {outcome.Events} events",
        IngestStatus.AlreadyPresent => "already present",
        _ => "failed: " + outcome.Reason,
    };
}
