using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace Caravan.Extraction.Tests.Pipeline;

/// <summary>
/// A bounded fuzzing run: random documents built from the pieces the pipeline reacts to (names, triggers,
/// dates, numbers, quotes, headings, odd Unicode) must never make it throw, and what it returns must hold
/// together: evidence is text of the document, mentions name their own spans, dates are valid.
/// </summary>
public class PipelinePropertyTests(ITestOutputHelper output)
{
    private static readonly string[] Pieces =
    [
        "Kyrgyz", "Tajik-Kyrgyz", "Uzbekistan's", "President", "Shavkat", "Mirziyoyev", "the", "IMU", "ISIL", "(GKNB)", "Batken", "Region", "Osh", "city", "court",
        "attacked", "killed", "wounded", "arrested", "sentenced", "signed", "memorandum", "visit", "met", "warned", "denied", "proposed", "plan", "to", "establish",
        "On", "July", "25-26", "two", "days", "later", "in", "1999", "and", "2000", "last", "December", "on", "Tuesday", "May", "5", "2022-10-18",
        "Three", "servicemen", "five", "civilians", "were", "12", "Five", "hundred", ",", ".", ";", ":", "“", "”", "’s", "--", "—", "(", ")", "[", "]",
        "\n", "\n\n", "Dushanbe, 21 October 2022 (TDI):", "By", "Published:", "Source link", "Do you like this article?", "Fergana", "Valley", "Gemush", "Pass",
        "Muslim", "Board", "of", "Islamic", "State", "Khorasan", "Vladimir", "Norov", "said", "told", "Caravanserai", "ё", "ǅ", "\u00A0", "\u200B", "ﬁ", "İ", "ß", "🙂",
    ];

    [Fact]
    public void RandomDocumentsNeverBreakThePipeline()
    {
        var random = new Random(20261122);
        var watch = Stopwatch.StartNew();
        var documents = 0;
        var events = 0;
        while (watch.Elapsed < TimeSpan.FromSeconds(20))
        {
            var text = RandomDocument(random);
            var draft = Run.All(text, $"fuzz-{documents}.txt");
            documents++;
            events += draft.Events.Count;
            foreach (var e in draft.Events)
            {
                Assert.Contains(e.Evidence, draft.Text, StringComparison.Ordinal);
                Assert.Equal(e.Evidence, draft.Text.Substring(e.EvidenceStart, e.Evidence.Length));
                if (e.Date is { } date && e.DateEnd is { } end && date.Year is not null && end.Year is not null)
                {
                    Assert.True(string.CompareOrdinal(date.ToString(), end.ToString()) <= 0 || date.Precision != end.Precision, $"range {date}..{end} in fuzz-{documents}");
                }
            }

            foreach (var mention in draft.Mentions)
            {
                Assert.Equal(mention.Text, draft.Text[mention.Start..mention.End]);
            }

            Assert.All(draft.Entities, entity => Assert.False(string.IsNullOrWhiteSpace(entity.Name)));
        }

        output.WriteLine($"{documents} random documents, {events} events, no failure, in {watch.Elapsed.TotalSeconds:F0} s");
        Assert.True(documents > 100, $"only {documents} documents in the time allowed");
    }

    private static string RandomDocument(Random random)
    {
        var builder = new StringBuilder();
        var words = random.Next(5, 400);
        for (var i = 0; i < words; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
            builder.Append(random.Next(8) == 0 ? string.Empty : " ");
        }

        return builder.ToString();
    }
}
