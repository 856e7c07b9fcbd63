using Caravan.Extraction.Stages;

namespace Caravan.Extraction.Tests.Stages;

public class TemporalTaggerTests
{
    private static List<string> Dates(string text) =>
        [.. Run.Until<TemporalTagger>(text).Dates.Select(d => d.DateEnd is null ? d.Date.ToString() : $"{d.Date}/{d.DateEnd}")];

    [Fact]
    public void TwoDaysLaterResolvesAgainstThePreviousDate()
    {
        var dates = Dates("Kamilov said during his visit to Bishkek September 15. Acting President Shavkat Mirziyoyev followed up two days later by phoning his counterpart.");

        Assert.Equal(["--09-15", "--09-17"], dates);
    }

    [Fact]
    public void YearlessDatesTakeThePublicationYear()
    {
        var dates = Dates("By Fuad Mukhtarli September 1, 2017\n\nThe plan was finalized in Tashkent on August 19 and signed into law in July.");

        Assert.Equal(["2017-09-01", "2017-08-19", "2017-07"], dates.Skip(0));
    }

    [Fact]
    public void LastDecemberIsTheDecemberBeforePublication()
    {
        var dates = Dates("Dushanbe, 21 October 2022 (TDI): He came to power last December.");

        Assert.Contains("2021-12", dates);
    }

    [Theory]
    [InlineData("Osh, 14 December 2016 (Interfax) - Police detained him in late summer.", "2016")]
    [InlineData("Osh, 3 March 2016 (Interfax) - Police detained him in late summer.", "2015")] // none has begun this year
    [InlineData("Osh, 3 March 2016 (Interfax) - The fighting of last summer flared again.", "2015")]
    [InlineData("Osh, 3 October 2016 (Interfax) - The fighting of last summer flared again.", "2016")]
    [InlineData("Osh, 3 March 2016 (Interfax) - A deal was signed in the spring of 2014.", "2014")]
    public void ASeasonGivesTheYearItFellIn(string text, string expected) =>
        Assert.Contains(expected, Dates(text));

    [Theory]
    [InlineData("Osh, 3 March 2016 (Interfax) - Since the fall of the Soviet Union, the town has grown.")]
    [InlineData("Osh, 3 March 2016 (Interfax) - The clashes of last winter were the worst.")]
    public void NoSeasonIsReadWhereItsYearCannotBeTold(string text) =>
        Assert.Equal(["2016-03-03"], Dates(text));

    [Theory]
    [InlineData("Prague, 9 August 2000 (RFE/RL) -- The fighting started last weekend.", "2000-08-05")] // a Wednesday: the Saturday before
    [InlineData("Prague, 6 August 2000 (RFE/RL) -- The fighting started last weekend.", "2000-07-29")] // a Sunday: not the weekend it is in
    [InlineData("Prague, 6 August 2000 (RFE/RL) -- The fighting started over the weekend.", "2000-08-05")]
    public void AWeekendIsItsSaturdayCountedFromPublication(string text, string expected) =>
        Assert.Contains(expected, Dates(text));

    [Fact]
    public void ADayRangeKeepsItsEnd()
    {
        var dates = Dates("Dushanbe, 21 October 2022 (TDI): On July 25-26, gunmen crossed the border.");

        Assert.Contains("2022-07-25/2022-07-26", dates);
    }

    [Fact]
    public void TheNightOfTwoDaysIsTheSecondDay()
    {
        var dates = Dates("Dushanbe, 14 May 2006 (Asia-Plus): The gunmen crossed the border on the night of May 11-12 and attacked a checkpoint.");

        Assert.Contains("2006-05-12", dates);
        Assert.DoesNotContain(dates, d => d.StartsWith("2006-05-11", StringComparison.Ordinal));
    }

    [Fact]
    public void TheLastTwoYearsAfterARunOfYearsGivesTheYearOfWriting()
    {
        const string text = "On July 23, ORT spoke of the incursions in 1999 and 2000. Officials wonder whether the attack presages an operation akin to those of the last two years.";

        var dates = Dates(text);

        Assert.Equal("2001-07-23", dates[0]);
    }

