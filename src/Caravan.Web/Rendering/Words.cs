using System.Globalization;

namespace Caravan.Web.Rendering;

/// <summary>Counts and names as a reader reads them: "1 document", "3 documents", "this instance" for the local owner.</summary>
public static class Words
{
    public static string Count(int n, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? singular : plural ?? singular + "s")}");

    /// <summary>An owning organisation; what the instance ingested on its own is "this instance", not "local".</summary>
    public static string Owner(string owner) => owner == Caravan.Core.Sharing.Marking.LocalOwner ? "this instance" : owner;
}
