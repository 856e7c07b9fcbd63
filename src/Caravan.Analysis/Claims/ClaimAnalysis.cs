using System.Text.RegularExpressions;
using Caravan.Core.Entities;
using Caravan.Core.Events;
using Caravan.Core.Text;
using Caravan.Storage;

namespace Caravan.Analysis.Claims;

/// <summary>
/// Turns warnings, denials and the events a report attributes to a source ("according to …", "… confirmed")
/// into claims (speaker, office, outlet, date, stance, hedges, topics) and links them: a denial or confirmation
/// to the claim it answers, a later violent event to the warning it bore out, and so to the denials it proved wrong. Works within and across documents; nothing here reads or writes a database.
/// </summary>
public static partial class ClaimAnalysis
{
    /// <summary>How long after a warning an event can still be what was warned of, or a denial answer it.</summary>
    private const int WarningHorizonDays = 90;
    private const int DenialHorizonDays = 60;

    private static readonly string[] HedgeWords =
    [
        "reportedly", "purportedly", "allegedly", "alleged", "presumed", "presumably", "apparently", "supposedly", "never confirmed",
        "unconfirmed", "not confirmed", "it was reported", "could not be verified", "unverified", "unnamed sources", "on condition of anonymity",
        "it is believed", "believed to", "suspected", "may have", "might have", "claimed",
    ];

    private static readonly string[] RoleNouns =
        ["President", "Minister", "Secretary", "spokesman", "spokeswoman", "Spokesman", "Chairman", "Head", "Director", "Ambassador", "Commander", "official", "Prosecutor"];

    public static ClaimPicture Analyse(IReadOnlyList<StoredDocument> documents)
    {
        var ordered = Mentions.Chronological(documents).ToList();
        var claims = new List<Claim>();
        foreach (var (document, stored) in ordered)
        {
            if (StanceOf(stored.Event.Type) is { } stance)
            {
                claims.Add(ClaimOf(document, stored, stance, stored.Event.Actors.FirstOrDefault()));
            }
            else if (Attributions.Find(stored.Event.Evidence, document.Entities) is { } source)
            {
                claims.Add(ClaimOf(document, stored, source.Stance, source.Speaker));
            }
        }

        var links = new List<ClaimLink>();
        var byEvent = claims.ToDictionary(c => c.EventId);
        foreach (var answer in claims.Where(c => c.Stance is Stance.Denies or Stance.Confirms))
        {
            if (Answered(answer, claims) is { } answered)
            {
                var relation = answer.Stance == Stance.Denies ? ClaimRelation.Denies : ClaimRelation.Confirms;
                links.Add(new ClaimLink(answer.EventId, answered.Claim.EventId, relation, answered.Why));
            }
        }

        // Who and where each violent event involves, folded once: warnings are compared with every one of them.
        var violence = ordered
            .Where(x => x.Event.Event.Type.Family() == EventFamily.Violence && !byEvent.ContainsKey(x.Event.Id))
            .Select(x => (x.Event, Involved: Involved(x.Event.Event)))
            .ToList();
        foreach (var warning in claims.Where(c => c.Stance == Stance.Warns))
        {
            var confirmation = violence
                .Where(x => Within(warning, x.Event.Event, WarningHorizonDays, allowSameDay: false))
                .Select(x => (x.Event, Shared: Shared(warning, x.Involved)))
                .FirstOrDefault(x => x.Shared.Count > 0);
            if (confirmation.Event is null)
            {
                continue;
            }

            var what = $"{confirmation.Event.Event.Type.ToWireName().Replace('_', ' ')} on {confirmation.Event.Event.Date}";
            links.Add(new ClaimLink(confirmation.Event.Id, warning.EventId, ClaimRelation.Confirms, $"{what}, after the warning, involving {string.Join(", ", confirmation.Shared)}"));
            foreach (var denial in links.Where(l => l.Relation == ClaimRelation.Denies && l.To == warning.EventId).Select(l => byEvent[l.From]).ToList())
            {
                if (Within(denial, confirmation.Event.Event, WarningHorizonDays, allowSameDay: true))
                {
                    links.Add(new ClaimLink(confirmation.Event.Id, denial.EventId, ClaimRelation.Refutes, $"{what} bore out the warning this denied"));
                }
            }
        }

        return new ClaimPicture(claims, links);
    }

