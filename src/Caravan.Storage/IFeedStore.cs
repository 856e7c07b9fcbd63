namespace Caravan.Storage;

/// <summary>Which items of which feeds (and files of watched folders) were already taken, so each is ingested once.</summary>
public interface IFeedStore
{
    bool FeedItemSeen(string feed, string item);

    /// <summary>Records an item as taken, with the document it became (none if it failed, with why).</summary>
    void MarkFeedItem(string feed, string item, string? documentId, string? note);
}
