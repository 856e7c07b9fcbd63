using Caravan.Core.Dates;
using Caravan.Core.Events;

namespace Caravan.Storage;

/// <summary>The figures of the overview page, counted by the database over what the reader may see.</summary>
public interface IOverviewStore
{
    /// <summary>
    /// Events (rejected ones aside) dated within the period, by type, by country and per month with their fatalities;
    /// the review backlog; and what arrived or was decided after <paramref name="changedSince"/>.
    /// </summary>
    Overview Overview(PartialDate? since, PartialDate? until, DateTimeOffset? changedSince);

    /// <summary>The date and type of every event the query's filters match (its paging aside): what a timeline counts.</summary>
    IReadOnlyList<(PartialDate? Date, EventType Type)> DatesAndTypes(EventQuery query);
}

/// <summary>What the overview shows: counts for the period and the changes since a moment.</summary>
public sealed record Overview(
    IReadOnlyList<OverviewCount<EventType>> ByType,
    IReadOnlyList<OverviewCount<string>> ByCountry,
    IReadOnlyList<OverviewCount<string>> ByMonth,
    int Undated,
    int Backlog,
    OverviewChanges? Changes);

/// <summary>How many events a type, country or month ("2022-09") counts, and their fatalities.</summary>
public sealed record OverviewCount<TKey>(TKey Key, int Events, int Fatalities);

/// <summary>Documents and events that arrived after a moment, and analysts' decisions taken since.</summary>
public sealed record OverviewChanges(DateTimeOffset Since, int Documents, int Events, int Decisions);
