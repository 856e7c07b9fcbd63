using System.Collections.Frozen;
using Caravan.Core.Entities;
using Caravan.Core.Events;
using Caravan.Core.Places;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Model;

namespace Caravan.Extraction.Stages;

/// <summary>
/// Where an event happened: the place its sentence names after a locative or beside the trigger, not an origin
/// ("fired from Afghanistan"), an owner ("the President of Uzbekistan") or what a proposal is about; and the
/// country of the one who acted or spoke.
/// </summary>
internal static class EventPlaces
{
    private const int MinimumPlaceScore = 3;

    private const int DemonymReach = 20;

    private const int AnnouncementReach = 6;

    private static readonly FrozenSet<string> AnnouncementWords = CueWords.Set("place.announcement-word");

    /// <summary>"the President of Uzbekistan", "the embassy of Kazakhstan": whose, not where.</summary>
    private static readonly FrozenSet<string> Owners = CueWords.Set("place.owner-noun");

    /// <summary>"Kyrgyzstan's ambassador to Russia said": where the speaker is posted, not where anything happened.</summary>
    private static readonly FrozenSet<string> Envoys = CueWords.Set("place.envoy-noun");

    private static readonly FrozenSet<string> Locative = CueWords.Set("place.locative", ignoreCase: true);

    private static readonly FrozenSet<string> OriginWords = CueWords.Set("place.origin-word");

    private static readonly FrozenSet<string> Directions = CueWords.Set("place.direction");

    private static readonly FrozenSet<string> SettlementNouns = CueWords.Set("place.settlement-noun", ignoreCase: true);

    /// <summary>"detained on suspicion of planning attacks in Almaty": the words that open a charge.</summary>
    private static readonly FrozenSet<string> ChargeWords = CueWords.Set("place.charge-word");

    /// <summary>
    /// Warnings and denials belong to the speaker's country, or to no place when the speaker is from outside the region:
    /// "the U.S. Central Command has denied these reports" speaks of the region, and is no event of the United States.
    /// Plans presented at an event belong to its place.
    /// </summary>
    public static PlaceReference ForStatement(PlaceReference own, string? actorCountry, PlaceReference? anchorPlace, EventType type)
    {
        if (type is EventType.Warning or EventType.Denial)
        {
            if (actorCountry is { } speakers && !RegionOfInterest.Covers(speakers))
            {
                return PlaceReference.Unknown;
            }

            var country = actorCountry ?? own.Country;
            return own.Country == country ? own : new PlaceReference(country, null, null, null, null, country is null ? GeoPrecision.None : GeoPrecision.Country);
        }

        if (own.Precision == GeoPrecision.None)
        {
            return anchorPlace ?? own with { Country = actorCountry };
        }

        return own;
    }

    /// <summary>Where the report was filed, as its dateline names it ("DUSHANBE, Oct 9 (Reuters) -"), if it has one.</summary>
    public static PlaceReference? OfDateline(DocumentDraft draft) =>
        draft.DatelineSpan is var (start, end)
        && draft.Mentions.SkipWhile(m => m.Start < start).TakeWhile(m => m.Start < end).FirstOrDefault(m => m.Place is not null && !m.IsDemonym)?.Place is { } place
            ? Reference(place)
            : null;

    public static PlaceReference OfPreviousSentence(DocumentDraft draft, Sentence sentence)
    {
        if (sentence.Index == 0 || draft.Sentences[sentence.Index - 1].Paragraph != sentence.Paragraph)
        {
            return PlaceReference.Unknown;
        }

        var previous = draft.Sentences[sentence.Index - 1];
        var mentions = draft.MentionsIn(previous.Index).ToList();
        var place = Choose(draft, mentions, previous, previous.End);
        return place.Precision >= GeoPrecision.Admin1 ? place : PlaceReference.Unknown;
    }

