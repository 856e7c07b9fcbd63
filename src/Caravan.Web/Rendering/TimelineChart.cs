using System.Globalization;
using Caravan.Core.Dates;
using Caravan.Core.Events;
using Caravan.Storage;

namespace Caravan.Web.Rendering;

/// <summary>
/// Events counted per period and family, laid out as a stacked bar chart: per month or per year as asked, and
/// when not asked, months when the dated events span up to three years, years beyond. Each period's bar carries
/// its total; the y axis has ticks at round steps. Geometry only; the page draws it as SVG.
/// </summary>
public sealed record TimelineChart(IReadOnlyList<TimelineBar> Bars, IReadOnlyList<EventFamily> Families, int MaxCount, string Period, int Undated)
{
    /// <summary>Each period's total and where to write it (above its bar), for periods wide enough to carry a number.</summary>
    public IReadOnlyList<(string Period, int Count, double X, double Y)> Totals { get; init; } = [];

    /// <summary>Counts on the y axis at round steps, with their height.</summary>
    public IReadOnlyList<(int Count, double Y)> Ticks { get; init; } = [];

    public const double Width = 960;
    public const double Height = 320;
    public const double Left = 40;
    public const double Bottom = 40;

    /// <param name="per">"month" or "year"; null chooses by the span of the dates.</param>
    public static TimelineChart From(IEnumerable<(PartialDate? Date, EventType Type)> events, string? per = null)
    {
        var dated = new List<(DateOnly Day, EventFamily Family)>();
        var undated = 0;
        foreach (var (when, type) in events)
        {
            if (when is { Year: { } year } date)
            {
                dated.Add((new DateOnly(year, date.Month ?? 1, date.Day ?? 1), type.Family()));
            }
            else
            {
                undated++;
            }
        }

        if (dated.Count == 0)
        {
            return new TimelineChart([], [], 0, "month", undated);
        }

        var first = dated.Min(d => d.Day);
        var last = dated.Max(d => d.Day);
        var byMonth = per is null ? (last.Year - first.Year) * 12 + last.Month - first.Month < 36 : per == "month";
        string Key(DateOnly day) => byMonth ? day.ToString("yyyy-MM", CultureInfo.InvariantCulture) : day.Year.ToString(CultureInfo.InvariantCulture);

        var periods = new List<string>();
        for (var day = new DateOnly(first.Year, byMonth ? first.Month : 1, 1); day <= last; day = byMonth ? day.AddMonths(1) : day.AddYears(1))
        {
            periods.Add(Key(day));
        }

        var counts = dated.GroupBy(d => (Key(d.Day), d.Family)).ToDictionary(g => g.Key, g => g.Count());
        var families = dated.Select(d => d.Family).Distinct().Order().ToList();
        var max = periods.Max(p => families.Sum(f => counts.GetValueOrDefault((p, f))));
        var slot = (Width - Left) / periods.Count;
        var scale = (Height - Bottom - 10) / max;
        var bars = new List<TimelineBar>();
        var totals = new List<(string, int, double, double)>();
        for (var i = 0; i < periods.Count; i++)
        {
            var y = Height - Bottom;
            var total = families.Sum(f => counts.GetValueOrDefault((periods[i], f)));
            if (total > 0 && slot >= 14)
            {
                totals.Add((periods[i], total, Left + (i * slot) + (slot / 2), Height - Bottom - (total * scale) - 3));
            }

            foreach (var family in families)
            {
                var count = counts.GetValueOrDefault((periods[i], family));
                if (count == 0)
                {
                    continue;
                }

                var height = count * scale;
                y -= height;
                bars.Add(new TimelineBar(periods[i], family, count, Left + i * slot + slot * 0.1, y, slot * 0.8, height, i % LabelEvery(periods.Count) == 0));
            }
        }

        return new TimelineChart(bars, families, max, byMonth ? "month" : "year", undated)
        {
            Totals = totals,
            Ticks = [.. TickCounts(max).Select(count => (count, Height - Bottom - (count * scale)))],
        };
    }

    /// <summary>0 and up to five round steps (1, 2, 5, 10, 20, 50, ...) to the largest count.</summary>
    internal static IEnumerable<int> TickCounts(int max)
    {
        var step = 1;
        for (var magnitude = 1; max / step > 5; magnitude *= 10)
        {
            step = new[] { 1, 2, 5 }.Select(m => m * magnitude).FirstOrDefault(s => max / s <= 5, 10 * magnitude);
        }

        for (var count = 0; count <= max; count += step)
        {
            yield return count;
        }
    }

    private static int LabelEvery(int periods) => Math.Max(1, (int)Math.Ceiling(periods / 16.0));
}

/// <summary>One family's part of one period's bar.</summary>
public sealed record TimelineBar(string Period, EventFamily Family, int Count, double X, double Y, double Width, double Height, bool Labelled);
