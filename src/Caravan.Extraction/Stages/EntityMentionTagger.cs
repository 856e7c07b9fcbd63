using System.Text.RegularExpressions;
using System.Collections.Frozen;
using System.Globalization;
using Caravan.Core.Entities;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Model;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Text;

namespace Caravan.Extraction.Stages;

/// <summary>
/// Finds names: first the lexicons and the gazetteer (longest match), then capitalised sequences typed by
/// their head noun ("... Ministry", "... Pass"), a title before them ("President ..."), regional surname
/// endings, or their shape. Headlines get lexicon names only; their capitals say nothing.
/// </summary>
public sealed partial class EntityMentionTagger(KnowledgeBase knowledge) : IExtractionStage
{
    /// <summary>"Kyrgyz Security Chief Warns of ...": in a headline's capitals the verb after a title is no name.</summary>
    private static readonly FrozenSet<string> HeadlineVerbs = CueWords.Set("headline.verb");

    private static readonly FrozenSet<string> Connectors = CueWords.Set("name.connector");
    private static readonly FrozenSet<string> AdjectiveEndings = CueWords.Set("name.adjective-ending");
    private static readonly FrozenSet<string> MinistryKinds = CueWords.Set("name.ministry-kind");
    private static readonly FrozenSet<string> NamingWords = CueWords.Set("name.naming-word");
    private static readonly FrozenSet<string> ExerciseWords = CueWords.Set("name.exercise-word");
    private static readonly FrozenSet<string> MilitaryUnits = CueWords.Set("name.military-unit");
    private static readonly string[][] LowerCaseInstitutions = CueWords.Phrases("name.lower-case-institution");
    private static readonly FrozenSet<string> Directions = CueWords.Set("place.direction");
    private static readonly FrozenSet<string> AreaNouns = CueWords.Set("place.area-noun");
    private static readonly FrozenSet<string> PostNouns = CueWords.Set("place.post-noun");
    private static readonly FrozenSet<string> LandmarkHeads = CueWords.Set("name.landmark");
    private static readonly FrozenSet<string> LandmarkNouns = CueWords.Set("name.landmark-modifier").Union(LandmarkHeads).ToFrozenSet();
    private static readonly FrozenSet<string> AdministrativeWords = CueWords.Set("place.administrative", ignoreCase: true);
    private static readonly FrozenSet<string> CourtWords = CueWords.Set("court.level", ignoreCase: true);
    private static readonly FrozenSet<string> SpeechVerbs = CueWords.Set("speech.verb", ignoreCase: true);

    // No name is longer; a longer "word" is a URL, a hash or garbage, and folding it for every lookup costs.
    private const int MaxNameLength = 64;

    // "Mazar-i-Sharif" has three; a chain of more hyphenated parts is several names.
    private const int MaxPartsOfOneName = 4;

