using System.Text.RegularExpressions;
using Caravan.Core.Dates;
using Caravan.Core.Entities;
using Caravan.Core.Events;
using Caravan.Core.Places;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Model;
using Caravan.Extraction.Pipeline;

namespace Caravan.Extraction.Stages;

/// <summary>
/// Finds events sentence by sentence: a trigger from the lexicon (with the words it needs beside it), not
/// negated or hypothetical ("ready to attack", "would be arrested"), one event per family and sentence; then
/// its date (the nearest in the sentence, else the narrative's, else for statements the report's own),
/// place, actors, targets and counts. Statements without a date or place of their own take those of the
/// event the report covers (the conference where a plan was presented).
/// </summary>
public sealed partial class EventExtractor(KnowledgeBase knowledge) : IExtractionStage
{
    private const int HypotheticalWindow = 4;
    private const int MinimumPlaceScore = 3;
    private const int NarrativeReach = 2;
    private const int DemonymReach = 20;
    private const int AnnouncementReach = 6;

    private static readonly HashSet<string> Hypothetical = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "could", "may", "might", "should", "ready", "intend", "intends", "plan", "plans", "planning", "commit", "carry",
        "threat", "risk", "not", "never", "no", "suspected", "attempted", "prevent", "preventing", "prevented", "thwart", "thwarted", "foil", "foiled",
        "avert", "averted", "preparing", "plotting", "plotted", "repel", "combat", "combating", "countering", "against", "proposes", "proposed",
        "possible", "whether", "potential", "suspicion", "accused", "charged", "agreed", "decided", "pledged", "promised", "scheduled", "expected",
        "hold", "conduct", "stage", "organise", "organize",
    };

    private static readonly HashSet<string> AnnouncementWords = new(StringComparer.Ordinal)
    {
        "announced", "presented", "unveiled", "put", "voiced", "summit", "conference", "forum", "meeting", "session", "assembly", "congress",
    };

    /// <summary>"the President of Uzbekistan", "the embassy of Kazakhstan": whose, not where.</summary>
    private static readonly HashSet<string> Owners = new(StringComparer.Ordinal)
    {
        "president", "government", "people", "citizens", "minister", "ministry", "embassy", "ambassador", "leader", "leadership", "parliament", "army",
    };

    private static readonly string[] RemoteTalk = ["phone", "phoned", "phoning", "telephone", "videoconference", "video link", "video call"];

    private static readonly HashSet<string> Planned = new(StringComparer.Ordinal) { "planned", "scheduled", "slated", "due" };

    private static readonly HashSet<string> Locative = new(StringComparer.OrdinalIgnoreCase) { "in", "at", "near", "to", "inside", "outside", "into" };
    private static readonly HashSet<string> OriginWords = new(StringComparer.Ordinal)
    {
        "fired", "launched", "crossed", "came", "come", "returned", "fled", "arrived", "infiltrated", "entered", "moved", "travelled",
        "traveled", "sent", "deported", "extradited", "border", "representatives", "officials", "delegation", "delegations", "delegates",
        "counterparts", "militants", "fighters", "citizens", "nationals", "people", "residents", "guests", "members", "troops",
        "terrorists", "migrants", "refugees", "workers", "students", "journalists", "experts",
    };

    private static readonly HashSet<string> SettlementNouns = new(StringComparer.OrdinalIgnoreCase) { "city", "town", "village", "region", "province", "district", "capital", "outskirts" };
    private static readonly HashSet<string> Militants = new(StringComparer.OrdinalIgnoreCase) { "gunmen", "militants", "rebels", "insurgents", "fighters", "terrorists" };
    private static readonly HashSet<string> MilitaryTargets = new(StringComparer.OrdinalIgnoreCase) { "military", "soldiers", "troops", "outpost", "servicemen", "army", "checkpoint", "guards" };

    private static readonly EventType[] ViolencePriority =
        [EventType.SuicideBombing, EventType.ArmedClash, EventType.RemoteViolence, EventType.Abduction, EventType.Attack];

    public DocumentDraft Apply(DocumentDraft draft)
    {
        var candidates = new List<EventCandidate>();
        var anchor = (Date: (PartialDate?)null, Place: (PlaceReference?)null);
        foreach (var sentence in draft.Sentences)
        {
            if (sentence.IsHeading)
            {
                continue;
            }

            foreach (var candidate in ExtractFromSentence(draft, sentence, anchor))
            {
                candidates.Add(candidate);
                if (anchor.Date is null && IsReportedEvent(draft, candidate))
                {
                    anchor = (candidate.Event.Date, candidate.Event.Place);
                }
            }
        }

        return draft with { Events = [.. candidates.Select(c => c.Event)], Candidates = candidates };
    }

    // The happening a report covers: a dated meeting at the place of the dateline.
    private static bool IsReportedEvent(DocumentDraft draft, EventCandidate candidate) =>
        candidate.Event.Type == EventType.Meeting && candidate.DateFromOwnSentence && candidate.Event.Date is not null
        && draft.Metadata.Dateline is { } dateline && string.Equals(candidate.Event.Place.Location, dateline, StringComparison.OrdinalIgnoreCase);

    private IEnumerable<EventCandidate> ExtractFromSentence(DocumentDraft draft, Sentence sentence, (PartialDate? Date, PlaceReference? Place) anchor)
    {
        var lower = sentence.Tokens.Select(t => t.Lower).ToArray();
        var sentenceLower = sentence.Text.ToLowerInvariant();
        var words = new HashSet<string>(lower, StringComparer.Ordinal);
        var found = new Dictionary<EventType, int>();
        foreach (var trigger in knowledge.Triggers)
        {
            // Most triggers start with a whole word: a set look-up rules them out before any scan.
            var first = trigger.Words[0];
            var at = !first.EndsWith('*') && !words.Contains(first) ? -1 : FindTrigger(trigger, lower, sentenceLower);
            // Triggers are tried in the lexicon's order; one that only refers back ("on the sidelines of the meeting")
            // gives way to another of the same type ("held talks").
            var better = !found.TryGetValue(trigger.Type, out var earlier) || (IsAnaphoric(lower, earlier) && !IsAnaphoric(lower, at));
            if (at >= 0 && trigger.Type == EventType.Initiative && IsOnTheInitiativeOf(lower, at))
            {
                continue;
            }

            if (at >= 0 && better && (IsStatement(trigger.Type) || trigger.Type == EventType.Legislation || !IsHypothetical(sentence, lower, at, trigger.Type)))
            {
                found[trigger.Type] = at;
            }
        }

        foreach (var (type, at) in ChooseTypes(found, lower))
        {
            foreach (var candidate in Build(draft, sentence, type, at, lower, anchor))
            {
                yield return candidate;
            }
        }
    }

    private static int FindTrigger(EventTrigger trigger, string[] lower, string sentenceLower)
    {
        if (trigger.Required.Count > 0 && !trigger.Required.Any(r => ContainsWord(lower, sentenceLower, r)))
        {
            return -1;
        }

        var best = -1;
        var bestDistance = int.MaxValue;
        for (var i = 0; i + trigger.Words.Count <= lower.Length; i++)
        {
            var all = true;
            for (var w = 0; w < trigger.Words.Count && all; w++)
            {
                all = EventTrigger.WordMatches(trigger.Words[w], lower[i + w]);
            }

            if (!all)
            {
                continue;
            }

            // With several occurrences, the one beside its required word is the event ("legislation signed into law").
            var distance = trigger.Required.Count == 0 ? 0 : DistanceToRequired(trigger, lower, i);
            if (distance < bestDistance)
            {
                best = i;
                bestDistance = distance;
            }

            if (trigger.Required.Count == 0)
            {
                break;
            }
        }

        return best;
    }

    private static int DistanceToRequired(EventTrigger trigger, string[] lower, int at)
    {
        var distance = int.MaxValue - 1;
        for (var k = 0; k < lower.Length; k++)
        {
            if (k != at && trigger.Required.Any(r => !r.Contains(' ', StringComparison.Ordinal) && EventTrigger.WordMatches(r, lower[k])))
            {
                distance = Math.Min(distance, Math.Abs(k - at));
            }
        }

        return distance;
    }

    private static bool ContainsWord(string[] lower, string sentenceLower, string pattern) =>
        pattern.Contains(' ', StringComparison.Ordinal)
            ? sentenceLower.Contains(pattern, StringComparison.Ordinal)
            : lower.Any(token => EventTrigger.WordMatches(pattern, token));

    private static bool IsAnaphoric(string[] lower, int at) => at > 0 && lower[at - 1] is "the" or "these" or "this" or "those" or "such";

    // "enacted on Uzbekistan's initiative", "at the initiative of Kazakhstan": who started something else, not a new proposal.
    private static bool IsOnTheInitiativeOf(string[] lower, int at) =>
        lower[at] == "initiative"
        && ((at >= 2 && lower[at - 1] == "the" && lower[at - 2] is "at" or "on" && at + 1 < lower.Length && lower[at + 1] == "of")
            || (at >= 3 && lower[at - 1] is "’s" or "'s" && lower[at - 3] is "at" or "on"));

    // "On 3 May 2024, police arrested": the month, not the modal.
    private static bool IsMonthMay(Sentence sentence, int k) =>
        sentence.Tokens[k].Text == "May" && (k > 0 || (sentence.Tokens.Count > 1 && char.IsDigit(sentence.Tokens[1].Text[0])));

    private static bool IsHypothetical(Sentence sentence, string[] lower, int at, EventType type)
    {
        for (var k = Math.Max(0, at - HypotheticalWindow); k < at; k++)
        {
            if (Hypothetical.Contains(lower[k]) && !(type == EventType.Agreement && lower[k] == "agreed") && !IsMonthMay(sentence, k))
            {
                return true;
            }
        }

        // "joint exercises planned for autumn", "an attack scheduled for": still to come.
        if (lower.Skip(at + 1).Take(2).Any(Planned.Contains))
        {
            return true;
        }

        // "ready to attack", "for attacking": an infinitive or a purpose, not a happening.
        return at > 0 && lower[at - 1] is "to" or "for";
    }

    private static bool IsStatement(EventType type) => type.Family() is EventFamily.Statement or EventFamily.Initiative;

    /// <summary>One type per family; an agreement is the point of the meeting it was signed at; a denial answers, it does not warn.</summary>
    private static IEnumerable<(EventType Type, int At)> ChooseTypes(Dictionary<EventType, int> found, string[] lower)
    {
        if (found.TryGetValue(EventType.Agreement, out var agreementAt) && found.TryGetValue(EventType.Meeting, out var meetingNounAt) && meetingNounAt > agreementAt)
        {
            found.Remove(EventType.Meeting); // "signed at the Consultative Meeting": the meeting is only the venue
        }

        if (found.TryGetValue(EventType.Denial, out var denialAt))
        {
            found.Remove(EventType.Warning);
            foreach (var denied in found.Where(pair => pair.Key.IsViolent() && pair.Value > denialAt).Select(pair => pair.Key).ToList())
            {
                found.Remove(denied); // "denied reports that border guards had been killed in clashes": what is denied did not happen
            }
        }

        if (found.TryGetValue(EventType.Warning, out var warningAt) && lower[warningAt] == "said" && found.Keys.Any(t => t.IsViolent()))
        {
            found.Remove(EventType.Warning); // "officials said 24 people were killed in the fighting": a report of the violence, not a warning
        }

        if (found.TryGetValue(EventType.Initiative, out var proposalAt) && found.TryGetValue(EventType.Meeting, out var meetingAt) && proposalAt < meetingAt)
        {
            found.Remove(EventType.Meeting);
        }

        var violent = ViolencePriority.FirstOrDefault(found.ContainsKey);
        foreach (var (type, at) in found.OrderBy(pair => pair.Value))
        {
            if (type.IsViolent())
            {
                if (type != violent)
                {
                    continue;
                }

                var refined = type == EventType.Attack && lower.Any(Militants.Contains) && lower.Any(MilitaryTargets.Contains) ? EventType.ArmedClash : type;
                yield return (refined, at);
            }
            else if (type == EventType.Arrest && found.ContainsKey(EventType.Sentencing))
            {
                continue;
            }
            else if (type == EventType.Visit && found.TryGetValue(EventType.Meeting, out var meeting) && meeting < at)
            {
                continue;
            }
            else if (type == EventType.Meeting && found.TryGetValue(EventType.Visit, out var visit) && visit < at)
            {
                continue;
            }
            else
            {
                yield return (type, at);
            }
        }
    }

    private IEnumerable<EventCandidate> Build(DocumentDraft draft, Sentence sentence, EventType type, int at, string[] lower, (PartialDate? Date, PlaceReference? Place) anchor)
    {
        var triggerOffset = sentence.Tokens[at].Start;
        var mentions = draft.Mentions.Where(m => m.SentenceIndex == sentence.Index).ToList();
        var statement = IsStatement(type);
        if (type == EventType.Warning && !mentions.Any(m => m.Type is EntityType.Person or EntityType.Org or EntityType.ArmedGroup))
        {
            yield break; // a warning needs someone who gives it
        }

        var (date, dateEnd, source, ownDate) = ChooseDate(draft, sentence, type, triggerOffset, anchor.Date);
        var placeMentions = type == EventType.Initiative ? [.. mentions.Where(m => m.Start < triggerOffset || IsWhereAnnounced(sentence, m))] : mentions;
        var place = ChoosePlace(draft, placeMentions, sentence, triggerOffset);
        if (place.Precision == GeoPrecision.None && !statement)
        {
            place = PreviousPlace(draft, sentence);
        }

        var remote = type == EventType.Meeting && RemoteTalk.Any(word => sentence.Text.Contains(word, StringComparison.OrdinalIgnoreCase));
        if (remote)
        {
            place = PlaceReference.Unknown; // a phone call or video link happens in no one place
        }

        if (type == EventType.Visit && place.Precision == GeoPrecision.None)
        {
            yield break; // "before his visit": a visit with nowhere to go is a reference, not an event
        }

        var placeNamed = place.Precision != GeoPrecision.None;
        if (statement)
        {
            place = StatementPlace(place, ActorCountry(mentions, triggerOffset), anchor.Place, type);
        }
        else if (place.Country is null && !type.IsViolent() && !remote)
        {
            place = place with { Country = ActorCountry(mentions, triggerOffset) };
        }

        var (killed, injured, arrested) = CasualtyCounter.Count(sentence.Tokens);
        if (type.IsViolent() && date is null && place.Precision == GeoPrecision.None && killed is null && injured is null)
        {
            yield break; // "the attack's timing": an anaphor or a generality, with nothing to place on a map or timeline
        }

        // "DUSHANBE, Nov 6 (Reuters) - A court ... sentenced": the outlet that files the report takes no part in it.
        var (actors, targets) = Participants([.. mentions.Where(m => draft.Metadata.Outlet is not { } outlet || (m.EntityName != outlet && m.Text != outlet))], triggerOffset, type);
        var baseEvent = new ExtractedEvent
        {
            Type = type,
            Date = date,
            DateEnd = dateEnd,
            Place = place,
            Actors = actors,
            Targets = targets,
            Fatalities = type.IsViolent() ? killed : null,
            Injured = type.IsViolent() ? injured : null,
            Arrested = type == EventType.Arrest ? arrested : null,
            Evidence = sentence.Text,
            EvidenceStart = sentence.Start,
            Confidence = source == DateSource.OwnSentence ? 0.7 : 0.5,
        };

        var anaphoric = IsAnaphoric(lower, at);
        yield return new EventCandidate(baseEvent, sentence.Index, source) { IsAnaphoric = anaphoric && ownDate is null && !placeNamed, IsReference = anaphoric && ownDate is null, IsDefinite = anaphoric };
        foreach (var also in ownDate?.Also ?? [])
        {
            yield return new EventCandidate(baseEvent with { Date = also }, sentence.Index, DateSource.OwnSentence);
        }
    }

    private static (PartialDate? Date, PartialDate? End, DateSource Source, TemporalExpression? Own) ChooseDate(
        DocumentDraft draft, Sentence sentence, EventType type, int triggerOffset, PartialDate? anchorDate)
    {
        var published = draft.Metadata.Published;
        var own = draft.Dates
            .Where(d => d.SentenceIndex == sentence.Index && !IsInDateline(draft, sentence, d))
            .Where(d => type != EventType.Initiative || !IsAfter(d.Date, published))
            .OrderBy(d => Math.Abs(d.Start - triggerOffset) + (ClauseBreaks(sentence, d.Start < triggerOffset ? d.End : d.Start, triggerOffset) * 60) + (d.Date.Precision == DatePrecision.Year ? YearOnlyPenalty : 0))
            .FirstOrDefault();
        if (own is not null)
        {
            var date = own.Date;
            if (own.PrepositionalOffset is { } offset && triggerOffset > own.End && date.Day is not null)
            {
                // "It came the day after Nazarbaev, on a visit to Bishkek, declared...": the visit was the day before.
                date = date.AddDays(-2 * offset);
            }

            return (date, own.DateEnd, DateSource.OwnSentence, own);
        }

        if (NarrativeDate(draft, sentence) is { } narrative)
        {
            return (narrative, null, DateSource.Narrative, null);
        }

        if (!IsStatement(type))
        {
            return (null, null, DateSource.None, null);
        }

        if (anchorDate is not null)
        {
            return (anchorDate, null, DateSource.ReportedEvent, null);
        }

        // "Recently told": the report's year; where only the report's month is known, that month.
        return published switch
        {
            { Year: { } year, Day: not null } => (PartialDate.OfYear(year), null, DateSource.Publication, null),
            { Year: not null } p => (p, null, DateSource.Publication, null),
            _ => (null, null, DateSource.None, null),
        };
    }

    // "On July 24, the minister dismissed … the insurgents would be no match for the army this year": a day named
    // for the clause outweighs a bare year said nearer the verb.
    private const int YearOnlyPenalty = 50;

    // A date across a comma or semicolon from the trigger more often belongs to another clause ("said in April, in reference to legislation signed into law in July").
    private static int ClauseBreaks(Sentence sentence, int a, int b)
    {
        var (from, to) = a < b ? (a, b) : (b, a);
        var breaks = 0;
        for (var i = Math.Max(from, sentence.Start) - sentence.Start; i < Math.Min(to, sentence.End) - sentence.Start; i++)
        {
            breaks += sentence.Text[i] is ',' or ';' ? 1 : 0;
        }

        return breaks;
    }

    private static bool IsAfter(PartialDate date, PartialDate? published) =>
        published is { Year: { } py } && date.Year is { } y && (y > py || (y == py && date.Month is { } m && published.Value.Month is { } pm && m > pm));

    private static bool IsInDateline(DocumentDraft draft, Sentence sentence, TemporalExpression date) =>
        sentence.Index == FirstBodySentence(draft) && draft.Metadata.Dateline is not null && date.Start - sentence.Start < 60
        && DatelineEnd().Match(sentence.Text) is { Success: true } end && date.Start - sentence.Start < end.Index;

    /// <summary>"a curfew until January 5": a date the narrative looks ahead to, not one it has reached.</summary>
    private static bool IsDeadline(DocumentDraft draft, TemporalExpression date)
    {
        var before = draft.Text[Math.Max(0, date.Start - 8)..date.Start];
        return before.EndsWith("until ", StringComparison.Ordinal) || before.EndsWith("till ", StringComparison.Ordinal) || before.EndsWith("through ", StringComparison.Ordinal);
    }

    private static int FirstBodySentence(DocumentDraft draft) => draft.Sentences.FirstOrDefault(s => !s.IsHeading)?.Index ?? 0;

    private static PartialDate? NarrativeDate(DocumentDraft draft, Sentence sentence)
    {
        var nearest = draft.Dates
            .Where(d => d.SentenceIndex < sentence.Index && d.SentenceIndex >= sentence.Index - NarrativeReach)
            .Where(d => draft.Sentences[d.SentenceIndex].Paragraph == sentence.Paragraph && !IsDeadline(draft, d))
            .GroupBy(d => d.SentenceIndex)
            .LastOrDefault();

        // The narrative stands at the day its last dated sentence named, not at a bare "this year" said in passing.
        var earlier = nearest?.LastOrDefault(d => d.Date.Precision != DatePrecision.Year) ?? nearest?.LastOrDefault();
        if (earlier is { Also.Count: > 0 } || earlier?.Text.StartsWith("since", StringComparison.OrdinalIgnoreCase) == true)
        {
            return null; // "in 1999 and 2000", "since 2011": no single date the narrative is at
        }

        return earlier?.Date;
    }

    /// <summary>Warnings and denials belong to the speaker's country; plans presented at an event to its place.</summary>
    private static PlaceReference StatementPlace(PlaceReference own, string? actorCountry, PlaceReference? anchorPlace, EventType type)
    {
        if (type is EventType.Warning or EventType.Denial)
        {
            var country = actorCountry ?? own.Country;
            return own.Country == country ? own : new PlaceReference(country, null, null, null, null, country is null ? GeoPrecision.None : GeoPrecision.Country);
        }

        if (own.Precision == GeoPrecision.None)
        {
            return anchorPlace ?? own with { Country = actorCountry };
        }

        return own;
    }

    private PlaceReference PreviousPlace(DocumentDraft draft, Sentence sentence)
    {
        if (sentence.Index == 0 || draft.Sentences[sentence.Index - 1].Paragraph != sentence.Paragraph)
        {
            return PlaceReference.Unknown;
        }

        var previous = draft.Sentences[sentence.Index - 1];
        var mentions = draft.Mentions.Where(m => m.SentenceIndex == previous.Index).ToList();
        var place = ChoosePlace(draft, mentions, previous, previous.End);
        return place.Precision >= GeoPrecision.Admin1 ? place : PlaceReference.Unknown;
    }

    private static PlaceReference ChoosePlace(DocumentDraft draft, List<Mention> mentions, Sentence sentence, int triggerOffset)
    {
        Mention? best = null;
        var bestScore = int.MinValue;
        var inDateline = sentence.Index == FirstBodySentence(draft) && draft.Metadata.Dateline is not null;
        foreach (var mention in mentions)
        {
            if (mention.Place is null || mention.IsDemonym || mention.Type == EntityType.Loc)
            {
                continue;
            }

            var tokenIndex = IndexOfToken(sentence, mention.Start);
            if (tokenIndex > 0 && sentence.Tokens[tokenIndex - 1].Lower == "the")
            {
                tokenIndex--; // "in the Batken Region"
            }
            else if (tokenIndex > 1 && sentence.Tokens[tokenIndex - 1].Text is "’s" or "'s")
            {
                tokenIndex -= 2; // "in Kyrgyzstan's Batken region"
            }

            var previous = tokenIndex > 0 ? sentence.Tokens[tokenIndex - 1].Text : string.Empty;
            var beforePrevious = tokenIndex > 1 ? sentence.Tokens[tokenIndex - 2].Text : string.Empty;
            var next = NextToken(sentence, mention.End);
            if ((previous is "from" or "From" && IsOrigin(sentence, tokenIndex - 1)) || next is "’s" or "'s" || next is "government" or "authorities" or "officials" or "side"
                || (previous == "of" && Owners.Contains(beforePrevious.ToLowerInvariant())))
            {
                continue; // an origin or an owner, not where it happened
            }

            var score = mention.Place.Kind is PlaceKind.City or PlaceKind.Admin1 ? 3 : 1;
            score += Locative.Contains(previous) || (previous == "of" && SettlementNouns.Contains(beforePrevious)) ? 4 : 0;
            score += Math.Abs(mention.Start - triggerOffset) <= 25 ? 2 : 0;
            score += inDateline && mention.Start - sentence.Start < 40 ? 2 : 0; // where the report was filed, if nothing better
            score += mention.Type == EntityType.Org ? 4 : 0; // "the Osh city court" sits where it judges
            if (score > bestScore)
            {
                best = mention;
                bestScore = score;
            }
        }

        if (best?.Place is not { } place || bestScore < MinimumPlaceScore)
        {
            return PlaceReference.Unknown;
        }

        return place.Kind switch
        {
            PlaceKind.Country => new PlaceReference(place.Country, null, null, null, null, GeoPrecision.Country),
            PlaceKind.Admin1 => new PlaceReference(place.Country, place.Admin1, place.Name, place.Latitude, place.Longitude, GeoPrecision.Admin1),
            _ => new PlaceReference(place.Country, place.Admin1, place.Name, place.Latitude, place.Longitude, GeoPrecision.Exact),
        };
    }

    /// <summary>
    /// "the plan, announced at the SCO Summit in Samarkand": where a proposal was made. A place said after the
    /// proposal otherwise belongs to what it proposes ("a railway from Termez", "a fund in Termez").
    /// </summary>
    private static bool IsWhereAnnounced(Sentence sentence, Mention mention)
    {
        var index = IndexOfToken(sentence, mention.Start);
        for (var k = Math.Max(0, index - AnnouncementReach); k < index; k++)
        {
            if (AnnouncementWords.Contains(sentence.Tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"fired from Afghanistan", "representatives from Osh": where people or shells came from, not where it happened.</summary>
    private static bool IsOrigin(Sentence sentence, int fromIndex)
    {
        for (var k = Math.Max(0, fromIndex - 3); k < fromIndex; k++)
        {
            if (OriginWords.Contains(sentence.Tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static string? ActorCountry(List<Mention> mentions, int triggerOffset)
    {
        var actor = mentions.LastOrDefault(m => m.Start < triggerOffset && m.Type is EntityType.Person or EntityType.Org or EntityType.ArmedGroup);
        if (actor?.Country is { } own)
        {
            return own;
        }

        if (actor is null)
        {
            // "Tajik forces detained", "Kyrgyz police arrested": the demonym of the ones who acted.
            return mentions.LastOrDefault(m => m.IsDemonym && m.End <= triggerOffset && triggerOffset - m.End <= DemonymReach)?.Country;
        }

        // "Kyrgyz Internal Affairs Minister Aitbaev", "of the Kyrgyz Security Service, Artur Medetbekov".
        return mentions.LastOrDefault(m => m.End <= actor.Start && actor.Start - m.End <= 60 && m.Country is not null && m.Type != EntityType.Person)?.Country;
    }

    private static (IReadOnlyList<string> Actors, IReadOnlyList<string> Targets) Participants(List<Mention> mentions, int triggerOffset, EventType type)
    {
        var named = mentions.Where(m => m.EntityName is not null).ToList();
        var parties = named.Where(m => m.Type is EntityType.Person or EntityType.Org or EntityType.ArmedGroup).ToList();
        if (type == EventType.Agreement)
        {
            var countries = named.Where(m => m.Place?.Kind == PlaceKind.Country).Select(m => m.EntityName!).Distinct().Order(StringComparer.Ordinal).ToList();
            if (countries.Count >= 2)
            {
                return (countries, []);
            }
        }

        var actor = parties.LastOrDefault(m => m.Start < triggerOffset)?.EntityName
            ?? named.LastOrDefault(m => m.Start < triggerOffset && m.Place?.Kind == PlaceKind.Country && !m.IsDemonym)?.EntityName;
        var target = parties.FirstOrDefault(m => m.Start > triggerOffset && m.EntityName != actor)?.EntityName;
        return (actor is null ? [] : [actor], target is null ? [] : [target]);
    }

    private static int IndexOfToken(Sentence sentence, int offset)
    {
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (sentence.Tokens[i].Start == offset)
            {
                return i;
            }
        }

        return -1;
    }

    private static string? NextToken(Sentence sentence, int offset) =>
        sentence.Tokens.FirstOrDefault(t => t.Start >= offset).Text;

    /// <summary>Where a dateline hands over to the story: "Dushanbe, 21 October 2022 (TDI):", "BISHKEK, September 17, 2022 —".</summary>
    [GeneratedRegex(@":|\s[—–-]\s", RegexOptions.None, 250)]
    private static partial Regex DatelineEnd();
}
