using Caravan.Core.Dates;
using Caravan.Core.Events;
using Caravan.Core.Text;
using Caravan.Storage;

namespace Caravan.Analysis.Corroboration;

/// <summary>One source of a happening: the event as one report told it, and how far its outlet is trusted.</summary>
public sealed record EventSource(StoredEvent Event, string? Outlet, Reliability Reliability);

/// <summary>
/// One happening reported by one or more documents: the best-told version (<see cref="Event"/>), every source,
/// how many documents corroborate it and from how many outlets, and the best reliability among them.
/// </summary>
public sealed record CorroboratedEvent(StoredEvent Event, IReadOnlyList<EventSource> Sources)
{
    public int Corroboration => Sources.Select(s => s.Event.DocumentId).Distinct().Count();

    public int OutletDiversity => Sources.Select(s => s.Outlet ?? s.Event.DocumentId.Value).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    public Reliability BestReliability => Sources.Min(s => s.Reliability);
}

/// <summary>
/// Joins the events of different documents that tell of one happening: the same family of event (violence,
/// legal, diplomacy…), dates at most a day apart (both known to the day) or the same partial date and the
/// same type, the same place (region, else location, by folded name), and no contradiction in actors (they
/// share one, or one side names none). Events of one document are never joined: the pipeline already did.
/// </summary>
public static class EventClusters
{
    public static IReadOnlyList<CorroboratedEvent> Build(IReadOnlyList<StoredEvent> events, IReadOnlyDictionary<string, Reliability> reliability)
    {
        var parent = Enumerable.Range(0, events.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);

        // Candidates meet on (family, region): the pairwise test runs only within such a bucket.
        foreach (var bucket in Enumerable.Range(0, events.Count).GroupBy(i => (events[i].Event.Type.Family(), PlaceKey(events[i].Event))).Where(b => b.Key.Item2 is not null))
        {
            var members = bucket.ToList();
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    if (Same(events[members[a]], events[members[b]]))
                    {
                        parent[Find(members[a])] = Find(members[b]);
                    }
                }
            }
        }

        return
        [
            .. Enumerable.Range(0, events.Count)
                .GroupBy(Find)
                .Select(g =>
                {
                    var sources = g.Select(i => events[i]).Select(e => new EventSource(e, e.Outlet, e.Outlet is { } outlet && reliability.TryGetValue(outlet, out var r) ? r : Reliability.F)).ToList();
                    var best = sources.OrderBy(s => s.Reliability).ThenByDescending(s => Precision(s.Event.Event.Date)).ThenByDescending(s => s.Event.Event.Confidence).First().Event;
                    return new CorroboratedEvent(best, sources);
                })
                .OrderBy(c => c.Event.Event.Date is { } d ? Mentions.Day(d) ?? "9999" : "9999", StringComparer.Ordinal)
                .ThenBy(c => c.Event.Id),
        ];
    }

    private static bool Same(StoredEvent x, StoredEvent y) =>
        x.DocumentId != y.DocumentId && DatesAgree(x.Event, y.Event) && ActorsAgree(x.Event, y.Event);

    private static bool DatesAgree(ExtractedEvent x, ExtractedEvent y)
    {
        if (x.Date is not { } a || y.Date is not { } b)
        {
            return false;
        }

        if (a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day)
        {
            return Math.Abs(Mentions.DateOf(a)!.Value.DayNumber - Mentions.DateOf(b)!.Value.DayNumber) <= 1;
        }

        return a == b && x.Type == y.Type;
    }

    private static bool ActorsAgree(ExtractedEvent x, ExtractedEvent y)
    {
        if (x.Actors.Count == 0 || y.Actors.Count == 0)
        {
            return true;
        }

        var folded = x.Actors.Select(NameFolding.Fold).ToHashSet(StringComparer.Ordinal);
        return y.Actors.Any(a => folded.Contains(NameFolding.Fold(a)));
    }

    private static string? PlaceKey(ExtractedEvent e) =>
        e.Place.Admin1 is { } admin1 ? $"{e.Place.Country}|{NameFolding.FoldAdministrative(admin1)}"
        : e.Place.Location is { } location ? $"{e.Place.Country}|{NameFolding.FoldAdministrative(location)}"
        : null;

    private static int Precision(PartialDate? date) => date is { } d ? (int)d.Precision : -1;
}
