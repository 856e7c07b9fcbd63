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

    /// <summary>
    /// Mutation fuzzing of the real reports: cut, repeat, splice, case-flip and pepper them with odd characters,
    /// as scrapers and copy-paste do. Each document must finish in bounded time; CARAVAN_FUZZ_SECONDS sets the run.
    /// </summary>
    [Fact]
    public void MutatedReportsNeverBreakOrStallThePipeline()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("CARAVAN_FUZZ_SECONDS"), out var s) && s > 0 ? s : 20;
        var reports = Directory.GetFiles(Samples.Folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var random = new Random(20261123);
        var watch = Stopwatch.StartNew();
        var (documents, events, slowest) = (0, 0, TimeSpan.Zero);
        while (watch.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            var text = Mutate(reports[random.Next(reports.Length)], reports, random);
            var started = Stopwatch.GetTimestamp();
            var draft = Run.All(text, $"mutant-{documents}.txt");
            var took = Stopwatch.GetElapsedTime(started);
            slowest = took > slowest ? took : slowest;
            Assert.True(took < TimeSpan.FromSeconds(5), $"mutant {documents} ({text.Length} characters) took {took.TotalSeconds:F1} s");
            foreach (var e in draft.Events)
            {
                Assert.Equal(e.Evidence, draft.Text.Substring(e.EvidenceStart, e.Evidence.Length));
                Assert.True(e.Fatalities is null or >= 0 && e.Injured is null or >= 0 && e.Arrested is null or >= 0, $"negative count in mutant {documents}");
            }

            documents++;
            events += draft.Events.Count;
        }

        output.WriteLine($"{documents} mutated reports, {events} events, slowest {slowest.TotalMilliseconds:F0} ms, no failure, in {watch.Elapsed.TotalSeconds:F0} s");
        Assert.True(documents > 50, $"only {documents} documents in the time allowed");
    }

    private static readonly string[] Oddities = ["\u0000", "\uFEFF", "\u202E", "\u0301", "\r", "\t", "\u2028", "<p>", "&amp;", "%s", "{0}", "\\", "''", "\"", "\uD83D\uDE00", "\u0417\u0430\u043A\u0438\u0440", "٣", "Ⅻ"];

    private static string Mutate(string text, string[] others, Random random)
    {
        var builder = new StringBuilder(text);
        for (var round = random.Next(1, 8); round > 0 && builder.Length > 0; round--)
        {
            var at = random.Next(builder.Length);
            var length = Math.Min(builder.Length - at, random.Next(1, 400));
            switch (random.Next(6))
            {
                case 0: builder.Remove(at, length); break;
                case 1: builder.Insert(at, string.Concat(Enumerable.Repeat(builder.ToString(at, Math.Min(length, 40)), random.Next(2, 300)))); break;
                case 2:
                    var other = others[random.Next(others.Length)];
                    var from = random.Next(other.Length);
                    builder.Insert(at, other.AsSpan(from, Math.Min(other.Length - from, random.Next(1, 2000))));
                    break;
                case 3:
                    var span = builder.ToString(at, length);
                    builder.Remove(at, length).Insert(at, random.Next(2) == 0 ? span.ToUpperInvariant() : span.ToLowerInvariant());
                    break;
                case 4:
                    for (var i = random.Next(1, 30); i > 0; i--)
                    {
                        builder.Insert(random.Next(builder.Length + 1), Oddities[random.Next(Oddities.Length)]);
                    }

                    break;
                default: builder.Length = at; break;
            }
        }

        return builder.ToString();
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
