using Caravan.Core.Accounts;
using Caravan.Core.Events;

namespace Caravan.Storage.Tests;

/// <summary>The document list, full-text search and accounts of the store contract.</summary>
public abstract class CatalogContract : ReviewContract
{
    private static readonly (string, string) Mark = ("[", "]");

    [Fact]
    public void SearchFindsDocumentsByWordsAndPrefixesWithAMarkedSnippet()
    {
        Store.Save(Document("Militants crossed into the Batken Region from Tajikistan and took hostages."), [], []);
        Store.Save(Document("The Shanghai Cooperation Organisation met in Tashkent to discuss border security."), [], []);

        var hit = Assert.Single(Store.SearchDocuments("hostages batken", 10, Mark));
        Assert.Contains("[hostages]", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("[Batken]", hit.Snippet, StringComparison.Ordinal);
        Assert.Single(Store.SearchDocuments("Tashk*", 10, Mark));
        Assert.Empty(Store.SearchDocuments("hostages Tashkent", 10, Mark));
    }

    [Fact]
    public void The_snippet_of_a_two_megabyte_document_is_a_short_passage_around_the_match()
    {
        string Filler(int sentences) => string.Concat(Enumerable.Repeat("Officials met to discuss trade and transport links along the border. ", sentences));
        // 340 KB before the match (PostgreSQL indexes the first 500,000 characters), 1.7 MB after.
        Store.Save(Document(Filler(5_000) + "Militants took hostages near Vorukh on Tuesday. " + Filler(25_000)), [], []);

        var hit = Assert.Single(Store.SearchDocuments("hostages", 10, Mark));

        Assert.Contains("[hostages] near Vorukh", hit.Snippet, StringComparison.Ordinal);
        Assert.InRange(hit.Snippet.Length, 100, 400);
        Assert.StartsWith("… ", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchSyntaxOfTheDatabaseCannotBeInjected()
    {
        Store.Save(Document("Police in Osh detained two suspects."), [], []);

        Assert.Empty(Store.SearchDocuments("\"); DROP TABLE documents; --", 10, Mark));
        Assert.Empty(Store.SearchDocuments("NEAR(osh police) OR title:osh | !", 10, Mark));
        Assert.Empty(Store.SearchDocuments("   ", 10, Mark));
        Assert.Single(Store.SearchDocuments("osh:police", 10, Mark));
        Assert.Equal(1, Store.CountDocuments());
    }

    [Fact]
    public void DocumentsAreListedNewestFirstWithTheirEventCounts()
    {
        Store.Save(Document("older") with { IngestedAt = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture) }, [], [Event(EventType.Arrest, null, "KG")]);
        Store.Save(Document("newer"), [], [Event(EventType.Arrest, null, "KG"), Event(EventType.Attack, null, "KG")]);

        var listed = Store.ListDocuments(10, 0);

        Assert.Equal([2, 1], listed.Select(d => d.Events));
        Assert.Single(Store.ListDocuments(1, 1));
    }

    [Fact]
    public void UsersAndApiKeysAreFoundByNameAndKeyHash()
    {
        var user = Store.AddUser("aigerim", "kg-cert", Role.Analyst, "hash-of-password");
        Store.AddApiKey(user.Id, "hash-of-key", "laptop");

        Assert.Equal(("kg-cert", Role.Analyst), (Store.FindUser("aigerim")?.Organisation, Store.FindUser("aigerim")?.Role));
        Assert.Equal("aigerim", Store.FindUserByApiKey("hash-of-key")?.Name);
        Assert.Null(Store.FindUserByApiKey("hash-of-another-key"));
        Assert.Null(Store.FindUser("nobody"));
        Assert.Throws<StoreException>(() => Store.AddUser("aigerim", "other", Role.Viewer, "x"));
        Assert.Single(Store.ListUsers());
    }
}
