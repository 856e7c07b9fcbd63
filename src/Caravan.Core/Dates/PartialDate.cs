using System.Globalization;

namespace Caravan.Core.Dates;

/// <summary>
/// A calendar date known only as far as the text tells it: a year, a month of a year, a day,
/// or a month or day whose year nothing in the text gives. Never a DateTime with flags.
/// </summary>
public readonly record struct PartialDate
{
    private PartialDate(int? year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int? Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public DatePrecision Precision => (Year, Month, Day) switch
    {
        (not null, null, _) => DatePrecision.Year,
        (not null, not null, null) => DatePrecision.Month,
        (not null, not null, not null) => DatePrecision.Day,
        (null, not null, null) => DatePrecision.YearlessMonth,
        _ => DatePrecision.YearlessDay,
    };

    public bool HasYear => Year is not null;

    public static PartialDate OfYear(int year) => new(CheckYear(year), null, null);

    public static PartialDate OfMonth(int? year, int month) =>
        new(year is { } y ? CheckYear(y) : null, CheckMonth(month), null);

    public static PartialDate OfDay(int? year, int month, int day)
    {
        CheckMonth(month);
        var daysInMonth = DateTime.DaysInMonth(year ?? 2000, month);
        if (day < 1 || day > daysInMonth)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"Month {month} has no day {day}.");
        }

        return new(year is { } y ? CheckYear(y) : null, month, day);
    }

    public static bool TryCreateDay(int? year, int month, int day, out PartialDate date)
    {
        date = default;
        if (month is < 1 or > 12 || year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year ?? 2000, month))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    public PartialDate WithYear(int year) => new(CheckYear(year), Month, Day);

    /// <summary>Moves a day-precision date; a year-less date stays year-less (leap years assumed).</summary>
    public PartialDate AddDays(int days)
    {
        if (Day is null || Month is null)
        {
            throw new InvalidOperationException($"Cannot add days to {this}: it has no day.");
        }

        var moved = new DateOnly(Year ?? 2000, Month.Value, Day.Value).AddDays(days);
        return new PartialDate(Year is null ? null : moved.Year, moved.Month, moved.Day);
    }

    /// <summary>Days from <paramref name="earlier"/> to this date (negative when it lies after), where both name a day of a year.</summary>
    public int? DaysAfter(PartialDate earlier) =>
        (this, earlier) is ({ Year: { } y, Month: { } m, Day: { } d }, { Year: { } ey, Month: { } em, Day: { } ed })
            ? new DateOnly(y, m, d).DayNumber - new DateOnly(ey, em, ed).DayNumber
            : null;

    /// <summary>True when the two dates agree on every field both of them give.</summary>
    public bool AgreesWith(PartialDate other) =>
        FieldAgrees(Year, other.Year) && FieldAgrees(Month, other.Month) && FieldAgrees(Day, other.Day);

    /// <summary>The date told no finer than its month: the month a day falls in; a month or a year as it is.</summary>
    public PartialDate WithoutDay => Day is null ? this : new(Year, Month, null);

    /// <summary>How many of year, month and day the date gives: "July 29" two, "July 29, 2012" three.</summary>
    public int KnownFields => (Year is null ? 0 : 1) + (Month is null ? 0 : 1) + (Day is null ? 0 : 1);

    /// <summary>True when the two dates agree and one tells the time more finely than the other ("July 2012" and "July 29, 2012").</summary>
    public bool AgreesAtAnotherPrecision(PartialDate other) => AgreesWith(other) && KnownFields != other.KnownFields;

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year!.Value.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.YearlessMonth => string.Create(CultureInfo.InvariantCulture, $"--{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"--{Month:D2}-{Day:D2}"),
    };

    /// <summary>Parses the ISO forms of GOLD-FORMAT.md: YYYY, YYYY-MM, YYYY-MM-DD, --MM, --MM-DD.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var yearless = text.StartsWith("--", StringComparison.Ordinal);
        var parts = (yearless ? text[2..] : text).Split('-');
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        try
        {
            date = (yearless, numbers.Length) switch
            {
                (false, 1) => OfYear(numbers[0]),
                (false, 2) => OfMonth(numbers[0], numbers[1]),
                (false, 3) => OfDay(numbers[0], numbers[1], numbers[2]),
                (true, 1) => OfMonth(null, numbers[0]),
                (true, 2) => OfDay(null, numbers[0], numbers[1]),
                _ => throw new FormatException(),
            };
            return true;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or FormatException)
        {
            return false;
        }
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date of the forms YYYY, YYYY-MM, YYYY-MM-DD, --MM or --MM-DD.");

    private static bool FieldAgrees(int? a, int? b) => a is null || b is null || a == b;

    private static int CheckYear(int year) =>
        year is >= 1 and <= 9999 ? year : throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be 1-9999.");

    private static int CheckMonth(int month) =>
        month is >= 1 and <= 12 ? month : throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1-12.");
}
