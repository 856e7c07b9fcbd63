using Caravan.Core.Dates;
using Caravan.Web.Rendering;

namespace Caravan.Web.Tests.Rendering;

public sealed class WordsTests
{
    [Theory]
    [InlineData("2022-09-14", "2022-09-14")]
    [InlineData("2022-09", "2022-09")]
    [InlineData("1999", "1999")]
    [InlineData("--10-01", "1 Oct, year not given")]
    [InlineData("--04", "April, year not given")]
    public void A_date_reads_the_same_on_every_page(string iso, string shown) =>
        Assert.Equal(shown, Words.Date(PartialDate.Parse(iso)));

    [Fact]
    public void No_date_is_undated_and_a_span_joins_its_ends()
    {
        Assert.Equal("undated", Words.Date(null));
        Assert.Equal("2021-07-25 – 2021-07-26", Words.Span(PartialDate.Parse("2021-07-25"), PartialDate.Parse("2021-07-26")));
    }

    [Theory]
    [InlineData("Headline", "TDI", "2022-10-21", "Headline")]
    [InlineData(null, "TDI", "2022-10-21", "TDI report of 2022-10-21")]
    [InlineData(null, null, "2001-07", "Report of 2001-07")]
    [InlineData(null, null, null, "004_be8157860be4df29.txt")]
    public void A_document_without_a_headline_is_named_by_outlet_and_date(string? title, string? outlet, string? published, string shown) =>
        Assert.Equal(shown, Words.Title(title, outlet, published, "004_be8157860be4df29.txt"));
}
