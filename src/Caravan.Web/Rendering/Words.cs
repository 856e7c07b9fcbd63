using System.Globalization;

namespace Caravan.Web.Rendering;

/// <summary>Counts and names as a reader reads them: "1 document", "3 documents", "this instance" for the local owner.</summary>
public static class Words
{
    public static string Count(int n, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? singular : plural ?? singular + "s")}");

    /// <summary>An owning organisation; what the instance ingested on its own is "this instance", not "local".</summary>
    public static string Owner(string owner) => owner == Caravan.Core.Sharing.Marking.LocalOwner ? "this instance" : owner;

    /// <summary>How a claim stands with what bears on it: "Denied by", "Borne out by", "Contradicted by".</summary>
    public static string Relation(Caravan.Analysis.Claims.ClaimRelation relation) => relation switch
    {
        Caravan.Analysis.Claims.ClaimRelation.Denies => "Denied by",
        Caravan.Analysis.Claims.ClaimRelation.Confirms => "Borne out by",
        _ => "Contradicted by",
    };

    /// <summary>
    /// What a document is called: its headline; without one, whose report of when ("TDI report of 2022-10-21");
    /// the file name only when nothing else is known, since a hash of a name tells a reader nothing.
    /// </summary>
    public static string Title(string? title, string? outlet, string? published, string fileName) =>
        title ?? (outlet, published) switch
        {
            (not null, not null) => $"{outlet} report of {published}",
            (not null, null) => $"{outlet} report",
            (null, not null) => $"Report of {published}",
            _ => fileName,
        };

    /// <summary>
    /// A date as a reader reads it, the same on every page: "2022-09-14", "2022-09", "2022"; a day whose year the report
    /// never gives as "14 Sep, year not given"; and no date as "undated".
    /// </summary>
    public static string Date(Caravan.Core.Dates.PartialDate? date) => date switch
    {
        null => "undated",
        { Year: null, Month: { } month, Day: { } day } => string.Create(CultureInfo.InvariantCulture, $"{day} {CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month)}, year not given"),
        { Year: null, Month: { } month } => string.Create(CultureInfo.InvariantCulture, $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)}, year not given"),
        { } known => known.ToString(),
    };

    /// <summary>A span "2022-09-14 – 2022-09-16", or the one date.</summary>
    public static string Span(Caravan.Core.Dates.PartialDate? date, Caravan.Core.Dates.PartialDate? end) =>
        end is null ? Date(date) : $"{Date(date)} – {Date(end)}";
}
