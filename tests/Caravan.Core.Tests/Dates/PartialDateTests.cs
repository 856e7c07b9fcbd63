using Caravan.Core.Dates;

namespace Caravan.Core.Tests.Dates;

public class PartialDateTests
{
    [Theory]
    [InlineData("2017-08-19", DatePrecision.Day)]
    [InlineData("2017-03", DatePrecision.Month)]
    [InlineData("1999", DatePrecision.Year)]
    [InlineData("--10-01", DatePrecision.YearlessDay)]
    [InlineData("--04", DatePrecision.YearlessMonth)]
    public void IsoFormsRoundTripWithTheirPrecision(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2017-02-30")]
    [InlineData("2017-13")]
    [InlineData("yesterday")]
    [InlineData("--00-01")]
    public void InvalidDatesAreRejected(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void YearlessDayAgreesWithTheSameDayOfAnyYear()
    {
        Assert.True(PartialDate.Parse("--07-25").AgreesWith(PartialDate.Parse("2001-07-25")));
        Assert.False(PartialDate.Parse("--07-25").AgreesWith(PartialDate.Parse("2001-07-26")));
    }

    [Fact]
    public void YearAgreesWithAnyDayInsideIt()
    {
        Assert.True(PartialDate.Parse("2017").AgreesWith(PartialDate.Parse("2017-09-01")));
        Assert.False(PartialDate.Parse("2016").AgreesWith(PartialDate.Parse("2017-09-01")));
    }

    [Fact]
    public void TwoDaysLaterStaysYearlessWhenTheYearIsUnknown()
    {
        var later = PartialDate.Parse("--09-15").AddDays(2);

        Assert.Equal("--09-17", later.ToString());
    }

    [Fact]
    public void AddingDaysCrossesMonthAndYearEnds() =>
        Assert.Equal("2002-01-01", PartialDate.Parse("2001-12-31").AddDays(1).ToString());

    [Theory]
    [InlineData("2002-01-02", "2001-12-30", 3)]
    [InlineData("2001-12-30", "2002-01-02", -3)]
    [InlineData("2002-01-02", "2002-01", null)]
    [InlineData("2002-01-02", "--12-30", null)]
    public void DaysAfterCountsAcrossYearEndsAndOnlyBetweenDays(string date, string earlier, int? days) =>
        Assert.Equal(days, PartialDate.Parse(date).DaysAfter(PartialDate.Parse(earlier)));

    [Theory]
    [InlineData("2012-07", "2012-07-29", true)]
    [InlineData("--07-29", "2012-07-29", true)]
    [InlineData("2012-07-29", "2012-07-29", false)]
    [InlineData("2012-07", "2012-08-01", false)]
    public void AgreesAtAnotherPrecisionWhenOneSaysMoreOfTheSameTime(string a, string b, bool agrees)
    {
        Assert.Equal(agrees, PartialDate.Parse(a).AgreesAtAnotherPrecision(PartialDate.Parse(b)));
        Assert.Equal(agrees, PartialDate.Parse(b).AgreesAtAnotherPrecision(PartialDate.Parse(a)));
    }

    [Theory]
    [InlineData("2012", 1)]
    [InlineData("--07", 1)]
    [InlineData("--07-29", 2)]
    [InlineData("2012-07-29", 3)]
    public void KnownFieldsCountsWhatTheDateGives(string date, int fields) =>
        Assert.Equal(fields, PartialDate.Parse(date).KnownFields);

    [Theory]
    [InlineData("2012-07-29", "2012-07")]
    [InlineData("--07-29", "--07")]
    [InlineData("2012-07", "2012-07")]
    [InlineData("2012", "2012")]
    public void WithoutDayIsTheMonthADayFallsIn(string date, string expected) =>
        Assert.Equal(expected, PartialDate.Parse(date).WithoutDay.ToString());
}
