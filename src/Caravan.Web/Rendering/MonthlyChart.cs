using System.Globalization;
using Caravan.Storage;

namespace Caravan.Web.Rendering;

/// <summary>
/// Fatalities per month as bars, every month of the span drawn (a month without events is an empty slot, not a
/// missing one), years when the span passes ten years; each bar knows its events for its tooltip. Geometry only.
/// </summary>
public sealed record MonthlyChart(IReadOnlyList<MonthlyBar> Bars, IReadOnlyList<(int Count, double Y)> Ticks, string Period)
{
    public const double Width = 960;
    public const double Height = 240;
    public const double Left = 40;
    public const double Bottom = 30;
    private const int MaxMonths = 120;

    public static MonthlyChart From(IReadOnlyList<OverviewCount<string>> months)
    {
        if (months.Count == 0)
        {
            return new MonthlyChart([], [], "month");
        }

        var first = Month(months[0].Key);
        var last = Month(months[^1].Key);
        var perYear = ((last.Year - first.Year) * 12) + last.Month - first.Month >= MaxMonths;
        string Key(DateOnly month) => perYear ? month.Year.ToString(CultureInfo.InvariantCulture) : month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var counts = months.GroupBy(m => Key(Month(m.Key))).ToDictionary(g => g.Key, g => (Events: g.Sum(m => m.Events), Fatalities: g.Sum(m => m.Fatalities)));
        var periods = new List<string>();
        for (var month = perYear ? new DateOnly(first.Year, 1, 1) : first; month <= last; month = perYear ? month.AddYears(1) : month.AddMonths(1))
        {
            periods.Add(Key(month));
        }

        var max = Math.Max(1, counts.Values.Max(c => c.Fatalities));
        var slot = (Width - Left) / periods.Count;
        var scale = (Height - Bottom - 10) / max;
        var labelEvery = Math.Max(1, (int)Math.Ceiling(periods.Count / 12.0));
        var bars = periods.Select((period, i) =>
        {
            var (events, fatalities) = counts.GetValueOrDefault(period);
            var height = fatalities * scale;
            return new MonthlyBar(period, events, fatalities, Left + (i * slot) + (slot * 0.1), Height - Bottom - height, slot * 0.8, height, i % labelEvery == 0);
        }).ToList();
        return new MonthlyChart(bars, [.. TimelineChart.TickCounts(max).Select(count => (count, Height - Bottom - (count * scale)))], perYear ? "year" : "month");
    }

    private static DateOnly Month(string key) => DateOnly.ParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>One month's (or year's) bar: its fatalities drawn, its events told.</summary>
public sealed record MonthlyBar(string Period, int Events, int Fatalities, double X, double Y, double Width, double Height, bool Labelled);