    public static PlaceReference Choose(DocumentDraft draft, List<Mention> mentions, Sentence sentence, int triggerOffset)
    {
        Mention? best = null;
        var bestScore = int.MinValue;
        foreach (var mention in mentions)
        {
            if (mention.Place is null || mention.IsDemonym || mention.Type == EntityType.Loc)
            {
                continue;
            }

            var tokenIndex = IndexOfToken(sentence, mention.Start);
            while (tokenIndex > 1 && Directions.Contains(sentence.Tokens[tokenIndex - 1].Lower))
            {
                tokenIndex--; // "in the southern Jalal-Abad region", "in western Kazakhstan"
            }

            if (tokenIndex > 0 && sentence.Tokens[tokenIndex - 1].Lower == "the")
            {
                tokenIndex--; // "in the Batken Region"
            }
            else if (tokenIndex > 1 && sentence.Tokens[tokenIndex - 1].Text is "’s" or "'s")
            {
                tokenIndex -= 2; // "in Kyrgyzstan's Batken region"
            }

            // Only the dateline itself says where a report was filed: "Russia's 201st military base in Tajikistan has begun
            // exercises", told above a dateline, names where they happened.
            var filedFrom = draft.IsInDateline(mention.Start);
            if (filedFrom && mentions.Any(m => m.Place is { Kind: PlaceKind.Country } other && !m.IsDemonym && other.Country != mention.Place.Country))
            {
                continue; // "MOSCOW (AP) - ... on the border between Kyrgyzstan and Tajikistan": filed from elsewhere than it happened
            }

            var previous = tokenIndex > 0 ? sentence.Tokens[tokenIndex - 1].Text : string.Empty;
            var beforePrevious = tokenIndex > 1 ? sentence.Tokens[tokenIndex - 2].Text : string.Empty;
            var next = NextToken(sentence, mention.End);
            if ((previous is "from" or "From" && IsOrigin(sentence, tokenIndex - 1)) || next is "’s" or "'s" || next is "government" or "authorities" or "officials" or "side"
                || (previous == "of" && Owners.Contains(beforePrevious.ToLowerInvariant()))
                || (previous == "to" && Envoys.Contains(beforePrevious.ToLowerInvariant()))
                || (previous == "with" && beforePrevious is "border" or "frontier"))
            {
                continue; // an origin, an owner or a neighbour ("the border with Afghanistan"), not where it happened
            }

            var score = mention.Place.Kind is PlaceKind.City or PlaceKind.Admin1 ? 3 : 1;
            score += Locative.Contains(previous) || (previous == "of" && SettlementNouns.Contains(beforePrevious)) ? 4 : 0;
            score += Math.Abs(mention.Start - triggerOffset) <= 25 ? 2 : 0;
            score += filedFrom ? 2 : 0; // where the report was filed, if nothing better
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

        return Reference(place);
    }

    private const int VisitedPlaceReach = 6;

    /// <summary>
    /// "a visit to Kazakhstan", "his trip to Dushanbe", "arrived in Osh", "had visited Tajikistan's capital, Dushanbe": where a
    /// visitor went, named right after the trigger.
    /// </summary>
    public static PlaceReference? Destination(List<Mention> mentions, Sentence sentence, int triggerIndex)
    {
        for (var k = triggerIndex + 1; k < sentence.Tokens.Count && k <= triggerIndex + 2; k++)
        {
            if (sentence.Tokens[k].Lower is not ("to" or "in"))
            {
                continue;
            }

            var next = k + 1 < sentence.Tokens.Count ? sentence.Tokens[k + 1].Start : -1;
            return mentions.FirstOrDefault(m => m.Start == next && m.Place is not null && !m.IsDemonym)?.Place is { } place ? Reference(place) : null;
        }

        return VisitedPlace(mentions, sentence, triggerIndex);
    }

    // "had visited Tajikistan's capital, Dushanbe": the place the verb takes, the most precise of those named right after it.
    private static PlaceReference? VisitedPlace(List<Mention> mentions, Sentence sentence, int triggerIndex)
    {
        if (!sentence.Tokens[triggerIndex].Lower.StartsWith("visit", StringComparison.Ordinal) || triggerIndex + 1 >= sentence.Tokens.Count)
        {
            return null;
        }

        var after = sentence.Tokens[triggerIndex + 1].Start;
        var reach = sentence.Tokens[Math.Min(sentence.Tokens.Count - 1, triggerIndex + VisitedPlaceReach)].End;
        var named = mentions.Where(m => m.Start >= after && m.End <= reach && m.Place is not null && !m.IsDemonym).ToList();
        if (named.Count == 0 || named[0].Start != after)
        {
            return null;
        }

        return named.Select(m => Reference(m.Place!)).MaxBy(p => p.Precision);
    }

    private static PlaceReference Reference(PlaceInfo place) => place.Kind switch
    {
        PlaceKind.Country => new PlaceReference(place.Country, null, null, null, null, GeoPrecision.Country),
        PlaceKind.Admin1 => new PlaceReference(place.Country, place.Admin1, place.Name, place.Latitude, place.Longitude, GeoPrecision.Admin1),
        _ => new PlaceReference(place.Country, place.Admin1, place.Name, place.Latitude, place.Longitude, GeoPrecision.Exact),
    };

    /// <summary>
    /// "the plan, announced at the SCO Summit in Samarkand": where a proposal was made. A place said after the
    /// proposal otherwise belongs to what it proposes ("a railway from Termez", "a fund in Termez").
    /// </summary>
    public static bool IsWhereAnnounced(Sentence sentence, Mention mention)
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

    /// <summary>
    /// "sentenced to ten years for attempting to join IS in Syria", "detained on suspicion of planning attacks in
    /// Almaty": a place in the charge, after the trigger, is where the crime was meant to be, not where the arrest or
    /// the trial took place.
    /// </summary>
    public static bool IsInTheCharge(Sentence sentence, Mention mention, int triggerIndex)
    {
        var index = IndexOfToken(sentence, mention.Start);
        for (var k = triggerIndex + 1; k < index; k++)
        {
            if (ChargeWords.Contains(sentence.Tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"fired from Afghanistan", "representatives from Osh": where people or shells came from, not where it happened.</summary>
    private static bool IsOrigin(Sentence sentence, int fromIndex)
    {
        for (var k = Math.Max(0, fromIndex - 4); k < fromIndex; k++)
        {
            if (OriginWords.Contains(sentence.Tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    public static string? ActorCountry(List<Mention> mentions, int triggerOffset)
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

    /// <summary>
    /// Whether the sentence names two countries or more, by name, by their people's adjective or by a body of theirs
    /// ("Representatives of Border Services of Kyrgyzstan and Tajikistan are holding talks": CV strict +0.002 to +0.004).
    /// </summary>
    public static bool NamesTwoCountries(IReadOnlyList<Mention> mentions) =>
        mentions.Where(m => m.Country is not null && (m.IsDemonym || m.Place?.Kind == PlaceKind.Country || m.Type == EntityType.Org)).Select(m => m.Country).Distinct().Skip(1).Any();
}
