using System.Globalization;
using System.Text.RegularExpressions;
using Caravan.Core.Dates;
using Caravan.Core.Entities;
using Caravan.Core.Text;
using Caravan.Storage;

namespace Caravan.Analysis;

/// <summary>Small text helpers the analyses share: which entities a sentence names, and a sortable day for a date.</summary>
internal static partial class Mentions
{
    /// <summary>The canonical names of the document's entities that the sentence names by any alias.</summary>
    public static HashSet<string> EntitiesIn(string sentence, IReadOnlyList<Entity> entities, params EntityType[] types)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities.Where(e => types.Length == 0 || types.Contains(e.Type)))
        {
            if (entity.Aliases.Append(entity.Name).Any(alias => alias.Length > 1 && Names(sentence, alias)))
            {
                named.Add(entity.Name);
            }
        }

        return named;
    }

    /// <summary>Whether the sentence names <paramref name="name"/> as a whole word (case as written, possessives allowed).</summary>
    public static bool Names(string sentence, string name)
    {
        for (var at = sentence.IndexOf(name, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(sentence[at - 1]);
            var end = at + name.Length;
            var after = end >= sentence.Length || !char.IsLetterOrDigit(sentence[end]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first day a date can mean as yyyy-MM-dd, or null when it has no year.</summary>
    public static string? Day(PartialDate? date) => date is { Year: { } year } d
        ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{d.Month ?? 1:D2}-{d.Day ?? 1:D2}")
        : null;

    /// <summary>The first day a date can mean, or null when it has no year; the analyses compare millions of these.</summary>
    public static DateOnly? DateOf(PartialDate? date) => date is { Year: { } year } d ? new DateOnly(year, d.Month ?? 1, d.Day ?? 1) : null;

    /// <summary>Events of the documents in the order they happened: by date, and in the text for equal or missing dates.</summary>
    public static IEnumerable<(StoredDocument Document, StoredEvent Event)> Chronological(IEnumerable<StoredDocument> documents) =>
        documents
            .SelectMany(d => d.Events.Select(e => (Document: d, Event: e)))
            .OrderBy(x => Day(x.Event.Event.Date) ?? "9999", StringComparer.Ordinal)
            .ThenBy(x => x.Document.Document.Id.Value, StringComparer.Ordinal)
            .ThenBy(x => x.Event.Event.EvidenceStart);

    public static string Words(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
