using Caravan.Core.Sharing;
using System.Net;
using System.Net.Sockets;
using System.Security;
using Caravan.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Caravan.Cli.Tests.Commands;

/// <summary>
/// `caravan watch` against a feed server on loopback: an item with its whole text, one linking to an HTML page,
/// one linking to a PDF. Each is ingested once, across restarts of the watcher; a new item is taken on the next
/// run, and a dead link is tried again rather than lost.
/// </summary>
public sealed class WatchCommandTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("caravan-watch-").FullName;
    private readonly List<string> items = [];
    private WebApplication? feedServer;
    private Uri baseUrl = new("http://127.0.0.1/");
    private bool articleBroken;

    private string Database => Path.Combine(folder, "caravan.db");

    public async Task InitializeAsync()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var samples = Directory.GetFiles(Samples.Folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        feedServer = builder.Build();
        feedServer.MapGet("/feed.xml", () => Results.Text(
            $"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test wire</title>{string.Concat(items)}</channel></rss>""",
            "application/rss+xml"));
        feedServer.MapGet("/articles/osh.html", () => articleBroken
            ? Results.StatusCode(503)
            : Results.Text($"<html><head><title>Osh report</title></head><body><nav>Home | World | Sport</nav><article><h1>Osh report</h1>{Paragraphs(samples[1])}</article><footer>© Test wire</footer></body></html>", "text/html"));
        feedServer.MapGet("/reports/batken.pdf", () => Results.Bytes(TestPdf.Of(
            "Border incident near Batken",
            "On 3 May 2024, gunmen attacked a border post near Batken, killing two guards,",
            "the State Committee for National Security said."), "application/pdf"));
        await feedServer.StartAsync();
        baseUrl = new Uri($"http://127.0.0.1:{port}/");

        items.Add(Item("wire-1", "Full text item", null, $"<![CDATA[{Paragraphs(samples[0])}]]>"));
        items.Add(Item("wire-2", "Osh report", "/articles/osh.html", "A short teaser."));
        items.Add(Item("wire-3", "Batken PDF", "/reports/batken.pdf", null));
    }

    [Fact]
    public void Each_item_is_ingested_once_across_restarts_and_a_new_item_on_the_next_run()
    {
        var feed = new Uri(baseUrl, "feed.xml").ToString();

        var first = CaravanProcess.Run("watch", feed, "--once", "--db", Database);
        var second = CaravanProcess.Run("watch", feed, "--once", "--db", Database);
        items.Add(Item("wire-4", "Later report", null, $"<![CDATA[<p>On 20 May 2024, police in Khujand detained five members of Hizb ut-Tahrir, the Interior Ministry of Tajikistan said on Monday. The suspects were accused of distributing extremist literature in the Sughd region, according to the ministry, which did not give their names. Officials said the men had been under surveillance for several months before the arrests were made in the city. The ministry added that an investigation was continuing and that more arrests were possible.</p>]]>"));
        articleBroken = true;
        var third = CaravanProcess.Run("watch", feed, "--once", "--db", Database);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("3 items, 3 new: 3 added", first.Output, StringComparison.Ordinal);
        Assert.Contains("Batken PDF: added", first.Error, StringComparison.Ordinal);
        Assert.Contains("3 items, 0 new: 0 added", second.Output, StringComparison.Ordinal);
        Assert.Contains("4 items, 1 new: 1 added", third.Output, StringComparison.Ordinal);
        using var store = new SqliteEventStore(Database, Reader.Instance);
        Assert.Equal(4, store.CountDocuments());
        var documents = store.ListDocuments(10, 0).Select(d => store.FindDocument(d.Id)!).ToList();
        var osh = documents.Single(d => d.Document.SourcePath.EndsWith("/articles/osh.html", StringComparison.Ordinal));
        Assert.DoesNotContain("Home | World", osh.Document.Text, StringComparison.Ordinal);
        Assert.Contains(documents, d => d.Document.MediaType == "application/pdf" || d.Document.Text.Contains("gunmen attacked a border post near Batken", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_that_fails_is_tried_again_on_the_next_run()
    {
        articleBroken = true;
        var feed = new Uri(baseUrl, "feed.xml").ToString();

        var first = CaravanProcess.Run("watch", feed, "--once", "--db", Database);
        articleBroken = false;
        var second = CaravanProcess.Run("watch", feed, "--once", "--db", Database);

        Assert.Contains("3 items, 3 new: 2 added", first.Output, StringComparison.Ordinal);
        Assert.Contains("tried again next round", first.Error, StringComparison.Ordinal);
        Assert.Contains("3 items, 1 new: 1 added", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_that_is_not_a_feed_is_named_with_the_reason()
    {
        var result = CaravanProcess.Run("watch", new Uri(baseUrl, "articles/osh.html").ToString(), "--once", "--db", Database);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("neither RSS 2.0 nor Atom", result.Error, StringComparison.Ordinal);
    }

    private string Item(string guid, string title, string? link, string? content) =>
        $"<item><guid>{guid}</guid><title>{SecurityElement.Escape(title)}</title>"
        + (link is null ? "" : $"<link>{new Uri(baseUrl, link)}</link>")
        + (content is null ? "" : link is null ? $"<content:encoded>{content}</content:encoded>" : $"<description>{SecurityElement.Escape(content)}</description>")
        + "<pubDate>Mon, 20 May 2024 10:00:00 GMT</pubDate></item>";

    private static string Paragraphs(string text) =>
        string.Concat(text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => $"<p>{SecurityElement.Escape(p)}</p>"));


    public async Task DisposeAsync()
    {
        if (feedServer is not null)
        {
            await feedServer.StopAsync();
            await feedServer.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
