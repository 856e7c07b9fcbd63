using Caravan.Core.Entities;
using Caravan.Storage;

namespace Caravan.Web.Rendering;

/// <summary>
/// Cuts a document's text into runs for display: each run knows the event whose evidence it belongs to and
/// the entity it names, if any. The page escapes every run; nothing here produces markup.
/// </summary>
public static class DocumentHighlighter
{
    public static IReadOnlyList<TextRun> Runs(string text, IReadOnlyList<StoredEvent> events, IReadOnlyList<Entity> entities)
    {
        var eventAt = new StoredEvent?[text.Length];
        foreach (var stored in events)
        {
            var (start, length) = Locate(text, stored.Event.Evidence, stored.Event.EvidenceStart);
            for (var i = start; i < start + length; i++)
            {
                eventAt[i] ??= stored;
            }
        }

        var entityAt = new Entity?[text.Length];
        var names = entities
            .SelectMany(entity => entity.Aliases.Append(entity.Name).Select(name => (Name: name, Entity: entity)))
            .Where(n => n.Name.Length > 1)
            .DistinctBy(n => n.Name, StringComparer.Ordinal)
            .OrderByDescending(n => n.Name.Length);
        foreach (var (name, entity) in names)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                if (IsWordAt(text, at, name.Length) && entityAt.AsSpan(at, name.Length).IndexOfAnyExcept((Entity?)null) < 0)
                {
                    entityAt.AsSpan(at, name.Length).Fill(entity);
                }
            }
        }

        var runs = new List<TextRun>();
        var runStart = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || eventAt[i] != eventAt[runStart] || !ReferenceEquals(entityAt[i], entityAt[runStart]))
            {
                runs.Add(new TextRun(text[runStart..i], eventAt[runStart], entityAt[runStart], runStart == 0 || eventAt[runStart - 1] != eventAt[runStart]));
                runStart = i;
            }
        }

        return runs;
    }

    /// <summary>The evidence where the extractor said it is, or else where it first occurs; an edit may have moved nothing.</summary>
    private static (int Start, int Length) Locate(string text, string evidence, int start)
    {
        if (start >= 0 && start + evidence.Length <= text.Length && string.CompareOrdinal(text, start, evidence, 0, evidence.Length) == 0)
        {
            return (start, evidence.Length);
        }

        var found = evidence.Length == 0 ? -1 : text.IndexOf(evidence, StringComparison.Ordinal);
        return found >= 0 ? (found, evidence.Length) : (0, 0);
    }

    private static bool IsWordAt(string text, int start, int length) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (start + length == text.Length || !char.IsLetterOrDigit(text[start + length]));
}

/// <summary>A stretch of text with one event (or none) and one entity (or none); the first run of an event carries its anchor.</summary>
public sealed record TextRun(string Text, StoredEvent? Event, Entity? Entity, bool StartsEvent);

/// <summary>
/// Runs as HTML: text always goes through the encoder (Append), only our own tags are written as markup
/// (AppendHtml), and runs follow each other without a byte of added whitespace.
/// </summary>
public static class DocumentHtml
{
    public static Microsoft.AspNetCore.Html.IHtmlContent Render(IReadOnlyList<TextRun> runs)
    {
        var html = new Microsoft.AspNetCore.Html.HtmlContentBuilder();
        var encoder = System.Text.Encodings.Web.HtmlEncoder.Default;
        foreach (var run in runs)
        {
            if (run.Event is { } e)
            {
                var state = e.Review.ToString().ToLowerInvariant();
                html.AppendHtml($"<mark class=\"evidence review-{state}\" data-event=\"{e.Id}\"{(run.StartsEvent ? $" id=\"event-{e.Id}\"" : "")} title=\"{encoder.Encode(Core.Events.EventTypes.ToWireName(e.Event.Type))} ({state})\">");
            }

            if (run.Entity is { } entity)
            {
                var type = Core.Entities.EntityTypes.ToWireName(entity.Type);
                html.AppendHtml($"<span class=\"ent ent-{encoder.Encode(type.ToLowerInvariant())}\" title=\"{encoder.Encode(type)}\">");
            }

            html.Append(run.Text);
            html.AppendHtml((run.Entity is null ? "" : "</span>") + (run.Event is null ? "" : "</mark>"));
        }

        return html;
    }
}
