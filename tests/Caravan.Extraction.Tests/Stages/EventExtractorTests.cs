using Caravan.Core.Events;
using Caravan.Core.Places;

namespace Caravan.Extraction.Tests.Stages;

public class EventExtractorTests
{
    private static IReadOnlyList<ExtractedEvent> Events(string text) => Run.All(text).Events;

    [Fact]
    public void AnAttackOnAnOutpostByGunmenIsAnArmedClashWithItsRangeAndRegion()
    {
        var events = Events("Publication: Monitor\n\nOn July 25-26, gunmen presumed to belong to the IMU crossed the border from Tajikistan and twice attacked a military outpost in the Batken Region, some twelve kilometers inside Kyrgyzstan. The Defense Ministry reported that two soldiers were wounded and two rebels were killed in the nighttime firefight.");

        var clash = Assert.Single(events);
        Assert.Equal(EventType.ArmedClash, clash.Type);
        Assert.Equal("--07-25", clash.Date?.ToString());
        Assert.Equal("--07-26", clash.DateEnd?.ToString());
        Assert.Equal(("KG", "Batken"), (clash.Place.Country, clash.Place.Admin1));
        Assert.Equal((2, 2), (clash.Fatalities, clash.Injured));
        Assert.Contains("Islamic Movement of Uzbekistan", clash.Actors);
    }

    [Fact]
    public void ADayInTheSentenceOutweighsANearerBareYear()
    {
        var events = Events("Reuters, January 27, 2022\n\nKyrgyz and Tajik border guards exchanged fire on Thursday amid a standoff over a blocked road, a fresh outbreak of violence after a similar frontier clash killed dozens last year.");

        var clash = Assert.Single(events, e => e.Type.Family() == EventFamily.Violence);
        Assert.Equal("2022-01-27", clash.Date?.ToString());
    }

    [Fact]
    public void TalksUnderWayAsTheReportIsWrittenTakeItsDayNotAnEarlierYearOfTheParagraph()
    {
        var events = Events("Asia-Plus, August 6, 2020\n\nThe two countries have disputed the border since 1991 and clashed over it in 2014. Representatives of the border services of Kyrgyzstan and Tajikistan are holding talks now.");

        var talks = Assert.Single(events, e => e.Type == EventType.Meeting);
        Assert.Equal("2020-08-06", talks.Date?.ToString());
    }

    [Theory]
    [InlineData("Unknown assailants gunned down a local imam in Osh on Sunday.", EventType.Attack)]
    [InlineData("Hundreds of people rallied in Bishkek on Sunday against the border deal.", EventType.Protest)]
    [InlineData("The Kyrgyz parliament ratified the border treaty with Tajikistan on Sunday.", EventType.Legislation)]
    public void LessCommonWordsForAHappeningAreFound(string sentence, EventType type)
    {
        var events = Events($"RFE/RL, May 20, 2019\n\n{sentence}");

        Assert.Equal("2019-05-19", Assert.Single(events, e => e.Type == type).Date?.ToString());
    }

    [Theory]
    [InlineData("Tajik troops shelled the village of Ak-Sai in Batken on Sunday.", EventType.RemoteViolence, "Tajikistan", null)]
    [InlineData("Kyrgyz and Tajik border guards clashed near Vorukh on Sunday.", EventType.ArmedClash, "Kyrgyzstan;Tajikistan", null)]
    [InlineData("Kyrgyzstan asked Uzbekistan for military help on Sunday.", EventType.Initiative, "Kyrgyzstan", "Uzbekistan")]
    [InlineData("Kazakh police detained five suspected militants in Shymkent on Sunday.", EventType.Arrest, "Police (Kazakhstan)", null)]
    [InlineData("Imomnazar Imomnazarov was murdered by unknown assailants in Khorog on Sunday.", EventType.Attack, null, "Imomnazar Imomnazarov")]
    public void WhoActedAndWhoSufferedItAreNamed(string sentence, EventType type, string? actors, string? target)
    {
        var happening = Assert.Single(Events($"RFE/RL, May 20, 2019\n\n{sentence}"), e => e.Type == type);

        Assert.Equal(actors?.Split(';') ?? [], happening.Actors);
        Assert.Equal(target is null ? [] : [target], happening.Targets);
    }

    [Fact]
    public void TheTermOfASentenceIsNotItsCharge()
    {
        var events = Events("RFE/RL, May 20, 2019\n\nA court in Bishkek jailed three men for 10 years on Sunday for extremism.");

        Assert.Equal("2019-05-19", Assert.Single(events, e => e.Type == EventType.Sentencing).Date?.ToString());
    }

    [Fact]
    public void AnUndatedStatementIsMadeOnTheReportsDay()
    {
        var events = Events("RFE/RL, January 3, 2011\n\nTwo soldiers died in the Rasht valley in a helicopter crash.\n\nThe Tajik military denied that anyone was killed by friendly fire.");

        var denial = Assert.Single(events, e => e.Type == EventType.Denial);
        Assert.Equal("2011-01-03", denial.Date?.ToString());
    }

