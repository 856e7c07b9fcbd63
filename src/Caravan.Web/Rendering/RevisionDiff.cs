using System.Text.Json;
using Caravan.Core.Review;

namespace Caravan.Web.Rendering;

/// <summary>What a revision changed: the fields of the event whose values differ before and after.</summary>
public static class RevisionDiff
{
    // Bookkeeping that every decision changes; the history states it in its own words.
    private static readonly HashSet<string> Bookkeeping = ["review", "reviewed_by", "reviewed_at", "confidence"];

    public static IReadOnlyList<FieldChange> Changes(EventRevision revision)
    {
        if (revision.Before is null)
        {
            return [];
        }

        using var before = JsonDocument.Parse(revision.Before);
        using var after = JsonDocument.Parse(revision.After);
        var changes = new List<FieldChange>();
        foreach (var field in after.RootElement.EnumerateObject().Where(f => !Bookkeeping.Contains(f.Name)))
        {
            var old = before.RootElement.TryGetProperty(field.Name, out var value) ? Show(value) : "";
            var now = Show(field.Value);
            if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field.Name, old, now));
            }
        }

        return changes;
    }

    private static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "–",
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(Show)),
        _ => value.GetRawText(),
    };
}

/// <summary>One field's value before and after a revision.</summary>
public sealed record FieldChange(string Field, string Before, string After);
