using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Caravan.Extraction.Model;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Text;

namespace Caravan.Extraction.Stages;

/// <summary>
/// Unicode NFC, HTML entities decoded, one kind of space and line break, no Markdown marks, lines cut to a width
/// joined again, and no page furniture: comment widgets, "Source link", share prompts, links to other stories, picture
/// credits and the publisher's notice at the foot of a page. Quotes and dashes stay as printed, because evidence
/// sentences are quoted verbatim.
/// </summary>
public sealed partial class TextNormaliser : IExtractionStage
{
    public DocumentDraft Apply(DocumentDraft draft)
    {
        var text = HtmlEntities(draft.RawText).Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r':
                    break;
                case '\u00A0' or '\u2007' or '\u202F' or '\t' or '\u2009' or '\u200A' or '\u3000':
                    builder.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD':
                    break;
                case '\u2028' or '\u2029' or '\u0085':
                    builder.Append('\n');
                    break;
                default:
                    if (!char.IsControl(c) || c == '\n')
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        var kept = new List<string>();
        var removed = new List<string>();
        foreach (var rawLine in builder.ToString().Split('\n'))
        {
            var line = MarkdownMarks.Strip(MultipleSpaces().Replace(rawLine, " ").Trim());
            if (IsFurniture(line))
            {
                removed.Add(line);
            }
            else
            {
                kept.Add(line);
            }
        }

        var joined = string.Join('\n', HardWrap.Unwrap(kept));
        joined = BlankLineRuns().Replace(joined, "\n\n").Trim();
        return draft with { Text = joined, RemovedLines = removed };
    }

    // Text copied out of a page's source keeps "&amp;", "&quot;" and "&#39;": a name with one is not the name.
    private static string HtmlEntities(string text) =>
        text.Contains('&', StringComparison.Ordinal) ? HtmlEntity().Replace(text, entity => WebUtility.HtmlDecode(entity.Value)) : text;

    private static bool IsFurniture(string line) =>
        line.Length > 0 && (FurnitureLine().IsMatch(line) || OtherStoryOrPicture().IsMatch(line) || Breadcrumbs().IsMatch(line) || (line.Length > 120 && PublisherNotice().Matches(line).Count >= 2));

    [GeneratedRegex(@"^(Do you like this article\??|\d+ Comments?(\(s\))?|Comment Policy.*|Source link|Share this( article)?:?|Read more:?|Advertisement|Subscribe.*newsletter.*|Follow us on .*|.{0,40}\blogo|Print|Email)$", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureLine();

    // "Read also: Two killed in border clash" names another story, "Photo: AFP" credits a picture: neither is this report.
    [GeneratedRegex(@"^(?:(?:Read (?:also|more)|Also read|See also|Related(?: articles| stories| news)?|More on this)\s*[:\-–—].*|(?:Photo|Image|Picture|Illustrative (?:photo|image))(?: credit)?\s*:.{0,120})$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherStoryOrPicture();

    // "Home > News > Security", "News » Central Asia": the page's place in its site.
    [GeneratedRegex(@"^[\p{L}0-9&'’ .-]{1,30}(?:\s*[>»›]\s*[\p{L}0-9&'’ .-]{1,40}){1,6}$")]
    private static partial Regex Breadcrumbs();

    [GeneratedRegex(@"(Copyright|\(c\)|©|All rights reserved|Unauthori[sz]ed reproduction|subscrib|please contact|is a publication of|Site Maintenance)", RegexOptions.IgnoreCase)]
    private static partial Regex PublisherNotice();

    [GeneratedRegex("&(?:#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")]
    private static partial Regex HtmlEntity();

    [GeneratedRegex(" {2,}")]
    private static partial Regex MultipleSpaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLineRuns();
}