    [Fact]
    public void AStatementNoSentencePlacesWasMadeWhereTheReportWasFiled()
    {
        var events = Events("Regional Service, January 31, 2005\n\nDUSHANBE - A fire broke out at a market in the capital on Sunday.\n\nBut the spokeswoman denied that the fire was a terrorist attack.");

        var denial = Assert.Single(events, e => e.Type == EventType.Denial);
        Assert.Equal(("TJ", "Dushanbe"), (denial.Place.Country, denial.Place.Location));
    }

    [Fact]
    public void TalksBetweenTwoCountriesNoSentencePlacesWereHeldWhereTheReportWasFiled()
    {
        var events = Events("24.kg, May 3, 2021\n\nBISHKEK - Two border guards were wounded near the village of Kok-Tash in Batken on Sunday.\n\nKyrgyz and Tajik officials held talks on Monday to ease the tension.");

        var talks = Assert.Single(events, e => e.Type == EventType.Meeting);
        Assert.Equal(("KG", "Bishkek"), (talks.Place.Country, talks.Place.Location));
    }

    [Fact]
    public void AnUndatedStatementIsDatedToTheMonthOfTheReportWhenTheLeadNamesARecentDay()
    {
        var events = Events("RFE/RL, January 3, 2011\n\nTwo soldiers died in the Rasht valley on Saturday.\n\nThe Tajik military denied that anyone was killed by friendly fire.");

        var denial = Assert.Single(events, e => e.Type == EventType.Denial);
        Assert.Equal("2011-01", denial.Date?.ToString());
    }

    [Fact]
    public void ADealBetweenTwoCountriesTakesPlaceInNeitherEvenInAReportAboutOne()
    {
        var events = Events("24.kg, May 1, 2021\n\nKyrgyz border guards said the village of Kok-Tash in Batken was shelled. Kyrgyzstan and Tajikistan agreed to cease fire and withdraw military forces. Kyrgyz officials in Batken said the situation was calm.");

        var ceasefire = Assert.Single(events, e => e.Type == EventType.Agreement);
        Assert.Equal(GeoPrecision.None, ceasefire.Place.Precision);
        Assert.Null(ceasefire.Place.Country);
    }

    [Fact]
    public void TalksBetweenTwoCountriesAtANamedTownAreThere()
    {
        var events = Events("RFE/RL, January 8, 2013\n\nUzbek and Kyrgyz border officials held talks in Batken on January 7.");

        var talks = Assert.Single(events, e => e.Type == EventType.Meeting);
        Assert.Equal("KG", talks.Place.Country);
    }

    [Theory]
    [InlineData("Militants have attacked a border post in Tajikistan near the Uzbek border.")]
    [InlineData("Security forces and police have killed four suspected terrorists in a special operation near Atyrau.")]
    [InlineData("Four of the attackers were killed by police in a counter-terrorist operation.")]
    public void ArmedMenFightingSecurityForcesIsAnArmedClash(string sentence)
    {
        var events = Events("RFE/RL, September 21, 2012\n\n" + sentence);

        Assert.Equal(EventType.ArmedClash, Assert.Single(events, e => e.Type.IsViolent()).Type);
    }

    [Fact]
    public void TheWeekdayOfTheStoryOutranksTheDatelinesDay()
    {
        var events = Events("ANI, July 7, 2022\n\nTermez [Uzbekistan], July 7 : Afghanistan-based rockets hit the border town of Termez in Southern Uzbekistan on Tuesday, said the Uzbek Foreign Ministry.");

        Assert.Equal("2022-07-05", Assert.Single(events, e => e.Type.IsViolent()).Date?.ToString());
    }

    [Fact]
    public void ViolenceToldInARelativeClauseIsTheBackgroundOfTheArrest()
    {
        var events = Events("RFE/RL, November 30, 2011\n\nKazakh police have arrested six suspected associates of an alleged terrorist who killed seven people in the southern city of Taraz.");

        Assert.Equal(EventType.Arrest, Assert.Single(events).Type);
    }

    [Fact]
    public void AThreatToAttackIsNotAnAttack()
    {
        var events = Events("On July 23, Russia’s ORT television asserted that numerous militants were gathering on the Tajik side of the border, ready to attack Kyrgyzstan at any moment.");

        var warning = Assert.Single(events);
        Assert.Equal(EventType.Warning, warning.Type);
        Assert.Equal(["ORT"], warning.Actors);
    }

    [Fact]
    public void ADenialIsDatedAndBelongsToTheSpeakersCountry()
    {
        var events = Events("On July 25, Tajikistan’s Security Council Secretary Amirkul Azimov indignantly denied that IMU militants are using Tajik territory.");

        var denial = Assert.Single(events);
        Assert.Equal(EventType.Denial, denial.Type);
        Assert.Equal("--07-25", denial.Date?.ToString());
        Assert.Equal("TJ", denial.Place.Country);
        Assert.Equal(["Amirkul Azimov"], denial.Actors);
    }