    [Fact]
    public void AQuotationOpeningOnTodaySaysNowadays()
    {
        var draft = Run.Until<TemporalTagger>("Asia-Plus, November 23, 2018\n\n“Today, this country has turned into a bridgehead,” he said today.");

        Assert.Equal(["today"], draft.Dates.Where(d => d.Start >= draft.BodyStart).Select(d => d.Text));
    }

    [Fact]
    public void WithoutAnyYearInTheTextADateStaysYearless() =>
        Assert.Equal(["--04"], Dates("In April, armed attacks had already been reported in the region."));

    [Fact]
    public void MayTheVerbIsNotMayTheMonth() =>
        Assert.Empty(Dates("Officials say more attacks may 5 times as likely."));

    [Fact]
    public void AYearlessDayTakesTheEarlierYearTheNarrativePrinted()
    {
        var draft = Run.Until<TemporalTagger>("Asia-Plus, March 3, 2014\n\nThe unrest began in Khorog on July 24, 2012. A local commander was killed on August 22. Police detained two men on February 28.");

        Assert.Contains(draft.Dates, d => d.Text == "August 22" && d.Date.ToString() == "2012-08-22");
        Assert.Contains(draft.Dates, d => d.Text == "February 28" && d.Date.ToString() == "2012-02-28");
    }

    [Fact]
    public void ABareYearInPassingDoesNotMoveTheNarrative()
    {
        var draft = Run.Until<TemporalTagger>("Asia-Plus, March 3, 2014\n\nThe group was founded in 2010. Police detained its leader on February 28.");

        Assert.Contains(draft.Dates, d => d.Text == "February 28" && d.Date.ToString() == "2014-02-28");
    }

    [Fact]
    public void ADateAQuotationCitesDoesNotMoveTheNarrative()
    {
        var draft = Run.Until<TemporalTagger>("Trend, October 2, 2015\n\n\"The treaty ratified on April 4, 2011, remains in force,\" the ministry said. The commander visited Termez in late August.");

        Assert.Contains(draft.Dates, d => d.Text.Contains("August", StringComparison.Ordinal) && d.Date.Year == 2015);
    }

    [Theory]
    [InlineData("The ministry announced today that a curfew was imposed.", "today", "2011-12-17")]
    [InlineData("Police said yesterday that two men were detained.", "yesterday", "2011-12-16")]
    [InlineData("Gunmen fired on a checkpoint last night, police said.", "last night", "2011-12-16")]
    [InlineData("Troops killed 10 gunmen Tuesday in the mountains.", "Tuesday", "2011-12-13")]
    [InlineData("The militants invaded 12 days ago from the south.", "12 days ago", "2011-12-05")]
    [InlineData("The bloc said a week ago that it saw no need to send troops.", "a week ago", "2011-12")]
    [InlineData("Two men were detained the day before yesterday.", "the day before yesterday", "2011-12-15")]
    [InlineData("Two men were detained on the 15th, police said.", "on the 15th", "2011-12-15")]
    [InlineData("Two men were detained on the 20th.", "on the 20th", "2011-11-20")]
    [InlineData("Two men were detained on the 5th of November.", "on the 5th of November", "2011-11-05")]
    public void RelativeDaysResolveAgainstThePublicationDate(string sentence, string expression, string date)
    {
        var draft = Run.Until<TemporalTagger>($"RFE/RL, Saturday, December 17, 2011\n\n{sentence}");

        Assert.Contains(draft.Dates, d => d.Text == expression && d.Date.ToString() == date);
    }

    [Theory]
    [InlineData("The 201st base held drills on the 5th anniversary of the treaty.")]
    [InlineData("Delegates met on the 15th floor of the ministry.")]
    public void AnOrdinalBeforeANounIsNoDay(string sentence)
    {
        var draft = Run.Until<TemporalTagger>($"RFE/RL, Saturday, December 17, 2011\n\n{sentence}");

        Assert.DoesNotContain(draft.Dates, d => d.Text.Contains("th", StringComparison.Ordinal));
    }
}
