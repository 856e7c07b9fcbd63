using System.Globalization;
using Microsoft.AspNetCore.Html;

namespace Caravan.Web.Rendering;

/// <summary>An SVG &lt;text&gt; element, which Razor cannot write as markup (it reserves the tag for itself).</summary>
public static class SvgText
{
    public static IHtmlContent At(double x, double y, string cssClass, string content) =>
        new HtmlContentBuilder()
            .AppendHtml(string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" class=\""))
            .Append(cssClass)
            .AppendHtml("\">")
            .Append(content)
            .AppendHtml("</text>");
}