    [Fact]
    public void ADenialBySpeakersFromOutsideTheRegionIsPlacedNowhere()
    {
        var events = Events("Kazinform, May 20, 2014\n\nReports said Tashkent would host a foreign air base. The U.S. Central Command has denied these reports.");

        var denial = Assert.Single(events, e => e.Type == EventType.Denial);
        Assert.Null(denial.Place.Country);
    }

    [Fact]
    public void CasualtiesInTheNextSentenceJoinTheAttack()
    {
        var events = Events("By Fuad Mukhtarli September 1, 2017\n\nA watershed moment came in June 2016, when a group of radicals carried out an armed attack on two gun shops and a military unit in Aktobe, Kazakhstan. Three servicemen and five civilians were killed in the attacks, which rattled leaders in Astana.");

        var attack = Assert.Single(events);
        Assert.Equal(EventType.Attack, attack.Type);
        Assert.Equal("2016-06", attack.Date?.ToString());
        Assert.Equal(("KZ", "Aktobe"), (attack.Place.Country, attack.Place.Admin1));
        Assert.Equal(8, attack.Fatalities);
    }

    [Fact]
    public void AVisitAndTheAgreementSignedDuringItAreTwoEvents()
    {
        var events = Events("By Fuad Mukhtarli September 1, 2017\n\nDuring Mirziyoyev’s visit to Astana in March, the two sides signed seven documents that outlined cooperation in areas including transportation and defense.");

        Assert.Equal([EventType.Agreement, EventType.Visit], events.Select(e => e.Type).Order());
        Assert.All(events, e => Assert.Equal(("2017-03", "KZ", "Astana"), (e.Date?.ToString(), e.Place.Country, e.Place.Location)));
    }

    [Theory]
    [InlineData("Before leaving for Bishkek, Bordyuzha had visited Tajikistan's capital, Dushanbe, officials said.", "TJ", "Dushanbe")]
    [InlineData("A delegation from Tashkent arrived in Osh on Monday.", "KG", "Osh")]
    [InlineData("Rahmon visited Uzbekistan on Monday.", "UZ", null)]
    public void AVisitTakesPlaceWhereTheVisitorWent(string sentence, string country, string? location)
    {
        var visit = Assert.Single(Events($"Reuters, January 29, 2014\n\n{sentence}"), e => e.Type == EventType.Visit);

        Assert.Equal((country, location), (visit.Place.Country, visit.Place.Location));
    }

    [Fact]
    public void AnUndatedStatementIsMadeAsTheReportTellsItNotOnTheDayTheNarrativeReached()
    {
        var events = Events("Kazinform, May 20, 2014\n\nUzbek border guards clashed with smugglers on September 10, 2012. The U.S. Central Command has denied these reports.");

        var denial = Assert.Single(events, e => e.Type == EventType.Denial);
        Assert.Equal("2014-05-20", denial.Date?.ToString());
    }

    [Fact]
    public void IncursionsInTwoYearsAreTwoEvents()
    {
        var events = Events("Publication: Monitor\n\nThe network reported from Kyrgyzstan’s Batken Region, scene of the IMU’s incursions in 1999 and 2000 from Tajik territory.");

        Assert.Equal(["1999", "2000"], events.Where(e => e.Type.IsViolent()).Select(e => e.Date?.ToString()));
    }

    [Fact]
    public void ArrestsCountTheDetained()
    {
        var events = Events("Two foreign nationals were arrested as they prepared to perform during the celebrations. Several Kyrgyz nationals were also detained on suspicion of terrorism.");

        Assert.Equal(2, events.Count(e => e.Type == EventType.Arrest));
        Assert.Equal(2, events[0].Arrested);
    }

    [Fact]
    public void APlanPresentedAtAConferenceTakesTheConferencesDateAndPlace()
    {
        const string text = "Dushanbe, 21 October 2022 (TDI): The minister spoke.\n\nThe Conference was held on October 18, 2022, in Dushanbe, Tajikistan.\n\nMoreover, the attendees were apprised of the Uzbek President’s plan to establish a unified electronic network on cyberterrorism in Central Asia.";

        var initiative = Assert.Single(Events(text), e => e.Type == EventType.Initiative);

        Assert.Equal("2022-10-18", initiative.Date?.ToString());
        Assert.Equal(("TJ", GeoPrecision.Exact), (initiative.Place.Country, initiative.Place.Precision));
    }

    [Fact]
    public void APrisonRiotIsNoProtest()
    {
        var events = Events("AFP, March 2, 2021\n\nAt least nine people were killed in a riot at a prison near Khujand on Sunday, officials said.");

        Assert.DoesNotContain(events, e => e.Type == EventType.Protest);
        Assert.Contains(events, e => e.Type.IsViolent());
    }

    [Fact]
    public void AProposalIsDatedWhenMadeNotByTheYearItPlansFor()
    {
        const string text = "Kabar, 9 May 2019\n\nAt the meeting, the ministers proposed holding joint anti-terror drills in 2019.";

        var initiative = Assert.Single(Events(text), e => e.Type == EventType.Initiative);

        Assert.NotEqual("2019", initiative.Date?.ToString());
    }

