namespace Caravan.Storage.Relational;

/// <summary>Feed items already taken.</summary>
public abstract partial class RelationalEventStore
{
    public bool FeedItemSeen(string feed, string item)
    {
        using var command = Command("SELECT 1 FROM feed_items WHERE feed = @feed AND item = @item");
        Add(command, "@feed", feed);
        Add(command, "@item", item);
        return command.ExecuteScalar() is not null;
    }

    public void MarkFeedItem(string feed, string item, string? documentId, string? note)
    {
        using var insert = Command("INSERT INTO feed_items (feed, item, document_id, note, seen_at) VALUES (@feed, @item, @doc, @note, @at) ON CONFLICT DO NOTHING");
        Add(insert, "@feed", feed);
        Add(insert, "@item", item);
        Add(insert, "@doc", Nullable(documentId));
        Add(insert, "@note", Nullable(note));
        Add(insert, "@at", Now());
        insert.ExecuteNonQuery();
    }
}
