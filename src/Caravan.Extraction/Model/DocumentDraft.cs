using Caravan.Core.Dates;
using Caravan.Core.Documents;
using Caravan.Core.Entities;
using Caravan.Core.Events;

namespace Caravan.Extraction.Model;

/// <summary>A document part-way through the pipeline: each stage returns it with more annotations.</summary>
public sealed record DocumentDraft(string FileName, string RawText)
{
    public string Text { get; init; } = RawText;

    /// <summary>Lines the normaliser took out (page furniture, publisher's notices), kept for the metadata reader.</summary>
    public IReadOnlyList<string> RemovedLines { get; init; } = [];

    public DocumentMetadata Metadata { get; init; } = new(FileName, null, null, null);

    /// <summary>Character offset where the body starts, after headline, byline and header lines.</summary>
    public int BodyStart { get; init; }

    /// <summary>Character spans of the header lines that only credit the report ("RFE/RL, November 30, 2011"): no entity is named there.</summary>
    public IReadOnlyList<(int Start, int End)> CreditLines { get; init; } = [];

    /// <summary>Where the dateline ("DUSHANBE, Oct 9 (Reuters) -") stands, up to where it hands over to the story.</summary>
    public (int Start, int End)? DatelineSpan { get; init; }

    /// <summary>Whether the character at <paramref name="offset"/> stands in the dateline.</summary>
    public bool IsInDateline(int offset) => DatelineSpan is var (start, end) && offset >= start && offset < end;

    /// <summary>The day a year-less dateline gives within the month the credit line gives ("Oct 9" of "October 2005").</summary>
    public PartialDate? DatelineDay { get; init; }

    /// <summary>The day the report speaks from, against which "on Sunday" and "today" are read: the dateline's, else the publication's.</summary>
    public PartialDate? ReportDate => DatelineDay ?? Metadata.Published;

    public IReadOnlyList<Sentence> Sentences { get; init; } = [];

    /// <summary>The sentence the character at <paramref name="offset"/> stands in (the last that starts at or before it), if any.</summary>
    public Sentence? SentenceAt(int offset) => Sentences.LastOrDefault(s => s.Start <= offset);

    /// <summary>The statistical tagger's BIO labels, one array per sentence aligned with its tokens; empty without a model.</summary>
    public IReadOnlyList<string[]> NerLabels { get; init; } = [];
    public IReadOnlyList<Mention> Mentions { get; init; } = [];
    public IReadOnlyList<Entity> Entities { get; init; } = [];
    public IReadOnlyList<TemporalExpression> Dates { get; init; } = [];

    /// <summary>The killed, injured and arrested each sentence counts, by sentence index.</summary>
    public IReadOnlyList<(int? Killed, int? Injured, int? Arrested)> Casualties { get; init; } = [];
    public IReadOnlyList<ExtractedEvent> Events { get; init; } = [];

    /// <summary>Events with the bookkeeping the consolidator needs; empty once consolidated.</summary>
    public IReadOnlyList<Stages.EventCandidate> Candidates { get; init; } = [];

    /// <summary>What the pipeline could not do for this document, in words (a stage that gave up on pathological text).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public DocumentExtraction ToExtraction() => new(Metadata, Text, Entities, Events);

    // Built on first use for the lists they index: a stage that replaces Mentions or Dates (a new list) gets a
    // new index, a copy made with `with` that keeps them shares it. Without them, looking up one sentence's
    // mentions scanned the whole document: 22 s of a 5 MB text went there.
    private (IReadOnlyList<Mention> For, ILookup<int, Mention> Index)? mentionsBySentence;
    private (IReadOnlyList<TemporalExpression> For, ILookup<int, TemporalExpression> Index)? datesBySentence;

    /// <summary>The mentions of one sentence, in document order.</summary>
    public IEnumerable<Mention> MentionsIn(int sentence)
    {
        if (mentionsBySentence is not { } index || !ReferenceEquals(index.For, Mentions))
        {
            index = (Mentions, Mentions.ToLookup(m => m.SentenceIndex));
            mentionsBySentence = index;
        }

        return index.Index[sentence];
    }

    /// <summary>The time expressions of one sentence, in document order.</summary>
    public IEnumerable<TemporalExpression> DatesIn(int sentence)
    {
        if (datesBySentence is not { } index || !ReferenceEquals(index.For, Dates))
        {
            index = (Dates, Dates.ToLookup(d => d.SentenceIndex));
            datesBySentence = index;
        }

        return index.Index[sentence];
    }
}