    [Fact]
    public void TheDayAfterAClauseDatesTheClauseTheDayBefore()
    {
        const string text = "Publication: Monitor\n\nOn July 25-26, gunmen twice attacked a military outpost in the Batken Region. It came the day after Kazakh President Nursultan Nazarbaev, on an official visit to Bishkek, declared his solidarity with Kyrgyzstan.";

        var visit = Assert.Single(Events(text), e => e.Type == EventType.Visit);

        Assert.Equal("--07-24", visit.Date?.ToString());
        Assert.Equal("Bishkek", visit.Place.Location);
    }
}

public class EventExtractorOnUnseenReportsTests
{
    [Fact]
    public void ASuicideBombingOnTuesdayIsDatedFromThePublicationDateAndCountsBothWays()
    {
        const string text = "Suicide bomber kills police officer in Khujand\n\nPublished: 5 September 2018\n\nA suicide bomber blew himself up at a police checkpoint on the outskirts of Khujand in northern Tajikistan on Tuesday, killing one police officer and wounding three others, Tajikistan's Interior Ministry said.";

        var bombing = Assert.Single(Run.All(text).Events);

        Assert.Equal(EventType.SuicideBombing, bombing.Type);
        Assert.Equal("2018-09-04", bombing.Date?.ToString());
        Assert.Equal(("TJ", "Sughd", "Khujand"), (bombing.Place.Country, bombing.Place.Admin1, bombing.Place.Location));
        Assert.Equal((1, 3), (bombing.Fatalities, bombing.Injured));
    }

    [Fact]
    public void AClashPlacedInARegionNamedWithItsCountryRatherThanTheDateline()
    {
        const string text = "Kyrgyz, Tajik Border Guards Clash Again\n\nApril 29, 2021\n\nBISHKEK -- At least 13 people were killed in clashes between Kyrgyz and Tajik border guards near the village of Kok-Tash in Kyrgyzstan's Batken region on April 29, officials said.";

        var clash = Assert.Single(Run.All(text).Events);

        Assert.Equal(EventType.ArmedClash, clash.Type);
        Assert.Equal("2021-04-29", clash.Date?.ToString());
        Assert.Equal(("KG", "Batken"), (clash.Place.Country, clash.Place.Admin1));
        Assert.Equal(13, clash.Fatalities);
    }

    [Fact]
    public void APhoneCallAndTheCeaseFireItProducedAreBothEvents()
    {
        var events = Run.All("Kyrgyz President Sadyr Japarov spoke by phone with Tajik President Emomali Rahmon, and the two sides agreed to a cease-fire.").Events;

        Assert.Equal([EventType.Agreement, EventType.Meeting], events.Select(e => e.Type).Order());
    }

    [Fact]
    public void ACourtSentenceOnMondayNamesTheGroupWithItsParticle()
    {
        const string text = "Tashkent, 14 March 2023 (Kun.uz): The Tashkent city court on Monday sentenced twelve men to prison terms for membership in Hizb ut-Tahrir.";

        var draft = Run.All(text);
        var sentence = Assert.Single(draft.Events);

        Assert.Equal((EventType.Sentencing, "2023-03-13", "Tashkent"), (sentence.Type, sentence.Date?.ToString(), sentence.Place.Admin1));
        Assert.Contains(draft.Entities, e => e.Name == "Hizb ut-Tahrir");
        Assert.DoesNotContain(draft.Entities, e => e.Name.StartsWith("The ", StringComparison.Ordinal));
    }

    [Fact]
    public void ADayNamedForTheClauseDatesADenialOverABareYearNearerTheVerb()
    {
        var events = Run.All("Published: 5 March 2021\n\nOn March 3, Kazakh Interior Minister Yerlan Turgumbayev dismissed the warning on the grounds that armed groups would be no match for the police this year. A border service spokesman, while also dismissing the warning, conceded that small armed groups stood near the border.").Events;

        // Whether the spokesman's denial is another happening or the same one told again is the event model's to say.
        var denials = events.Where(e => e.Type == EventType.Denial).ToList();
        var minister = Assert.Single(denials, d => d.Actors.Contains("Yerlan Turgumbayev"));
        Assert.Equal("2021-03-03", minister.Date?.ToString());
        Assert.DoesNotContain(denials, d => d.Date?.ToString() == "2021");
    }

    [Theory]
    [InlineData("On 3 May 2024, police arrested five men in Osh.")]
    [InlineData("On May 3, 2024, police arrested five men in Osh.")]
    [InlineData("May 3, 2024: police arrested five men in Osh.")]
    public void TheMonthMayIsNotTheModalAndItsDayIsNotACount(string text)
    {
        var arrest = Assert.Single(Run.All(text).Events);

        Assert.Equal((EventType.Arrest, "2024-05-03", 5), (arrest.Type, arrest.Date?.ToString(), arrest.Arrested));
    }

    [Fact]
    public void TheModalMayStillMakesAnAttackHypothetical() =>
        Assert.DoesNotContain(Run.All("Militants may attack Osh before the elections, police said.").Events, e => e.Type == EventType.Attack);

