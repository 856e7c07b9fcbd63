using Caravan.Core.Events;

namespace Caravan.Analysis.Alerts;

/// <summary>A week in which a region had unusually many events, with the baseline it was measured against.</summary>
public sealed record Anomaly(string Region, DateOnly WeekStart, int Count, double Baseline, double Spread);

/// <summary>
/// Counts events per first-level region and ISO week (Monday first) and flags a week whose count is at least
/// <see cref="MinimumCount"/> and more than three spreads above the mean of the <see cref="BaselineWeeks"/>
/// weeks before it (weeks without events count as zero; the spread is at least one event).
/// </summary>
public static class AnomalyDetector
{
    public const int BaselineWeeks = 8;
    public const int MinimumCount = 3;

    public static IReadOnlyList<Anomaly> Detect(IEnumerable<ExtractedEvent> events)
    {
        var counts = events
            .Where(e => e.Place.Admin1 is not null && Mentions.DateOf(e.Date) is not null && e.Date!.Value.Precision == Core.Dates.DatePrecision.Day)
            .GroupBy(e => (Region: e.Place.Admin1!, Week: WeekStart(Mentions.DateOf(e.Date)!.Value)))
            .ToDictionary(g => g.Key, g => g.Count());
        var anomalies = new List<Anomaly>();
        foreach (var ((region, week), count) in counts.Where(c => c.Value >= MinimumCount))
        {
            var before = Enumerable.Range(1, BaselineWeeks).Select(i => counts.GetValueOrDefault((region, week.AddDays(-7 * i)))).ToList();
            var mean = before.Average();
            var spread = Math.Max(1, Math.Sqrt(before.Average(c => (c - mean) * (c - mean))));
            if (count > mean + (3 * spread))
            {
                anomalies.Add(new Anomaly(region, week, count, mean, spread));
            }
        }

        return [.. anomalies.OrderBy(a => a.WeekStart).ThenBy(a => a.Region, StringComparer.Ordinal)];
    }

    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