    private static Stance? StanceOf(EventType type) => type switch
    {
        EventType.Warning => Stance.Warns,
        EventType.Denial => Stance.Denies,
        _ => null,
    };

    private static Claim ClaimOf(StoredDocument document, StoredEvent stored, Stance stance, string? speaker)
    {
        var e = stored.Event;
        var topics = Mentions.EntitiesIn(e.Evidence, document.Entities, EntityType.Person, EntityType.Org, EntityType.ArmedGroup, EntityType.Gpe, EntityType.Loc);
        topics.UnionWith(e.Targets);
        topics.RemoveWhere(t => speaker is not null && NameFolding.Fold(t) == NameFolding.Fold(speaker));

        var hedges = HedgeWords.Where(h => Regex.IsMatch(e.Evidence, $@"\b{Regex.Escape(h)}\b", RegexOptions.IgnoreCase)).ToList();
        var named = speaker is not null && document.Entities.Any(x => x.Aliases.Append(x.Name).Contains(speaker));
        var aliases = speaker is null ? [] : document.Entities.Where(x => x.Name == speaker).SelectMany(x => x.Aliases).Prepend(speaker);
        var role = speaker is null ? null : named ? aliases.Select(alias => RoleBefore(e.Evidence, alias)).FirstOrDefault(r => r is not null) : speaker;
        var speaksForItself = speaker is not null && (IsBody(speaker) || document.Entities.Any(x => x.Type is EntityType.Org or EntityType.ArmedGroup && x.Aliases.Append(x.Name).Contains(speaker)));
        return new Claim(stored.Id, document.Document.Id.Value, speaker, role, speaksForItself ? speaker : OrganisationOf(role), stored.Outlet, e.Date, stance,
            e.Evidence, hedges, [.. topics.Order(StringComparer.Ordinal)]);
    }

    /// <summary>A speaker that is itself a body ("the Interior Ministry", "the State Committee for National Security").</summary>
    private static bool IsBody(string speaker) => BodyNoun().IsMatch(speaker);

    /// <summary>The body an office belongs to: "Kyrgyz Internal Affairs Minister" → "Kyrgyz Ministry of Internal Affairs".</summary>
    private static string? OrganisationOf(string? role)
    {
        if (role is null)
        {
            return null;
        }

        var minister = MinisterOf().Match(role);
        if (minister.Success)
        {
            var body = minister.Groups["body"].Value;
            return $"{minister.Groups["whose"].Value}Ministry of {(body is "Foreign" or "Interior" ? body + " Affairs" : body)}";
        }

        var member = MemberOf().Match(role);
        return member.Success ? LowercaseLead().Replace(member.Groups["body"].Value, "") : null;
    }

    /// <summary>The office written just before the speaker's name ("Kyrgyz Internal Affairs Minister Tashtemir Aitbaev").</summary>
    private static string? RoleBefore(string evidence, string speaker)
    {
        var at = evidence.IndexOf(speaker, StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        var run = TitleRun().Match(evidence[..at]);
        var role = run.Success ? run.Groups["role"].Value.Trim() : "";
        return RoleNouns.Any(noun => Mentions.Names(role, noun)) ? role : null;
    }

    private static (Claim Claim, string Why)? Answered(Claim denial, List<Claim> claims)
    {
        var best = (Claim: (Claim?)null, Score: 0, Why: "");
        var denied = denial.Topics.Select(NameFolding.Fold).ToHashSet(StringComparer.Ordinal);
        var reference = BackReference().Match(denial.Content);
        var named = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var candidate in claims.Where(c => c.Stance is Stance.Warns or Stance.Asserts && Before(c, denial)))
        {
            var shared = candidate.Topics.Where(t => denied.Contains(NameFolding.Fold(t))).Distinct(StringComparer.Ordinal).ToList();
            var refersBack = candidate.DocumentId == denial.DocumentId && reference.Success
                && (candidate.Stance == Stance.Warns || !reference.Groups["forecast"].Success);
            var namesSpeaker = candidate.Speaker is { } speaker && (named.TryGetValue(speaker, out var names) ? names : named[speaker] = Mentions.Names(denial.Content, speaker));
            var score = shared.Count + (refersBack ? 2 : 0) + (namesSpeaker ? 2 : 0);
            if (score > 0 && score >= best.Score)
            {
                var reasons = new List<string>();
                if (refersBack)
                {
                    reasons.Add($"refers back to it (\"{reference.Value}\")");
                }

                if (namesSpeaker)
                {
                    reasons.Add($"names {candidate.Speaker}");
                }

                if (shared.Count > 0)
                {
                    reasons.Add("both concern " + string.Join(", ", shared));
                }

                best = (candidate, score, string.Join("; ", reasons));
            }
        }

        return best.Claim is null ? null : (best.Claim, best.Why);
    }