    [Fact]
    public void TheNationalityOfVictimsIsNotWhereItHappened()
    {
        var draft = Run.All("BISHKEK, Kyrgyzstan (AP) _ The militants have taken a number of hostages, including four Japanese geologists, in the Batken region.");

        var abduction = Assert.Single(draft.Events, e => e.Type == EventType.Abduction);
        Assert.Equal("KG", abduction.Place.Country);
    }

    [Fact]
    public void AnAmbassadorsPostIsNotWhereTheFightingWas()
    {
        var draft = Run.All("Kyrgyzstan's ambassador to Russia said Friday that two government troops and 10 rebels had been killed in the fighting.");

        Assert.All(draft.Events, e => Assert.NotEqual("RU", e.Place.Country));
    }

    [Fact]
    public void AnUndatedArrestInTheLeadHappenedInTheReportsMonth()
    {
        var draft = Run.All("RFE/RL, November 30, 2011\n\nASTANA -- Kazakh police have arrested six suspected associates of a gunman.\n\nThe six were detained in the city of Taraz, officials said.");

        var lead = Assert.Single(draft.Events, e => e.Evidence.StartsWith("ASTANA", StringComparison.Ordinal));
        Assert.Equal((EventType.Arrest, "2011-11"), (lead.Type, lead.Date?.ToString()));
    }

    [Theory]
    [InlineData("", "2012-09-21")]
    [InlineData("\n\nThe four are suspected of an attack on a police station on September 12, 2011.", "2012-09-21")]
    [InlineData("\n\nThe four are suspected of an attack on a police station on September 19.", "2012-09")]
    [InlineData("\n\nPolice said on Wednesday that the four had been armed.", "2012-09")]
    [InlineData("\n\nNo group has claimed the overnight raid.", "2012-09-21")]
    [InlineData("\n\nNo group has claimed the overnight raid.\n\nOfficials gave no names.\n\nThe four had crossed from Kazakhstan's west on September 19.", "2012-09-21")]
    public void AnUndatedLeadHappenedOnTheReportsDayUnlessItOrTheNextSentenceNamesADayOfTheWeekBefore(string later, string leadDate)
    {
        var draft = Run.All($"RFE/RL, September 21, 2012\n\nSecurity forces have killed four suspected terrorists in a special operation near Atyrau.{later}");

        var lead = Assert.Single(draft.Events, e => e.Evidence.StartsWith("Security forces", StringComparison.Ordinal));
        Assert.Equal(leadDate, lead.Date?.ToString());
    }

    [Fact]
    public void TalksToldUndatedAfterADatedClashHappenedInItsMonthNotOnItsDay()
    {
        var draft = Run.All("RFE/RL, July 27, 2012\n\nGovernment forces clashed with militants in Khorog on July 24, killing 12 soldiers. Local elders have held talks with the militants' commanders in the town.");

        var talks = Assert.Single(draft.Events, e => e.Type == EventType.Meeting);
        Assert.Equal("2012-07", talks.Date?.ToString());
        Assert.Equal("2012-07-24", Assert.Single(draft.Events, e => e.Type.IsViolent()).Date?.ToString());
    }

    // Told the day before the report, the killing may have been that day or earlier: the month, not the telling's day.
    // Told on the report's own day it is that day's news ("Tajikistan said Thursday that four more militants had been killed" on a Thursday).
    [Fact]
    public void TheDayOfTheTellingDoesNotDateTheKilling()
    {
        var draft = Run.All("AFP, May 21, 2019\n\nDUSHANBE, Tajikistan: At least 32 people were killed in a prison riot in Tajikistan, authorities said Monday.");

        Assert.All(draft.Events, e => Assert.Equal("2019-05", e.Date?.ToString()));
    }

    [Fact]
    public void ADateInARelativeClauseBelongsToItsOwnHappening()
    {
        var draft = Run.All("RFE/RL, December 17, 2011\n\nThe president has issued a decree enforcing a state of emergency in Zhanaozen, a western Kazakh town where at least 11 people were shot dead on December 16.");

        var decree = Assert.Single(draft.Events, e => e.Type == EventType.Legislation);
        Assert.NotEqual("2011-12-16", decree.Date?.ToString());
    }

    [Fact]
    public void TheDateOfAClauseOnSomeOfThoseTakenIsTheClauses()
    {
        var draft = Run.All("RFE/RL, January 9, 2013\n\nSokh residents clashed with Kyrgyz border guards on January 6. Thirty Kyrgyz citizens were subsequently taken hostage, all of whom were released on January 7.");

        var hostages = Assert.Single(draft.Events, e => e.Type == EventType.Abduction);
        Assert.NotEqual("2013-01-07", hostages.Date?.ToString());
    }

    [Fact]
    public void ARelativeClauseClosedByACommaLeavesTheDateToTheHappening()
    {
        var draft = Run.All("RIA Novosti, June 24, 2010\n\nClashes between ethnic Kyrgyz and Uzbeks, who account for about 15% of the population, broke out in the southern city of Osh on June 11.");

        var clashes = Assert.Single(draft.Events);
        Assert.Equal("2010-06-11", clashes.Date?.ToString());
    }

