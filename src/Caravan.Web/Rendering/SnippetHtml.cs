using Microsoft.AspNetCore.Html;

namespace Caravan.Web.Rendering;

/// <summary>
/// A search snippet as HTML. The database marks matches with two control characters that normalised text
/// never contains; the text between is encoded and only the marks become &lt;mark&gt; tags.
/// </summary>
public static class SnippetHtml
{
    public static (string Open, string Close) Marks { get; } = ("\u0002", "\u0003");

    public static IHtmlContent Render(string snippet)
    {
        var html = new HtmlContentBuilder();
        var marked = false;
        foreach (var part in snippet.Split([Marks.Open[0], Marks.Close[0]]))
        {
            if (marked && part.Length > 0)
            {
                html.AppendHtml("<mark>").Append(part).AppendHtml("</mark>");
            }
            else
            {
                html.Append(part);
            }

            marked = !marked;
        }

        return html;
    }
}
