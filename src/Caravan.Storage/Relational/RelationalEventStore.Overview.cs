using System.Data.Common;
using System.Globalization;
using Caravan.Core.Dates;
using Caravan.Core.Events;
using Caravan.Core.Review;

namespace Caravan.Storage.Relational;

/// <summary>The overview's figures, grouped by the database so that they stay fast over many events.</summary>
public abstract partial class RelationalEventStore
{
    public Overview Overview(PartialDate? since, PartialDate? until, DateTimeOffset? changedSince)
    {
        var (where, bind) = Filter(new EventQuery { Since = since, Until = until });
        var period = $"FROM events e {where} AND {Visible("e")}";
        var byType = Counts($"SELECT e.type, COUNT(*), SUM(COALESCE(e.fatalities, 0)) {period} AND e.date_first_day IS NOT NULL GROUP BY e.type", bind, EventTypes.Parse);
        var byCountry = Counts($"SELECT e.country, COUNT(*), SUM(COALESCE(e.fatalities, 0)) {period} AND e.date_first_day IS NOT NULL AND e.country IS NOT NULL GROUP BY e.country", bind, key => key);
        var byMonth = Counts(
            $"SELECT substr(e.date_first_day, 1, 7), COUNT(*), SUM(COALESCE(e.fatalities, 0)) {period} AND e.date_precision IN ('{DatePrecision.Month}', '{DatePrecision.Day}') GROUP BY substr(e.date_first_day, 1, 7)",
            bind, key => key);
        var undated = since is null && until is null ? Count($"SELECT COUNT(*) {period} AND e.date_first_day IS NULL", bind) : 0;
        var (waiting, bindWaiting) = Filter(new EventQuery { Review = ReviewState.Machine });
        var backlog = Count($"SELECT COUNT(*) FROM events e {waiting} AND {Visible("e")}", bindWaiting);
        OverviewChanges? changes = null;
        if (changedSince is { } moment)
        {
            void At(DbCommand command) => Add(command, "@at", moment.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            changes = new OverviewChanges(
                moment,
                Count($"SELECT COUNT(*) FROM documents d WHERE d.ingested_at > @at AND {Visible("d")}", At),
                Count($"SELECT COUNT(*) FROM events e JOIN documents d ON d.id = e.document_id WHERE d.ingested_at > @at AND e.review_state <> '{ReviewState.Rejected.ToWireName()}' AND {Visible("e")}", At),
                Count($"SELECT COUNT(*) FROM event_revisions r JOIN events e ON e.id = r.event_id WHERE r.at > @at AND {Visible("e")}", At));
        }

        return new Overview(
            [.. byType.OrderByDescending(c => c.Events).ThenBy(c => c.Key.ToWireName(), StringComparer.Ordinal)],
            [.. byCountry.OrderByDescending(c => c.Events).ThenBy(c => c.Key, StringComparer.Ordinal)],
            [.. byMonth.OrderBy(c => c.Key, StringComparer.Ordinal)],
            undated,
            backlog,
            changes);
    }

    public IReadOnlyList<(PartialDate? Date, EventType Type)> DatesAndTypes(EventQuery query)
    {
        var (where, bind) = Filter(query);
        using var command = Command($"SELECT e.date, e.type FROM events e {where} AND {Visible("e")}");
        bind(command);
        var rows = new List<(PartialDate?, EventType)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add((ParseDate(reader, 0), EventTypes.Parse(reader.GetString(1))));
        }

        return rows;
    }

    private List<OverviewCount<TKey>> Counts<TKey>(string sql, Action<DbCommand> bind, Func<string, TKey> key)
    {
        using var command = Command(sql);
        bind(command);
        var counts = new List<OverviewCount<TKey>>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts.Add(new OverviewCount<TKey>(key(reader.GetString(0)), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }

        return counts;
    }

    private int Count(string sql, Action<DbCommand> bind)
    {
        using var command = Command(sql);
        bind(command);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
