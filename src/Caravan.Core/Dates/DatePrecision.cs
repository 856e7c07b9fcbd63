namespace Caravan.Core.Dates;

/// <summary>How much of a date the source text actually gives.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
    /// <summary>Month known, year not given by the text ("in April" with no year anywhere).</summary>
    YearlessMonth,
    /// <summary>Day and month known, year not given by the text ("October 1").</summary>
    YearlessDay,
}
