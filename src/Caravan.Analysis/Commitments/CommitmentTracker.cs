using System.Globalization;
using System.Text.RegularExpressions;
using Caravan.Core.Dates;
using Caravan.Core.Events;
using Caravan.Core.Text;
using Caravan.Storage;

namespace Caravan.Analysis.Commitments;

/// <summary>
/// Agreements and initiatives as tracked commitments. Each report of one becomes a mention; mentions with
/// the same or a close title (and no conflicting proposer) across documents are one commitment, whose status
/// is the furthest the reports have taken it, unless an analyst has ruled otherwise.
/// </summary>
public static partial class CommitmentTracker
{
    private const double SameTitle = 0.6;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal) { "a", "an", "the", "of", "for", "on", "in", "and", "to", "at", "by" };

    public static IReadOnlyList<Commitment> Track(IReadOnlyList<StoredDocument> documents, IReadOnlyList<CommitmentDecision> decisions)
    {
        var groups = new List<(string Title, string? Proposer, HashSet<string> Words, List<(CommitmentMention Mention, IReadOnlyList<string> Parties)> Mentions)>();
        var proposers = Proposers(documents);
        foreach (var (document, stored) in Mentions.Chronological(documents))
        {
            var e = stored.Event;
            if (e.Type is not (EventType.Agreement or EventType.Initiative) || CommitmentTitles.From(e.Evidence) is not { } title)
            {
                continue;
            }

            var proposer = proposers[stored.Id];

            var parties = e.Actors.Concat(e.Targets).Where(p => proposer is null || NameFolding.Fold(p) != NameFolding.Fold(proposer)).Distinct(StringComparer.Ordinal).ToList();
            var mention = new CommitmentMention(stored.Id, document.Document.Id.Value, stored.Outlet, e.Date, StatusOf(e), Mentions.Words(e.Evidence));
            var words = Words(title);
            var group = groups.FirstOrDefault(g => Similarity(g.Words, words) >= SameTitle && (g.Proposer is null || proposer is null || NameFolding.Fold(g.Proposer) == NameFolding.Fold(proposer)));
            if (group.Mentions is null)
            {
                groups.Add((title, proposer, words, [(mention, parties)]));
            }
            else
            {
                group.Mentions.Add((mention, parties));
                if (group.Proposer is null && proposer is not null)
                {
                    groups[groups.IndexOf(group)] = group with { Proposer = proposer };
                }
            }
        }

        AddLaterMentions(documents, groups.Select(g => (g.Words, g.Mentions)).ToList());
        var ruled = decisions.GroupBy(d => d.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MaxBy(d => d.At)!, StringComparer.Ordinal);
        return
        [
            .. groups.Select(g =>
            {
                var key = Key(g.Title);
                var timeline = g.Mentions.Select(m => m.Mention).ToList();
                var decision = ruled.GetValueOrDefault(key);
                return new Commitment(key, g.Title, g.Proposer, [.. g.Mentions.SelectMany(m => m.Parties).Distinct(StringComparer.Ordinal)],
                    timeline.Select(m => m.Date).FirstOrDefault(d => d is not null), decision?.Status ?? Furthest(timeline), timeline)
                {
                    Decision = decision,
                };
            }),
        ];
    }

    /// <summary>
    /// Sentences of any document that name a tracked commitment without being an extracted event ("the regional Expert
    /// Council … was established in Tashkent") join its timeline: at least three quarters of the title's words, and at
    /// least two, in one sentence.
    /// </summary>
    private static void AddLaterMentions(IReadOnlyList<StoredDocument> documents, List<(HashSet<string> Words, List<(CommitmentMention Mention, IReadOnlyList<string> Parties)> Mentions)> groups)
    {
        var known = groups.SelectMany(g => g.Mentions).Select(m => (m.Mention.DocumentId, m.Mention.Evidence)).ToHashSet();
        foreach (var document in documents)
        {
            foreach (var sentence in Sentence().Split(document.Document.Text).Select(Mentions.Words).Where(s => s.Length > 0))
            {
                var id = document.Document.Id.Value;
                if (known.Any(k => k.DocumentId == id && (k.Evidence.Contains(sentence, StringComparison.Ordinal) || sentence.Contains(k.Evidence, StringComparison.Ordinal))))
                {
                    continue;
                }

                var words = Words(sentence);
                foreach (var group in groups.Where(g => g.Words.Count >= 2 && g.Words.Count(words.Contains) >= Math.Max(2, Math.Ceiling(g.Words.Count * 0.75))))
                {
                    var date = SentenceDate(sentence) ?? document.Document.Metadata.Published;
                    group.Mentions.Add((new CommitmentMention(null, id, document.Document.Metadata.Outlet, date, StatusOf(EventType.Initiative, sentence), sentence), []));
                }
            }
        }

        foreach (var group in groups)
        {
            group.Mentions.Sort((a, b) => string.CompareOrdinal(Mentions.Day(a.Mention.Date) ?? "9999", Mentions.Day(b.Mention.Date) ?? "9999"));
        }
    }

    private static PartialDate? SentenceDate(string sentence)
    {
        var m = WrittenDate().Match(sentence);
        if (!m.Success)
        {
            return null;
        }

        var month = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, n => n.Length > 0 && n == (m.Groups["month"].Success ? m.Groups["month"].Value : m.Groups["month2"].Value)) + 1;
        var day = int.Parse(m.Groups["day"].Success ? m.Groups["day"].Value : m.Groups["day2"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["year"].Success ? m.Groups["year"].Value : m.Groups["year2"].Value, CultureInfo.InvariantCulture);
        return PartialDate.TryCreateDay(year, month, day, out var date) ? date : null;
    }

    /// <summary>A stable, readable key for a title: its content words, lower case, joined by hyphens.</summary>
    public static string Key(string title) =>
        string.Join('-', NonWord().Split(title.ToLowerInvariant()).Where(w => w.Length > 0 && !StopWords.Contains(w))) is { Length: > 0 } key ? key : "untitled";

    /// <summary>The title's content words, each folded, so that transliterations of one name compare equal.</summary>
    private static HashSet<string> Words(string title) =>
        [.. NonWord().Split(title.ToLowerInvariant()).Where(w => w.Length > 0 && !StopWords.Contains(w)).Select(NameFolding.Fold)];

    private static double Similarity(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : a.Intersect(b).Count() / (double)a.Union(b).Count();

    /// <summary>
    /// The proposer of every agreement and initiative, read in the order of each text, so that "The proposal entails …"
    /// takes the proposer of the sentence before.
    /// </summary>
    private static Dictionary<long, string?> Proposers(IReadOnlyList<StoredDocument> documents)
    {
        var proposers = new Dictionary<long, string?>();
        foreach (var document in documents)
        {
            string? last = null;
            foreach (var stored in document.Events.Where(e => e.Event.Type is EventType.Agreement or EventType.Initiative).OrderBy(e => e.Event.EvidenceStart))
            {
                last = Proposer(document, stored) ?? (RefersBack().IsMatch(stored.Event.Evidence) ? last : null);
                proposers[stored.Id] = last;
            }
        }

        return proposers;
    }

    /// <summary>Who put it forward: an office named in the sentence resolved to its holder, else the first actor, else "proposed by X".</summary>
    private static string? Proposer(StoredDocument document, StoredEvent stored)
    {
        var e = stored.Event;
        if (OfficeHolders.NamedWithoutPerson(e.Evidence) is { } office && OfficeHolders.In(document.Document.Text).TryGetValue(office, out var holder))
        {
            return holder;
        }

        if (e.Actors.FirstOrDefault() is { } actor)
        {
            return actor;
        }

        var by = ProposedBy().Match(e.Evidence);
        return by.Success ? by.Groups["who"].Value : null;
    }

    private static CommitmentStatus StatusOf(ExtractedEvent e) => StatusOf(e.Type, e.Evidence);

    private static CommitmentStatus StatusOf(EventType type, string sentence)
    {
        if (Abandoned().IsMatch(sentence))
        {
            return CommitmentStatus.Abandoned;
        }

        if (Stalled().IsMatch(sentence))
        {
            return CommitmentStatus.Stalled;
        }

        if (Implemented().IsMatch(sentence))
        {
            return CommitmentStatus.Implemented;
        }

        if (InProgress().IsMatch(sentence))
        {
            return CommitmentStatus.InProgress;
        }

        return type == EventType.Agreement || Agreed().IsMatch(sentence) ? CommitmentStatus.Agreed : CommitmentStatus.Proposed;
    }

    /// <summary>The furthest status the reports reach, in order; a later stall or abandonment stands, a later mere mention does not undo progress.</summary>
    private static CommitmentStatus Furthest(List<CommitmentMention> timeline)
    {
        var status = CommitmentStatus.Proposed;
        foreach (var mention in timeline)
        {
            if (mention.Status is CommitmentStatus.Stalled or CommitmentStatus.Abandoned || mention.Status > status || status is CommitmentStatus.Stalled)
            {
                status = mention.Status;
            }
        }

        return status;
    }

    [GeneratedRegex(@"\b(?:abandoned|cancell?ed|scrapped|withdrawn|shelved)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Abandoned();

    [GeneratedRegex(@"\b(?:stalled|postponed|suspended|delayed|on\s+hold|frozen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Stalled();

    [GeneratedRegex(@"\b(?:implemented|launched|inaugurated|completed|enacted|came\s+into\s+force|entered\s+into\s+force|began\s+(?:operating|work)|(?:was|were|has\s+been|have\s+been)\s+(?:established|opened|set\s+up|created)|ratified)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Implemented();

    [GeneratedRegex(@"\b(?:under\s+construction|being\s+implemented|under\s*way|in\s+progress|(?:is|are)\s+being\s+(?:built|established|set\s+up|created)|started\s+(?:work|construction))\b", RegexOptions.IgnoreCase)]
    private static partial Regex InProgress();

    [GeneratedRegex(@"\b(?:signed|agreed|approved|adopted|endorsed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Agreed();

    [GeneratedRegex(@"\bproposed\s+by\s+(?<who>[A-Z][\p{L}\-]+(?:\s+[A-Z][\p{L}\-]+)*)")]
    private static partial Regex ProposedBy();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z“""])|\n\s*\n")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\b(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<day>\d{1,2}),\s+(?<year>\d{4})|(?<day2>\d{1,2})\s+(?<month2>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<year2>\d{4}))\b")]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"^(?:The|This|That|These|Those)\s+(?:proposal|proposals|initiative|initiatives|plan|plans|project|projects|idea)\b")]
    private static partial Regex RefersBack();
}