    [Theory]
    [InlineData("Militants occupied five villages in the Batken region on Sunday.", EventType.ArmedClash)]
    [InlineData("Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash on Thursday.", EventType.ArmedClash)]
    [InlineData("A man set off an explosive device in the city of Taraz on Saturday.", EventType.RemoteViolence)]
    [InlineData("A parked truck exploded near the customs office in Isfara on Friday, wounding two guards.", EventType.RemoteViolence)]
    [InlineData("A resident of the village of Chorkuh was shot dead on Tuesday.", EventType.Attack)]
    [InlineData("Border guards shot and wounded a shepherd near the village of Kayragach on Tuesday.", EventType.Attack)]
    [InlineData("A police patrol came under fire near the village of Kayragach on Tuesday.", EventType.ArmedClash)]
    [InlineData("The former commander surrendered to the authorities in Khorog on August 12.", EventType.Arrest)]
    [InlineData("A march was held in Khorog on Wednesday morning.", EventType.Protest)]
    [InlineData("Kyrgyzstan has appealed to its neighbours for weapons to fight the militants.", EventType.Initiative)]
    [InlineData("The Russian defence minister arrived in Dushanbe on Monday.", EventType.Visit)]
    public void PhrasingsOfRealReportsAreEvents(string sentence, EventType type)
    {
        var events = Run.All($"Asia-Plus, July 24, 2013\n\n{sentence}").Events;

        Assert.Contains(events, e => e.Type == type);
    }

    [Fact]
    public void APlaceInTheChargeIsNotWhereTheTrialWas()
    {
        var draft = Run.All("AFP, May 20, 2019\n\nA Dushanbe court sentenced the 20-year-old to ten years in prison for attempting to join IS in Syria.");

        var sentence = Assert.Single(draft.Events, e => e.Type == EventType.Sentencing);
        Assert.Equal("TJ", sentence.Place.Country);
    }

    [Theory]
    [InlineData("RFE/RL, January 8, 2013\n\nSokh residents clashed with Kyrgyz border guards in the village of Sokh on January 6.", EventType.Protest, EventType.ArmedClash)]
    [InlineData("AP, May 2, 2021\n\nHundreds of villagers fled their homes near Vorukh on Thursday as Kyrgyz and Tajik troops exchanged gunfire across the border.", EventType.ArmedClash, EventType.Protest)]
    public void CiviliansClashAsARiotAndTroopsTradingGunfireAsABattle(string text, EventType reported, EventType notReported)
    {
        var events = Run.All(text).Events;

        Assert.Contains(events, e => e.Type == reported);
        Assert.DoesNotContain(events, e => e.Type == notReported);
    }

    [Fact]
    public void AnArrestNamedInPassingIsNoArrest() =>
        Assert.DoesNotContain(Run.All("Reuters, June 22, 2010\n\nThe detained man is accused of setting fire to a police car in Osh last spring.").Events, e => e.Type == EventType.Arrest);

    [Fact]
    public void OfficialsSayingWhatMayComeWarn()
    {
        var events = Run.All("Reuters, June 22, 2010\n\nInterior Ministry spokesman Rustam Nazarov said the militants could strike again before the elections.").Events;

        Assert.Contains(events, e => e.Type == EventType.Warning);
    }

    [Theory]
    [InlineData("Kyrgyz border guards fired warning shots, and the driver got out of his car, Baizakov said.", EventType.Warning)]
    [InlineData("The country's defense minister was dismissed over the hostage crisis.", EventType.Denial)]
    [InlineData("The trial has been held in secrecy, a fact that has denied the public any opportunity to understand it.", EventType.Denial)]
    [InlineData("Interior Ministry spokesman Rustam Nazarov said the militants had lived in the village for two years.", EventType.Warning)]
    public void WordsOfAnotherSenseAreNoStatements(string sentence, EventType type) =>
        Assert.DoesNotContain(Run.All($"Reuters, June 22, 2010\n\n{sentence}").Events, e => e.Type == type);

    [Fact]
    public void ABirthYearDatesNoSentence()
    {
        var sentencing = Assert.Single(Run.All("Reuters, June 22, 2010\n\nAbdunabi Abdulkodirov, born in 1965, and Yahyo Rahmonov, born in 1985, were sentenced to 20 years.").Events);

        Assert.NotEqual("1985", sentencing.Date?.ToString());
        Assert.NotEqual("1965", sentencing.Date?.ToString());
    }

    [Theory]
    [InlineData("Tolekan Ismailova, a campaigner, said by telephone from Osh that four people had been killed.")]
    [InlineData("\"Now I do not know how I am going to return home,\" the 22-year-old woman told AFP by telephone.")]
    [InlineData("During a security operation, law enforcement forces were met with armed resistance in the village of Nariman.")]
    public void SayingByTelephoneAndMeetingResistanceAreNoMeetings(string sentence)
    {
        var events = Run.All($"Reuters, June 22, 2010\n\n{sentence}").Events;

        Assert.DoesNotContain(events, e => e.Type == EventType.Meeting);
    }

    [Fact]
    public void MilitantsCapturingVillagesMakeNoArrest()
    {
        var events = Run.All("AP, August 28, 1999\n\nThe militants have captured several villages and taken a number of hostages in the Batken region.").Events;

        Assert.DoesNotContain(events, e => e.Type == EventType.Arrest);
    }