    public DocumentDraft Apply(DocumentDraft draft)
    {
        var mentions = new List<Mention>();
        foreach (var sentence in draft.Sentences)
        {
            var statistical = sentence.Index < draft.NerLabels.Count ? draft.NerLabels[sentence.Index] : null;
            var before = mentions.Count;
            TagSentence(sentence, statistical, mentions);
            if (statistical is not null)
            {
                AddPersonsTheRulesMissed(sentence, statistical, mentions, before);
            }
        }

        mentions.RemoveAll(m => m.Text.Split(' ').Any(ModelDesignation().IsMatch));
        if (DatelinePlace(draft, mentions) is { } filedFrom)
        {
            mentions.Add(filedFrom);
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return draft with { Mentions = mentions };
    }

    /// <summary>"STEPANAKERT, JUNE 14, ARTSAKHPRESS:": the place a dateline names is one, known to the gazetteer or not.</summary>
    private static Mention? DatelinePlace(DocumentDraft draft, List<Mention> mentions)
    {
        if (draft.DatelineSpan is not var (start, _) || draft.Metadata.Dateline is not { Length: > 2 } place
            || !draft.Text.AsSpan(start).StartsWith(place, StringComparison.Ordinal) || mentions.Any(m => m.Start == start)
            || draft.Sentences.FirstOrDefault(s => s.Start <= start && start < s.End) is not { IsHeading: false } sentence)
        {
            return null;
        }

        return new Mention(start, start + place.Length, place, EntityType.Gpe, sentence.Index);
    }

    // "ner" below: the statistical tagger's labels for the sentence, consulted where the rules only guess.
    private void TagSentence(Sentence sentence, string[]? ner, List<Mention> mentions)
    {
        var tokens = sentence.Tokens;
        var titleSeenAt = -10;
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                i++;
                continue;
            }

            if (token.Text.AsSpan().IndexOfAny('-', '/') >= 0 && (TrySplitCompound(sentence, i, mentions) || IsNameMadeAdjective(token)))
            {
                i++;
                continue;
            }

            if (NumberedUnitEnd(tokens, i) is var unitEnd and > 0 && !sentence.IsHeading)
            {
                // "the 201st military base", "Russia's 201st base", "the 149th regiment": a numbered unit, named in lower case.
                mentions.Add(new Mention(token.Start, tokens[unitEnd - 1].End, Slice(sentence, i, unitEnd), EntityType.Org, sentence.Index)
                {
                    Canonical = $"{token.Text} {CultureInfo.InvariantCulture.TextInfo.ToTitleCase(tokens[unitEnd - 1].Lower)}",
                });
                i = unitEnd;
                continue;
            }

            if (TryLexicon(tokens, i, out var length, out var entry) && !IsMisreadPlace(tokens, ner, i, length, entry!))
            {
                i = AddLexiconMention(sentence, ner, i, length, entry!, mentions, ref titleSeenAt);
                continue;
            }

            if (knowledge.Titles.Contains(token.Lower) || (token.Text == "By" && i == 0) || token.Text == "by")
            {
                titleSeenAt = i;
                i++;
                continue;
            }

            if (IsLowerCaseMinistry(tokens, i) && !sentence.IsHeading)
            {
                mentions.Add(new Mention(token.Start, tokens[i + 1].End, Slice(sentence, i, i + 2), EntityType.Org, sentence.Index));
                i += 2;
                continue;
            }

            if (!token.IsCapitalised || sentence.IsHeading && (!(titleSeenAt >= 0 && i - titleSeenAt <= 1) || HeadlineVerbs.Contains(token.Text)))
            {
                i++;
                continue;
            }

            var end = SequenceEnd(tokens, i, ner);
            ClassifySequence(sentence, ner, i, end, titleCue: i - titleSeenAt <= 4, countryPrefix: null, mentions);
            i = end;
        }
    }

    private int AddLexiconMention(Sentence sentence, string[]? ner, int start, int length, LexiconEntry entry, List<Mention> mentions, ref int titleSeenAt)
    {
        var tokens = sentence.Tokens;
        var end = start + length;
        if (entry.IsDemonym && IsLanguageService(tokens, start, end))
        {
            return end + 1; // "RFE/RL's Tajik Service": a desk of the outlet named before it, no entity of its own
        }

        if (entry.IsDemonym && end < tokens.Count && tokens[end].IsCapitalised && !sentence.IsHeading && !IsLexiconStart(tokens, end))
        {
            // "Kyrgyz Defense Ministry": the demonym belongs to the organisation's name.
            var sequenceEnd = SequenceEnd(tokens, end);
            mentions.Add(MentionFor(sentence, start, end, entry));
            ClassifySequence(sentence, ner, end, sequenceEnd, titleCue: false, countryPrefix: (entry.Country, start), mentions);
            return sequenceEnd;
        }

        if (entry.IsDemonym && !sentence.IsHeading && LowerCaseInstitutionLength(tokens, end) is var words and > 0)
        {
            // "Kazakh police", "the Tajik border service", "the Kyrgyz interim government": the country's one such body, named in lower case.
            mentions.Add(MentionFor(sentence, start, end, entry));
            var body = Slice(sentence, end, end + words);
            mentions.Add(new Mention(tokens[start].Start, tokens[end + words - 1].End, Slice(sentence, start, end + words), EntityType.Org, sentence.Index)
            {
                Canonical = entry.Canonical is { } country ? $"{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(body)} ({country})" : null,
                Country = entry.Country,
            });
            return end + words;
        }

        if (entry.Place is { Kind: PlaceKind.City } && end < tokens.Count && tokens[end].IsCapitalised && !sentence.IsHeading && !IsLexiconStart(tokens, end)
            && SequenceEnd(tokens, end, ner) is var bodyEnd && NameCues.Organisation.Contains(HeadNoun(tokens, end, bodyEnd)))
        {
            // "the Osh Municipal Court", "the Bishkek Research Center of Traumatology": a body named after its town.
            mentions.Add(MentionFor(sentence, start, end, entry));
            mentions.Add(new Mention(tokens[start].Start, tokens[bodyEnd - 1].End, Slice(sentence, start, bodyEnd), EntityType.Org, sentence.Index) { Country = entry.Country });
            return bodyEnd;
        }

        if (entry.Place is { Kind: PlaceKind.City or PlaceKind.Admin1 } && end < tokens.Count && AdministrativeWords.Contains(tokens[end].Text))
        {
            var admin1 = entry.Place.Admin1Code is { } code ? knowledge.Gazetteer.Admin1(code) : null;
            var place = admin1 ?? entry.Place;
            var singular = char.IsUpper(tokens[end].Text[0]) && !tokens[end].Text.EndsWith('s');
            var spanEnd = singular ? end + 1 : end;
            mentions.Add(new Mention(tokens[start].Start, tokens[spanEnd - 1].End, sentence.Text[(tokens[start].Start - sentence.Start)..(tokens[spanEnd - 1].End - sentence.Start)], EntityType.Gpe, sentence.Index)
            {
                Canonical = place.Name,
                Country = place.Country,
                Place = place,
            });
            return spanEnd;
        }

        if (entry.Place is { Kind: PlaceKind.City or PlaceKind.Admin1 } && end + 1 < tokens.Count && tokens[end + 1].Lower == "court" && CourtWords.Contains(tokens[end].Text))
        {
            // "the Osh city court": a court named after its seat.
            mentions.Add(new Mention(tokens[start].Start, tokens[end + 1].End, Slice(sentence, start, end + 2), EntityType.Org, sentence.Index) { Country = entry.Country, Place = entry.Place });
            return end + 2;
        }

        if (entry.Place is not null && end < tokens.Count && tokens[end].IsCapitalised && NameCues.Location.Contains(tokens[end].Text))
        {
            // "the Isfara River" names the river, not the town.
            mentions.Add(new Mention(tokens[start].Start, tokens[end].End, Slice(sentence, start, end + 1), EntityType.Loc, sentence.Index) { Country = entry.Country });
            return end + 1;
        }

        mentions.Add(MentionFor(sentence, start, end, entry));
        if (end + 1 < tokens.Count && tokens[end].Text is "’s" or "'s" && tokens[end + 1].IsCapitalised && !IsLexiconStart(tokens, end + 1))
        {
            // "Tajikistan's Security Council Secretary Amirkul Azimov".
            var sequenceEnd = SequenceEnd(tokens, end + 1);
            ClassifySequence(sentence, ner, end + 1, sequenceEnd, titleCue: false, countryPrefix: (entry.Country, start), mentions);
            return sequenceEnd;
        }

        return end;
    }

    /// <summary>"Tajik-Kyrgyz border", "Termez-Mazar-i-Sharif-Kabul-Peshawar railway", "BISHKEK/DUSHANBE (Reuters)": names joined by hyphens or a slash.</summary>
    private bool TrySplitCompound(Sentence sentence, int index, List<Mention> mentions)
    {
        var token = sentence.Tokens[index];
        if (token.Text.Length > MaxNameLength || knowledge.Find(token.Text) is not null)
        {
            return false;
        }

        var separator = token.Text.Contains('/', StringComparison.Ordinal) && !token.Text.Contains('-', StringComparison.Ordinal) ? '/' : '-';
        var parts = token.Text.Split(separator);
        var found = new List<Mention>();
        var offset = token.Start;
        var p = 0;
        while (p < parts.Length)
        {
            var matched = false;
            for (var n = Math.Min(MaxPartsOfOneName, parts.Length - p); n >= 1 && !matched; n--)
            {
                var surface = string.Join(separator, parts, p, n);
                if (surface.Length > 0 && char.IsUpper(surface[0]) && knowledge.Find(surface) is { } entry)
                {
                    found.Add(FromEntry(offset, offset + surface.Length, surface, entry, sentence.Index));
                    offset += surface.Length + 1;
                    p += n;
                    matched = true;
                }
            }

            if (!matched)
            {
                return false;
            }
        }

        mentions.AddRange(found);
        return found.Count > 0;
    }

    private static bool IsArabicArticleCompound(Token token)
    {
        var dash = token.Text.IndexOf('-', StringComparison.Ordinal);
        return dash is >= 2 and <= 3 && dash + 1 < token.Text.Length && char.IsUpper(token.Text[dash + 1])
            && token.Text[..dash] is "al" or "wal" or "ul" or "ud" or "ut" or "ad" or "ar" or "as" or "ash" or "an" or "el";
    }

    private bool IsOfItsCountry(IReadOnlyList<Token> tokens, int start, int end) =>
        tokens[end].Text == "of" && end + 1 < tokens.Count && knowledge.Find(tokens[end + 1].Text) is { IsDemonym: false, Place.Kind: PlaceKind.Country }
        && Enumerable.Range(start, end - start).Any(k => NameCues.Organisation.Contains(tokens[k].Text));

    private static bool IsLanguageService(IReadOnlyList<Token> tokens, int start, int end) =>
        start > 0 && tokens[start - 1].Text is "'s" or "’s" && end < tokens.Count && tokens[end].Text == "Service";

    // "the 201st motorized infantry division": how many words after its number a numbered unit's noun may stand.
    private const int NumberedUnitReach = 4;

    /// <summary>
    /// Where a numbered military unit that starts at <paramref name="i"/> ends ("201st" and up to three words before its
    /// noun: "201st Russian military base", "201st motorized infantry division"), or 0.
    /// </summary>
    private int NumberedUnitEnd(IReadOnlyList<Token> tokens, int i)
    {
        if (!IsOrdinal(tokens[i].Text))
        {
            return 0;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + NumberedUnitReach; k++)
        {
            if (MilitaryUnits.Contains(tokens[k].Text))
            {
                return k + 1;
            }

            var describes = tokens[k].Text.All(char.IsLower) || knowledge.Find(tokens[k].Text) is { IsDemonym: true };
            if (!describes)
            {
                return 0;
            }
        }

        return 0;
    }

    private static bool IsOrdinal(string text) =>
        text.Length > 2 && char.IsAsciiDigit(text[0]) && text[^2..] is "st" or "nd" or "rd" or "th" && text[..^2].All(char.IsAsciiDigit);

    /// <summary>How many words of a body a country has one of ("police", "border service") start at <paramref name="i"/>, or 0.</summary>
    private static int LowerCaseInstitutionLength(IReadOnlyList<Token> tokens, int i)
    {
        foreach (var institution in LowerCaseInstitutions)
        {
            if (i + institution.Length <= tokens.Count && institution.Select((word, k) => tokens[i + k].Text == word).All(same => same))
            {
                return institution.Length;
            }
        }

        return 0;
    }

    // "the interior ministry", "the country's foreign ministry": one ministry of the country told of, named in lower case.
    private static bool IsLowerCaseMinistry(IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Text == "ministry" && MinistryKinds.Contains(tokens[i].Text);

    private static bool IsNameMadeAdjective(Token token) => AdjectiveEndings.Contains(token.Lower[(token.Lower.LastIndexOf('-') + 1)..]);

    /// <summary>A city name that is really a first name ("Vladimir Norov") or a capitalised common word ("Along these lines").</summary>
    private bool IsMisreadPlace(IReadOnlyList<Token> tokens, string[]? ner, int start, int length, LexiconEntry entry)
    {
        if (entry.Place?.Kind != PlaceKind.City || length != 1)
        {
            return false;
        }

        if (ner is not null && start + 1 < ner.Length && Ner.NerLabels.TypeOf(ner[start]) == "PER" && ner[start + 1] == "I-PER")
        {
            return true; // "said Vladimir Dolgy": the tagger reads a first name and its surname
        }

        var isSentenceStart = start == 0 || tokens[start - 1].Text is "“" or "\"" or "(";
        if (isSentenceStart && knowledge.IsCommonWord(tokens[start].Text))
        {
            return true;
        }

        var next = start + 1 < tokens.Count ? tokens[start + 1] : default;
        return next.Text is { } text && next.IsCapitalised && next.IsWord && !IsLexiconStart(tokens, start + 1)
            && !IsCue(text) && !knowledge.IsCommonWord(text) && !AdministrativeWords.Contains(text) && NameCues.HasSurnameEnding(text);
    }

    private static Mention MentionFor(Sentence sentence, int start, int end, LexiconEntry entry) =>
        FromEntry(sentence.Tokens[start].Start, sentence.Tokens[end - 1].End, Slice(sentence, start, end), entry, sentence.Index);

    private static Mention FromEntry(int start, int end, string text, LexiconEntry entry, int sentenceIndex) =>
        new(start, end, text, entry.Type, sentenceIndex)
        {
            Canonical = entry.Canonical,
            Country = entry.Country,
            Place = entry.Place,
            IsDemonym = entry.IsDemonym,
        };

    // "central Asia": a region whose direction is written in lower case is the region, not the continent ("the central Asian
    // country of Tajikistan" names none).
    private LexiconEntry? RegionWithLowerCaseDirection(IReadOnlyList<Token> tokens, int start)
    {
        if (start + 1 >= tokens.Count || !Directions.Contains(tokens[start].Text) || !tokens[start + 1].IsCapitalised)
        {
            return null;
        }

        var name = $"{char.ToUpperInvariant(tokens[start].Text[0])}{tokens[start].Text[1..]} {tokens[start + 1].Text}";
        return knowledge.Find(name) is { Place: null } region && region.Canonical == name ? region : null;
    }

    private bool TryLexicon(IReadOnlyList<Token> tokens, int start, out int length, out LexiconEntry? entry)
    {
        entry = null;
        length = 0;
        if (tokens[start].Text.Length > MaxNameLength)
        {
            return false;
        }

        if (RegionWithLowerCaseDirection(tokens, start) is { } region)
        {
            entry = region;
            length = 2;
            return true;
        }

        if (!tokens[start].IsCapitalised && !char.IsDigit(tokens[start].Text[0]) && tokens[start].Text is not ("al-Qaeda" or "al-Qaida"))
        {
            return false;
        }

        var maxLength = Math.Min(knowledge.MaxEntryTokens, tokens.Count - start);
        for (var n = maxLength; n >= 1; n--)
        {
            var last = tokens[start + n - 1];
            if (!last.IsWord || !InnerTokensFitAName(tokens, start, n))
            {
                continue;
            }

            var surface = SliceTokens(tokens, start, start + n);
            if (knowledge.Find(surface) is { } found && (tokens[start].Text != "The" || found.Surface.StartsWith("The ", StringComparison.Ordinal)))
            {
                entry = found;
                length = n;
                return true;
            }
        }

        return false;
    }

    // "Osh city court" is not "Osh City": words after the first must be capitalised or name connectors.
    private static bool InnerTokensFitAName(IReadOnlyList<Token> tokens, int start, int n)
    {
        for (var k = start + 1; k < start + n; k++)
        {
            var text = tokens[k].Text;
            if (!tokens[k].IsCapitalised && !Connectors.Contains(text) && text is not ("’s" or "'s" or "-" or "/" or "." or "al" or "ul" or "e" or "i") && !char.IsDigit(text[0]) && !text.Any(char.IsUpper))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsLexiconStart(IReadOnlyList<Token> tokens, int index) => TryLexicon(tokens, index, out _, out _);

    /// <summary>End of a run of capitalised words, with "of"/"for"/... inside it only after a head noun or title.</summary>
    private int SequenceEnd(IReadOnlyList<Token> tokens, int start, string[]? ner = null)
    {
        var end = start + 1;
        while (end < tokens.Count)
        {
            var token = tokens[end];
            if (token.IsCapitalised && token.IsWord && !knowledge.IsNonEntity(token.Text))
            {
                if (IsLexiconStart(tokens, end) && !Connectors.Contains(tokens[end - 1].Text) && !IsCue(tokens[end].Text) && !(RunEndsInOrganisation(tokens, end) && !StartsWithDemonym(tokens, end)))
                {
                    break;
                }

                end++;
                continue;
            }

            if (Connectors.Contains(token.Text) && token.Text != "and" && end + 1 < tokens.Count && IsCue(tokens[end - 1].Text)
                && (tokens[end + 1].IsCapitalised || (tokens[end + 1].Text == "the" && end + 2 < tokens.Count && tokens[end + 2].IsCapitalised))
                && !IsDateWord(tokens[end + 1]) && !IsPlaceOfAnAdministrativeUnit(tokens, end + (tokens[end + 1].Text == "the" ? 2 : 1)))
            {
                end += tokens[end + 1].Text == "the" ? 2 : 1;
                continue;
            }

            if (Connectors.Contains(token.Text) && InsideTaggedOrganisation(ner, end) && tokens[end + 1].IsCapitalised)
            {
                end++; // "the Ministry of Health and Social Development of Kyrgyzstan": the tagger reads one name across "and"
                continue;
            }

            if (IsArabicArticleCompound(token))
            {
                end++; // "Jund al-Khilafa", "Jamaat al-Tawhid wal-Jihad": the article joins the name's words
                continue;
            }

            if (IsOfItsCountry(tokens, start, end))
            {
                end += 2; // "the Ministry of Security of Tajikistan", "the State Border Service of Turkmenistan": the country is part of the name
                continue;
            }

            break;
        }

        return end;
    }

    // "the Kadamjai District Court of the Batken region": where the court sits, not part of its name.
    private static bool IsPlaceOfAnAdministrativeUnit(IReadOnlyList<Token> tokens, int place) =>
        place + 1 < tokens.Count && !tokens[place + 1].IsCapitalised && AdministrativeWords.Contains(tokens[place + 1].Text);

    private static bool InsideTaggedOrganisation(string[]? ner, int index) =>
        ner is not null && index + 1 < ner.Length && ner[index] == "I-ORG" && ner[index + 1] == "I-ORG";

    // "the Foreign Ministry on Tuesday": a day or month after "on" ends the name.
    private bool IsDateWord(Token token) => knowledge.IsNonEntity(token.Text) || DateParsing.Month(token.Lower) is not null;

    // "Zogorku Kenesh Bishkek Parliament": a place inside a name that ends in an organisation's head noun.
    private static bool RunEndsInOrganisation(IReadOnlyList<Token> tokens, int index)
    {
        var k = index;
        while (k + 1 < tokens.Count && tokens[k + 1].IsCapitalised && tokens[k + 1].IsWord)
        {
            k++;
        }

        return k > index && NameCues.Organisation.Contains(tokens[k].Text);
    }

    private bool StartsWithDemonym(IReadOnlyList<Token> tokens, int index) =>
        TryLexicon(tokens, index, out _, out var entry) && entry!.IsDemonym;

    private bool IsCue(string word) =>
        NameCues.Organisation.Contains(word) || NameCues.ArmedGroup.Contains(word) || NameCues.NotAnEntity.Contains(word)
        || NameCues.Location.Contains(word) || knowledge.Titles.Contains(word.ToLowerInvariant());

    /// <summary>A run of capitalised words to type, with what stood before it: a title, a country ("Kyrgyz Security Council").</summary>
    private readonly record struct CapitalisedRun(Sentence Sentence, string[]? Ner, int Start, int End, bool TitleCue, (string? Country, int Start)? CountryPrefix)
    {
        public IReadOnlyList<Token> Tokens => Sentence.Tokens;

        public int Length => End - Start;

        public string Text => Slice(Sentence, Start, End);

        public Mention As(EntityType type) => new(Tokens[Start].Start, Tokens[End - 1].End, Text, type, Sentence.Index);
    }

    /// <summary>A rule that decides a run, adding the mentions it finds (none, if it decides there are none), or leaves it to the next rule.</summary>
    private delegate bool RunRule(CapitalisedRun run, List<Mention> mentions);

    private RunRule[]? runRules;

    /// <summary>The rules that type a capitalised run, in order: the first that decides wins.</summary>
    private RunRule[] RunRules => runRules ??=
    [
        TitleThenPerson,
        OrganisationThenPerson,
        NameOfAnExercise,
        PlaceAfterSettlementOf,
        UnknownBannedGroup,
        PlaceBeforeSettlementNoun,
        AreaBeforeItsNoun,
        QuotedPost,
        LandmarkBeforeItsNoun,
        EventOrDocumentName,
        NameByHeadNoun,
        NothingNameLike,
        UncuedPhrase,
        CuedPhrase,
        LoneWord,
    ];

    private void ClassifySequence(Sentence sentence, string[]? ner, int start, int end, bool titleCue, (string? Country, int Start)? countryPrefix, List<Mention> mentions)
    {
        var tokens = sentence.Tokens;
        while (start < end && ((knowledge.IsNonEntity(tokens[start].Text) && knowledge.IsCommonWord(tokens[start].Text)) || Connectors.Contains(tokens[start].Text)))
        {
            start++;
        }

        if (start >= end)
        {
            return;
        }

        var run = new CapitalisedRun(sentence, ner, start, end, titleCue, countryPrefix);
        foreach (var rule in RunRules)
        {
            if (rule(run, mentions))
            {
                return;
            }
        }
    }

    // "Security Council Secretary | Amirkul Azimov": the last title splits the run, and what follows it is the person.
    private bool TitleThenPerson(CapitalisedRun run, List<Mention> mentions)
    {
        var (tokens, start, end) = (run.Tokens, run.Start, run.End);
        var lastTitle = -1;
        for (var k = end - 1; k >= start; k--)
        {
            if (knowledge.Titles.Contains(tokens[k].Lower))
            {
                lastTitle = k;
                break;
            }
        }

        if (lastTitle < 0)
        {
            return false;
        }

        var nameStart = lastTitle + 1;
        while (nameStart < end && (Connectors.Contains(tokens[nameStart].Text) || knowledge.IsCommonWord(tokens[nameStart].Text) || knowledge.Titles.Contains(tokens[nameStart].Lower)))
        {
            nameStart++;
        }

        var titleStart = start;
        while (titleStart < lastTitle && !knowledge.Titles.Contains(tokens[titleStart].Lower) && !IsTitleModifier(tokens[titleStart].Text))
        {
            titleStart++;
        }

        if (titleStart > start)
        {
            ClassifySequence(run.Sentence, run.Ner, start, titleStart, titleCue: false, run.CountryPrefix, mentions);
        }

        if (nameStart < end && IsNameLike(tokens, nameStart, end))
        {
            mentions.Add((run with { Start = nameStart }).As(EntityType.Person));
        }

        return true;
    }

    // "head of the National Security Committee | Keneshbek Duishebayev", "spokesman for the U.S. Central Command | Brian Fickel":
    // a run that goes on past an organisation's head noun with two or three words of a name is the organisation and a person.
    private bool OrganisationThenPerson(CapitalisedRun run, List<Mention> mentions)
    {
        var (tokens, start, end) = (run.Tokens, run.Start, run.End);
        for (var head = end - 3; head >= Math.Max(start + 1, end - 4); head--)
        {
            var person = head + 1;
            if (NameCues.Organisation.Contains(tokens[head].Text) && !Enumerable.Range(person, end - person).Any(k => NameCues.Organisation.Contains(tokens[k].Text))
                && IsNameLike(tokens, person, end) && Enumerable.Range(person, end - person).All(k => !knowledge.IsCommonWord(tokens[k].Text)))
            {
                ClassifySequence(run.Sentence, run.Ner, start, person, titleCue: false, run.CountryPrefix, mentions);
                mentions.Add((run with { Start = person }).As(EntityType.Person));
                return true;
            }
        }

        return false;
    }

    // "the exercise dubbed Poisk 2021 (Search 2021)": how far back from a name its naming word may stand.
    private const int NamingReach = 4;

    // "the exercise dubbed Poisk 2021 (Search 2021)", "the Vzaimodeystviye 2021 exercise", "the logistics drills ‘Echelon’":
    // what an exercise is called names no entity.
    private static bool NameOfAnExercise(CapitalisedRun run, List<Mention> mentions)
    {
        var (tokens, start) = (run.Tokens, run.Start);
        for (var k = start - 1; k >= Math.Max(0, start - NamingReach); k--)
        {
            if (NamingWords.Contains(tokens[k].Lower))
            {
                return true;
            }

            if (tokens[k].IsWord && !tokens[k].IsCapitalised && !char.IsAsciiDigit(tokens[k].Text[0]))
            {
                break;
            }
        }

        var next = run.End < tokens.Count && tokens[run.End].Text.All(char.IsAsciiDigit) ? run.End + 1 : run.End;
        return (next < tokens.Count && ExerciseWords.Contains(tokens[next].Text)) // "the Vzaimodeystviye 2021 exercise"
            || (start > 0 && IsOpeningQuote(tokens[start - 1].Text) && run.Sentence.Tokens.Any(t => ExerciseWords.Contains(t.Lower)));
    }

    // "near the village of Kok-Tash": a place the gazetteer does not know.
    private static bool PlaceAfterSettlementOf(CapitalisedRun run, List<Mention> mentions)
    {
        var (tokens, start) = (run.Tokens, run.Start);
        if (start >= 2 && tokens[start - 1].Text == "of" && tokens[start - 2].Lower is "village" or "town" or "city" or "settlement" or "district" or "region" or "province")
        {
            mentions.Add(run.As(EntityType.Gpe));
            return true;
        }

        return false;
    }

    // "the banned Yakyn Inkar group": an armed or extremist group the lexicon does not know.
    private static bool UnknownBannedGroup(CapitalisedRun run, List<Mention> mentions)
    {
        var (tokens, start, end) = (run.Tokens, run.Start, run.End);
        if (end < tokens.Count && tokens[end].Lower is "group" or "movement" or "cell" or "organisation" or "organization" && !tokens[end].IsCapitalised
            && start > 0 && tokens[start - 1].Lower is "banned" or "extremist" or "terrorist" or "militant" or "radical" or "jihadist" or "outlawed" or "underground")
        {
            mentions.Add(run.As(EntityType.ArmedGroup));
            return true;
        }

        return false;
    }

    // "in the Shamsiddin Shohin district", "the Kamarob village": a place the gazetteer does not know.
    private static bool PlaceBeforeSettlementNoun(CapitalisedRun run, List<Mention> mentions)
    {
        var (tokens, end) = (run.Tokens, run.End);
        if (end < tokens.Count && tokens[end].Lower is "district" or "village" or "town" or "city" or "oblast" or "province" or "region" && !tokens[end].IsCapitalised)
        {
            mentions.Add(run.As(EntityType.Gpe));
            return true;
        }

        return false;
    }

    // "the Majnuntol neighbourhood", "the Bulak-Bashi area": a part of a town or district the gazetteer does not know.
    private static bool AreaBeforeItsNoun(CapitalisedRun run, List<Mention> mentions)
    {
        var (tokens, end) = (run.Tokens, run.End);
        if (end < tokens.Count && AreaNouns.Contains(tokens[end].Text))
        {
            mentions.Add(run.As(EntityType.Loc));
            return true;
        }

        return false;
    }

    // "the Kyrgyz frontier post “Koktash”", "the Tajik border-crossing checkpoint “Lakkon”": a post named in quotes is a place.
    private static bool QuotedPost(CapitalisedRun run, List<Mention> mentions)
    {
        var (tokens, start) = (run.Tokens, run.Start);
        if (start > 1 && IsOpeningQuote(tokens[start - 1].Text) && PostNouns.Contains(tokens[start - 2].Text))
        {
            mentions.Add(run.As(EntityType.Loc));
            return true;
        }

        return false;
    }

    private static bool IsOpeningQuote(string text) => text is "“" or "‘" or "«" or "\"" or "'";

    // "the Abramov glacier", "the Naumin pass", "the Oymash training range", "the Chorsu market": a landmark named by its
    // lower-case kind, one place with the noun (the name alone is no person, organisation or town).
    private static bool LandmarkBeforeItsNoun(CapitalisedRun run, List<Mention> mentions)
    {
        var (tokens, start, end) = (run.Tokens, run.Start, run.End);
        var nounEnd = end;
        while (nounEnd < tokens.Count && nounEnd - end < 3 && !tokens[nounEnd].IsCapitalised && LandmarkNouns.Contains(tokens[nounEnd].Lower))
        {
            nounEnd++;
        }

        if (nounEnd == end || !LandmarkHeads.Contains(tokens[nounEnd - 1].Lower))
        {
            return false;
        }

        mentions.Add(new Mention(tokens[start].Start, tokens[nounEnd - 1].End, Slice(run.Sentence, start, nounEnd), EntityType.Loc, run.Sentence.Index));
        return true;
    }

    // "the Dushanbe Conference", "the Military Cooperation Plan": named, but no entity.
    private static bool EventOrDocumentName(CapitalisedRun run, List<Mention> mentions) =>
        NameCues.NotAnEntity.Contains(HeadNoun(run.Tokens, run.Start, run.End));

    // "... Ministry" is an organisation, "... Movement" with "Islamic" an armed group, "... Valley" a place; a head noun alone ("the Council") is no name.
    private static bool NameByHeadNoun(CapitalisedRun run, List<Mention> mentions)
    {
        var (tokens, start, end) = (run.Tokens, run.Start, run.End);
        var head = HeadNoun(tokens, start, end);
        EntityType? type = null;
        if (NameCues.ArmedGroup.Contains(head) && Enumerable.Range(start, end - start).Any(k => NameCues.ArmedGroupMarkers.Contains(tokens[k].Text)))
        {
            type = EntityType.ArmedGroup;
        }
        else if (NameCues.Organisation.Contains(head))
        {
            type = EntityType.Org;
        }
        else if (NameCues.Location.Contains(head) && run.Length >= 2)
        {
            type = EntityType.Loc;
        }

        if (type is null)
        {
            return false;
        }

        if (run.Length == 1 && run.CountryPrefix is null)
        {
            return true;
        }

        var prefixStart = run.CountryPrefix?.Start ?? start;
        var text = Slice(run.Sentence, prefixStart, end);
        mentions.Add(new Mention(tokens[prefixStart].Start, tokens[end - 1].End, text, type.Value, run.Sentence.Index) { Country = run.CountryPrefix?.Country });
        AddParenthesisedAcronym(run.Sentence, end, text, type.Value, mentions);
        return true;
    }

    private bool NothingNameLike(CapitalisedRun run, List<Mention> mentions) => !IsNameLike(run.Tokens, run.Start, run.End);

    // Two or more capitalised words with no cue that they name someone, and a common word among them or a "for"/"on"/"against" before: a phrase, not a name.
    private bool UncuedPhrase(CapitalisedRun run, List<Mention> mentions)
    {
        var (tokens, start, end) = (run.Tokens, run.Start, run.End);
        var allUncommon = Enumerable.Range(start, end - start).All(k => !knowledge.IsCommonWord(tokens[k].Text));
        var afterThingConnector = start > 0 && tokens[start - 1].Text is "for" or "on" or "against";
        return run.Length >= 2 && !(HasPersonCue(run) || (allUncommon && !afterThingConnector));
    }

    // A name with a cue (a title before, a surname ending, "said" after) is a person; a longer run is what the tagger says.
    private static bool CuedPhrase(CapitalisedRun run, List<Mention> mentions)
    {
        if (run.Length < 2 && !HasPersonCue(run))
        {
            return false;
        }

        if (run.Length > 4)
        {
            return true;
        }

        // "Jund al-Khilafa", "Katibat al-Tawhid wal-Jihad": a name the tagger cannot type, joined by an Arabic article, names a group.
        var typed = HasPersonCue(run) ? EntityType.Person
            : StatisticalType(run.Ner, run.Start, run.End) ?? (Enumerable.Range(run.Start, run.Length).Any(k => IsArabicArticleCompound(run.Tokens[k])) ? EntityType.ArmedGroup : null);
        if (typed is { } type)
        {
            mentions.Add(run.As(type));
        }

        return true;
    }

    // A lone unknown capitalised word inside a sentence: an outlet, a group or a surname; the tagger's word, then the resolver's.
    private static bool LoneWord(CapitalisedRun run, List<Mention> mentions)
    {
        var (tokens, start, end) = (run.Tokens, run.Start, run.End);
        var isSentenceStart = start == 0 || tokens[start - 1].Text is "“" or "\"" or "(" or "[";
        if (isSentenceStart)
        {
            return true;
        }

        var statisticalType = StatisticalType(run.Ner, start, end);
        var afterArticle = start > 0 && tokens[start - 1].Lower == "the";
        if (afterArticle && statisticalType is EntityType.Gpe)
        {
            return true; // "see the Monitor": a place rarely takes the article, a publication's name does
        }

        if (statisticalType is not null || run.Ner is null || NerLabels(run.Ner, start, end).All(l => l == "O"))
        {
            mentions.Add(new Mention(tokens[start].Start, tokens[end - 1].End, tokens[start].Text, statisticalType ?? EntityType.Org, run.Sentence.Index));
        }

        return true;
    }

    private static bool HasPersonCue(CapitalisedRun run) =>
        run.TitleCue || NameCues.HasSurnameEnding(run.Tokens[run.End - 1].Text) || (run.End < run.Tokens.Count && SpeechVerbs.Contains(run.Tokens[run.End].Text));

    /// <summary>The type the statistical tagger gives the span's last word: PER, ORG, LOC; none for MISC or O.</summary>
    private static EntityType? StatisticalType(string[]? ner, int start, int end)
    {
        if (ner is null)
        {
            return end - start >= 2 ? EntityType.Person : null;
        }

        return Ner.NerLabels.TypeOf(ner[end - 1]) switch
        {
            "PER" => EntityType.Person,
            "ORG" => EntityType.Org,
            "LOC" => EntityType.Gpe,
            _ => null,
        };
    }

    private static IEnumerable<string> NerLabels(string[]? ner, int start, int end) => ner is null ? [] : ner[start..end];

    /// <summary>Names of two or more words the tagger reads as a person where no rule found anything (headlines, sentence starts).</summary>
    private void AddPersonsTheRulesMissed(Sentence sentence, string[] statistical, List<Mention> mentions, int firstOfSentence)
    {
        foreach (var (start, end, type) in Ner.NerScore.Spans(statistical))
        {
            if (type != "PER" || end - start < 2)
            {
                continue;
            }

            var from = sentence.Tokens[start].Start;
            var to = sentence.Tokens[end - 1].End;
            var overlaps = false;
            for (var m = firstOfSentence; m < mentions.Count && !overlaps; m++)
            {
                overlaps = mentions[m].Start < to && from < mentions[m].End;
            }

            var words = sentence.Tokens.Skip(start).Take(end - start).ToList();
            if (!overlaps && words.All(t => t.IsCapitalised && !knowledge.IsCommonWord(t.Text) && !knowledge.IsNonEntity(t.Text)))
            {
                mentions.Add(new Mention(from, to, Slice(sentence, start, end), EntityType.Person, sentence.Index));
            }
        }
    }

    private static bool IsTitleModifier(string word) =>
        word is "First" or "Deputy" or "Acting" or "Former" or "Foreign" or "Prime" or "Vice" or "Chief" or "Senior" or "Interior" or "Defence" or "Defense";

    private bool IsNameLike(IReadOnlyList<Token> tokens, int start, int end)
    {
        var anyUncommon = false;
        for (var k = start; k < end; k++)
        {
            var token = tokens[k];
            if (IsArabicArticleCompound(token) && k > start)
            {
                continue;
            }

            if (!token.IsCapitalised || !token.IsWord || (end - start == 1 && knowledge.IsNonEntity(token.Text)) || token.Text.All(char.IsDigit))
            {
                return false;
            }

            anyUncommon |= !knowledge.IsCommonWord(token.Text);
        }

        return anyUncommon;
    }

    private static string HeadNoun(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (tokens[k].Text is "of" or "for" or "on")
            {
                return tokens[k - 1].Text;
            }
        }

        return tokens[end - 1].Text;
    }

    private static void AddParenthesisedAcronym(Sentence sentence, int end, string longForm, EntityType type, List<Mention> mentions)
    {
        var tokens = sentence.Tokens;
        if (end + 2 < tokens.Count && tokens[end].Text == "(" && tokens[end + 2].Text == ")" && tokens[end + 1].Text.Length >= 2 && tokens[end + 1].Text.All(c => char.IsUpper(c) || c is '-' or '/'))
        {
            mentions.Add(new Mention(tokens[end + 1].Start, tokens[end + 1].End, tokens[end + 1].Text, type, sentence.Index) { Canonical = longForm });
        }
    }

    private static string Slice(Sentence sentence, int start, int end) =>
        sentence.Text[(sentence.Tokens[start].Start - sentence.Start)..(sentence.Tokens[end - 1].End - sentence.Start)];

    private static string SliceTokens(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (end - start == 1)
        {
            return tokens[start].Text;
        }

        var parts = new string[end - start];
        for (var k = start; k < end; k++)
        {
            parts[k - start] = tokens[k].Text;
        }

        return string.Join(' ', parts);
    }

    // "Sukhoi Su-30", "Mi-24s", "GAZ-24": a maker's model of aircraft or vehicle is a thing, not a body or a person.
    [GeneratedRegex(@"^[A-Z][A-Za-z]*-\d+[a-z]*$", RegexOptions.None, 250)]
    private static partial Regex ModelDesignation();
}