    private static bool Before(Claim earlier, Claim later)
    {
        if (earlier.EventId == later.EventId)
        {
            return false;
        }

        // Statements of one report whose dates do not tell them apart (one only a year, or none) follow its text.
        if (earlier.DocumentId == later.DocumentId && (earlier.Date is not { } x || later.Date is not { } y || x.Precision != y.Precision && x.AgreesWith(y)))
        {
            return earlier.EventId < later.EventId;
        }

        return Mentions.DateOf(earlier.Date) is { } a && Mentions.DateOf(later.Date) is { } b && a <= b && b.DayNumber - a.DayNumber <= DenialHorizonDays;
    }

    private static bool Within(Claim claim, ExtractedEvent e, int days, bool allowSameDay)
    {
        if (claim.Date is not { } said || e.Date is not { } happened || Mentions.DateOf(said) is not { } saidDay || Mentions.DateOf(happened) is not { } day)
        {
            return false;
        }

        // A claim dated only by its year is taken to come before an event of that year that the same report tells after it.
        if (said.Precision != happened.Precision && said.AgreesWith(happened))
        {
            return true;
        }

        var gap = day.DayNumber - saidDay.DayNumber;
        return (allowSameDay ? gap >= 0 : gap > 0) && gap <= days;
    }

    /// <summary>The actors, targets and places of an event, by folded name.</summary>
    private static HashSet<string> Involved(ExtractedEvent e) =>
        e.Actors.Concat(e.Targets).Concat(new[] { e.Place.Admin1, e.Place.Location }.OfType<string>()).Select(NameFolding.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>What a warning and an event have in common: actors, targets or places, by folded name.</summary>
    private static List<string> Shared(Claim warning, HashSet<string> involved) =>
        [.. warning.Topics.Where(t => involved.Contains(NameFolding.Fold(t))).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"\b(?:that|this|the|these|those|such)\s+(?:(?<forecast>prediction|predictions|warning|warnings|forecast|forecasts)|assertion|assertions|report|reports|claim|claims|allegation|allegations|statement|statements|broadcast|rumou?rs?|accusation|accusations)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BackReference();

    [GeneratedRegex(@"^(?<whose>(?:[A-Z]\p{L}+(?:’s|'s)?\s+)?)(?<body>(?:[A-Z]\p{L}+\s+)*?[A-Z]\p{L}+)\s+Minister$")]
    private static partial Regex MinisterOf();

    [GeneratedRegex(@"^(?<body>.+?)\s+(?:Secretary|Chairman|Head|Director|spokesman|spokeswoman|Spokesman|official|officials|Commander)$")]
    private static partial Regex MemberOf();

    [GeneratedRegex(@"(?:Ministry|Committee|Service|Office|Council|Directorate|Agency|Court|court|police|authorities)$")]
    private static partial Regex BodyNoun();

    /// <summary>"senior Defense Ministry" → "Defense Ministry": the rank is the speaker's, not the body's.</summary>
    [GeneratedRegex(@"^(?:[a-z]\p{L}*\s+)+")]
    private static partial Regex LowercaseLead();

    [GeneratedRegex(@"(?<role>(?:[A-Z][\p{L}’'\-]*\s+){1,6})$")]
    private static partial Regex TitleRun();
}