    [Fact]
    public void ViolenceWithNeitherDateNorPlaceAfterADatedOneIsNoHappeningOfItsOwn()
    {
        var events = Run.All("Interfax, March 3, 2015\n\nGunmen attacked a checkpoint in Isfara on March 2, killing two border guards.\n\nOfficials are still studying the attack's timing and the weapons used in attacks on checkpoints.").Events;

        Assert.Single(events, e => e.Type.Family() == EventFamily.Violence);
    }

    [Theory]
    [InlineData("The president declared a month-long state of emergency in the region on Saturday.", EventType.Legislation)]
    [InlineData("The city headquarters announced the introduction of an anti-terrorist operation regime in the district on Monday.", EventType.Legislation)]
    [InlineData("The gunfire has stopped and border guards from both sides are having talks, the official said on Monday.", EventType.Meeting)]
    [InlineData("The Osh City Court on Monday handed down a six-year sentence to a man for recruiting fighters.", EventType.Sentencing)]
    [InlineData("The interior minister flew to Osh on Monday on the orders of the president.", EventType.Visit)]
    [InlineData("The ministry said on Monday that all rumours of new bases were groundless.", EventType.Denial)]
    [InlineData("The guides had been captured by about 30 militants on Monday while touring the mountains.", EventType.Abduction)]
    [InlineData("A decision was taken on Monday on holding a joint border operation of the member states.", EventType.Initiative)]
    public void CommonWordingsOfAHappeningAreFound(string sentence, EventType type)
    {
        var events = Run.All($"Reuters, June 22, 2010\n\n{sentence}").Events;

        Assert.Contains(events, e => e.Type == type);
    }

    [Fact]
    public void AVisitBetweenTwoCountriesTakesPlaceWhereTheVisitorWent()
    {
        var events = Run.All("Reuters, March 7, 2017\n\nOn the first day of his official visit to Turkmenistan on March 6, Uzbekistan's President Shavkat Mirziyoyev held talks with Turkmenistan's President Gurbanguly Berdymukhammedov.").Events;

        var visit = Assert.Single(events, e => e.Type == EventType.Visit);
        Assert.Equal(("TM", "2017-03-06"), (visit.Place.Country, visit.Date?.ToString()));
    }

    [Fact]
    public void TalksHeldDuringAVisitAreAMeetingBesideTheVisit()
    {
        var events = Run.All("Trend, October 4, 2019\n\nDuring his two-day state visit to Kazakhstan on October 3, the Kyrgyz president held talks with his counterpart on water sharing.").Events;

        Assert.Equal([EventType.Meeting, EventType.Visit], events.Select(e => e.Type).Order());
    }

    [Fact]
    public void ADatelineCityAbroadIsWhereTheReportWasFiledNotWhereItHappened()
    {
        var events = Run.All("AP, April 30, 2021\n\nMOSCOW (AP) - Border guards clashed on the border between Kyrgyzstan and Tajikistan on Thursday, killing 40 people.").Events;

        var fighting = Assert.Single(events, e => e.Type.Family() == EventFamily.Violence);
        Assert.NotEqual("RU", fighting.Place.Country);
    }

    [Fact]
    public void APlaceNamedAboveTheDatelineIsWhereItHappened()
    {
        var events = Run.All("AP, April 30, 2021\n\nRussia's troops in Dushanbe clashed with gunmen on Thursday, killing four people.\n\nMOSCOW (AP) - The Russian Defence Ministry confirmed the fighting.").Events;

        var fighting = Assert.Single(events, e => e.Type.Family() == EventFamily.Violence);
        Assert.Equal(("TJ", "Dushanbe"), (fighting.Place.Country, fighting.Place.Location));
    }

    [Fact]
    public void TheDayOfAStatementDoesNotDateWhatItTells()
    {
        var events = Run.All("RFE/RL, January 27, 2022\n\nTASHKENT -- The Tashkent city police department said in a statement on January 26 that officers apprehended nearly 30 people suspected of being members of a banned group.").Events;

        var arrest = Assert.Single(events, e => e.Type == EventType.Arrest);
        Assert.NotEqual("2022-01-26", arrest.Date?.ToString());
    }

    [Fact]
    public void WhereInvadersCameFromIsNotWhereTheyStruck()
    {
        var events = Run.All("AP, September 3, 1999\n\nSix climbing guides were freed in southern Kyrgyzstan on Thursday.\n\nThose militants invaded 12 days ago from neighboring Tajikistan and took 13 hostages.").Events;

        var abduction = Assert.Single(events, e => e.Type == EventType.Abduction);
        Assert.NotEqual("TJ", abduction.Place.Country);
    }

    [Fact]
    public void TheDateOfWhatSomeoneIsChargedWithIsNotTheDateOfTheVerdict()
    {
        var events = Run.All("Eurasianet, April 25, 2023\n\nA court in Kazakhstan has sentenced the former security chief to 18 years in prison over his role in the unrest of January 2022.").Events;

        var sentencing = Assert.Single(events, e => e.Type == EventType.Sentencing);
        Assert.NotEqual("2022-01", sentencing.Date?.ToString());
    }

