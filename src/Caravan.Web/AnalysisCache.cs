using System.Collections.Concurrent;
using Caravan.Core.Sharing;

namespace Caravan.Web;

/// <summary>
/// The analyses of the whole corpus (commitments, claims, corroboration) as last computed for each reader's
/// organisation, kept until the store's change stamp moves: a page view reads them, it does not recompute them.
/// </summary>
public sealed class AnalysisCache
{
    private readonly ConcurrentDictionary<(string Analysis, string? Organisation), (string Stamp, object Value)> entries = new();

    public T Get<T>(string analysis, Reader reader, string stamp, Func<T> compute)
        where T : notnull
    {
        var key = (analysis, reader.IsInstance ? null : reader.Organisation);
        if (entries.TryGetValue(key, out var entry) && entry.Stamp == stamp && entry.Value is T cached)
        {
            return cached;
        }

        var value = compute();
        entries[key] = (stamp, value);
        return value;
    }
}
