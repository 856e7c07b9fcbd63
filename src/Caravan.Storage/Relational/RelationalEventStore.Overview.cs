using System.Data.Common;
using System.Globalization;
using System.Text;
using Caravan.Core.Dates;
using Caravan.Core.Events;
using Caravan.Core.Review;

namespace Caravan.Storage.Relational;

/// <summary>The overview's figures, grouped by the database so that they stay fast over many events.</summary>
public abstract partial class RelationalEventStore
{
    public Overview Overview(PartialDate? since, PartialDate? until, DateTimeOffset? changedSince)
    {
        var where = new StringBuilder($"WHERE e.review_state <> '{ReviewState.Rejected.ToWireName()}' AND {Visible("e")}");
        var parameters = new List<(string, object)>();
        if (since is { } from)
        {
            where.Append(" AND e.date_first_day >= @since");
            parameters.Add(("@since", FirstDay(from)!));
        }

        if (until is { } to)
        {
            where.Append(" AND e.date_first_day <= @until");
            parameters.Add(("@until", LastDay(to)));
        }

        var periodWhere = where.ToString();
        var byType = Counts($"SELECT e.type, COUNT(*), SUM(COALESCE(e.fatalities, 0)) FROM events e {periodWhere} AND e.date_first_day IS NOT NULL GROUP BY e.type", parameters, EventTypes.Parse);
        var byCountry = Counts($"SELECT e.country, COUNT(*), SUM(COALESCE(e.fatalities, 0)) FROM events e {periodWhere} AND e.date_first_day IS NOT NULL AND e.country IS NOT NULL GROUP BY e.country", parameters, key => key);
        var byMonth = Counts(
            $"SELECT substr(e.date_first_day, 1, 7), COUNT(*), SUM(COALESCE(e.fatalities, 0)) FROM events e {periodWhere} AND e.date_precision IN ('{DatePrecision.Month}', '{DatePrecision.Day}') GROUP BY substr(e.date_first_day, 1, 7)",
            parameters, key => key);
        var undated = since is null && until is null
            ? Count($"SELECT COUNT(*) FROM events e {periodWhere} AND e.date_first_day IS NULL", [])
            : 0;
        var backlog = Count($"SELECT COUNT(*) FROM events e WHERE e.review_state = '{ReviewState.Machine.ToWireName()}' AND {Visible("e")}", []);
        OverviewChanges? changes = null;
        if (changedSince is { } moment)
        {
            var at = moment.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
            changes = new OverviewChanges(
                moment,
                Count($"SELECT COUNT(*) FROM documents d WHERE d.ingested_at > @at AND {Visible("d")}", [("@at", at)]),
                Count($"SELECT COUNT(*) FROM events e JOIN documents d ON d.id = e.document_id WHERE d.ingested_at > @at AND e.review_state <> '{ReviewState.Rejected.ToWireName()}' AND {Visible("e")}", [("@at", at)]),
                Count($"SELECT COUNT(*) FROM event_revisions r JOIN events e ON e.id = r.event_id WHERE r.at > @at AND {Visible("e")}", [("@at", at)]));
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

    private List<OverviewCount<TKey>> Counts<TKey>(string sql, IReadOnlyList<(string Name, object Value)> parameters, Func<string, TKey> key)
    {
        using var command = Command(sql);
        foreach (var (name, value) in parameters)
        {
            Add(command, name, value);
        }

        var counts = new List<OverviewCount<TKey>>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts.Add(new OverviewCount<TKey>(key(reader.GetString(0)), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }

        return counts;
    }

    private int Count(string sql, IReadOnlyList<(string Name, object Value)> parameters)
    {
        using var command = Command(sql);
        foreach (var (name, value) in parameters)
        {
            Add(command, name, value);
        }

        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