    [Fact]
    public void TheCountryAcrossTheBorderIsNotWhereAStatementWasMade()
    {
        var events = Run.All("RFE/RL, February 17, 2011\n\nA border official, Rahmatullo Rahmatulloev, said all rumors that Russian guards will again guard the southern border with Afghanistan are without foundation.").Events;

        var denial = Assert.Single(events, e => e.Type == EventType.Denial);
        Assert.NotEqual("AF", denial.Place.Country);
    }

    [Fact]
    public void EachMonthAViolentSentenceListsIsAHappeningOfItsOwn()
    {
        var events = Run.All("VOA, November 6, 2019\n\nThe group claimed responsibility for an attack that killed four cyclists in southern Tajikistan in July 2018 and for two deadly prison riots in November 2018 and May 2019.").Events;

        Assert.Equal(["2018-07", "2018-11", "2019-05"], events.Where(e => e.Type.Family() == EventFamily.Violence).Select(e => e.Date?.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheDrillsNamedLaterAreTheExerciseTheReportIsAbout()
    {
        var events = Run.All("Kun.uz, October 12, 2024\n\nTASHKENT -- The joint military exercises between Uzbekistan and Kazakhstan, known as Cooperation-2024, have successfully concluded at the Forish range.\n\nSome 300 servicemen took part.\n\nArtillery and aircraft were used.\n\nThe troops practised defence of the border.\n\nThe weather was cold.\n\nAt the conclusion of the drills, both nations top military officials commended the professionalism and contribution of their respective armed forces.").Events;

        Assert.Single(events, e => e.Type == EventType.MilitaryExercise);
    }

    [Fact]
    public void AYearlessDatelineDatesTheWeekdaysOfAReportCreditedOnlyWithItsMonth()
    {
        var draft = Run.All("Woman blows herself up\nDawn (Reuters), October 2005\n\nDUSHANBE, Oct 9: A woman blew herself up with a grenade at the Emergencies Ministry in Tajikistan on Sunday, police said.");

        Assert.Equal("2005-10-09", Assert.Single(draft.Events).Date?.ToString());
    }

    [Fact]
    public void ALeadWithNoDateButTheDatelinesHappensOnTheDatelinesDay()
    {
        var draft = Run.All("Base holds drills\nRIA Novosti, 2007\n\nDUSHANBE, February 27 (RIA Novosti) - Police detained three men in Dushanbe, the ministry said.");

        Assert.Equal("2007-02-27", Assert.Single(draft.Events).Date?.ToString());
    }

    [Fact]
    public void WhatTheSidesWereTaskedWithAtASummitSignedAtTheDatelinesCityHappenedThere()
    {
        var events = Run.All("Kazakhstan and Uzbekistan sign allied treaty\nKazinform, June 4, 2024\n\nASTANA. June 4 (Kazinform) - Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev have signed a treaty on allied relations, the Akorda press service reported on Tuesday.\n\n\"The defence ministries were tasked with drafting a plan of joint drills,\" the Uzbek leader said.").Events;

        var tasked = Assert.Single(events, e => e.Type == EventType.Initiative);
        Assert.Equal(("KZ", "Astana", "2024-06-04"), (tasked.Place.Country, tasked.Place.Location, tasked.Date?.ToString()));
    }

    [Fact]
    public void ATripToAPlaceWithNoCountryIsStillAVisit()
    {
        var events = Run.All("Border post attacked\nVOA, November 6, 2019\n\nDUSHANBE - Militants attacked a border post in Tajikistan on Wednesday, killing a border guard.\n\nThe attack came while President Emomali Rahmon was away on a state visit to Europe.").Events;

        Assert.Single(events, e => e.Type == EventType.Visit);
    }

    [Fact]
    public void DocumentsSignedAtAMeetingTheLeadPlacesInATownWithNoDatelineWereSignedThere()
    {
        var events = Run.All("Xinhua, October 12, 2023\n\nThe meeting of the CSTO defence ministers council was held Wednesday in the Kyrgyz capital Bishkek.\n\nThe ministers discussed the situation on the Tajik-Afghan border.\n\nThey also signed five documents on joint air defence.").Events;

        var signed = Assert.Single(events, e => e.Type == EventType.Agreement);
        Assert.Equal(("KG", "Bishkek", "2023-10-11"), (signed.Place.Country, signed.Place.Location, signed.Date?.ToString()));
    }

    [Fact]
    public void TalksOfABodyOfOneCountryWithAnotherCountryTakePlaceInNeither()
    {
        var events = Run.All("Asia-Plus, August 6, 2020\n\nBorder guards of the two countries exchanged fire near the village of Chorkuh on Thursday, officials said.\n\nOfficials of the State Border Service of Kyrgyzstan met colleagues from Tajikistan at a crossing point on Thursday.").Events;

        var talks = Assert.Single(events, e => e.Type == EventType.Meeting);
        Assert.Null(talks.Place.Country);
    }
}
