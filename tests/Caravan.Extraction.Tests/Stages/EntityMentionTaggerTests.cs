using Caravan.Core.Entities;
using Caravan.Extraction.Stages;

namespace Caravan.Extraction.Tests.Stages;

public class EntityMentionTaggerTests
{
    private static List<(string Text, EntityType Type)> Mentions(string text) =>
        [.. Run.Until<EntityMentionTagger>("Header line.\n\n" + text).Mentions.Select(m => (m.Text, m.Type))];

    [Fact]
    public void TitleBeforeANameMakesAPerson()
    {
        var mentions = Mentions("Uzbekistani Foreign Minister Abdulaziz Kamilov September 15 in Bishkek announced plans for further co-operation.");

        Assert.Contains(("Abdulaziz Kamilov", EntityType.Person), mentions);
        Assert.Contains(("Uzbekistani", EntityType.Gpe), mentions);
        Assert.Contains(("Bishkek", EntityType.Gpe), mentions);
    }

    [Fact]
    public void AMakersModelIsNoName()
    {
        var mentions = Mentions("Two Sukhoi Su-30 fighters and four Mi-24s helicopters flew over Termez, and a GAZ-24 car exploded near Dushanbe.");

        Assert.DoesNotContain(mentions, m => m.Text.Contains("Su-30", StringComparison.Ordinal) || m.Text.Contains("Mi-24s", StringComparison.Ordinal) || m.Text.Contains("GAZ-24", StringComparison.Ordinal));
        Assert.Contains(("Termez", EntityType.Gpe), mentions);
    }

    [Fact]
    public void AMonthInCapitalsIsNoName()
    {
        var mentions = Mentions("OSH, JUNE 14, AKIPRESS: Border guards of Kyrgyzstan detained two men.");

        Assert.DoesNotContain(mentions, m => m.Text.Contains("JUNE", StringComparison.Ordinal));
    }

    [Fact]
    public void HeadNounsTypeUnknownNames()
    {
        var mentions = Mentions("Army and border troops are now combing the area near the Gemush Pass. A Kyrgyz Defense Ministry spokesman conceded that.");

        Assert.Contains(("Gemush Pass", EntityType.Loc), mentions);
        Assert.Contains(("Kyrgyz Defense Ministry", EntityType.Org), mentions);
        Assert.DoesNotContain(mentions, m => m.Text == "Army");
    }

    [Fact]
    public void ACountrysBodyNamedInLowerCaseIsAnOrganisation()
    {
        var mentions = Mentions("Kazakh police detained two men, and the Tajik border service said the Kyrgyz border guards opened fire.");

        Assert.Contains(("Kazakh police", EntityType.Org), mentions);
        Assert.Contains(("Kazakh", EntityType.Gpe), mentions);
        Assert.Contains(("Tajik border service", EntityType.Org), mentions);
        Assert.DoesNotContain(mentions, m => m.Text == "Kyrgyz border guards");
    }

    [Theory]
    [InlineData("The military exercise dubbed Poisk 2021 (Search 2021) will be held near Termez.", "Poisk")]
    [InlineData("Servicemen taking part in the Vzaimodeystviye 2021 exercise will practise missions near Termez.", "Vzaimodeystviye")]
    [InlineData("There are the drills of intelligence units and the logistics ‘Echelon’ near Dushanbe.", "Echelon")]
    public void WhatAnExerciseIsCalledIsNoEntity(string sentence, string name)
    {
        var mentions = Mentions(sentence);

        Assert.DoesNotContain(mentions, m => m.Text.Contains(name, StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Type == EntityType.Gpe);
    }

    [Fact]
    public void ARegionWithItsDirectionInLowerCaseIsTheRegion()
    {
        var mentions = Mentions("The SCO fights terrorism in central Asia and in the central Asian country of Tajikistan.");

        Assert.Contains(("central Asia", EntityType.Loc), mentions);
        Assert.DoesNotContain(mentions, m => m.Text is "Asia" or "Asian" or "central Asian");
    }

    [Fact]
    public void AnOrganisationRightBeforeAPersonIsSplitFromIt()
    {
        var mentions = Mentions("Those detained include the former head of the National Security Committee Keneshbek Duishebayev, officials said.");

        Assert.Contains(("National Security Committee", EntityType.Org), mentions);
        Assert.Contains(("Keneshbek Duishebayev", EntityType.Person), mentions);
    }

    [Theory]
    [InlineData("Four rockets landed on the Majnuntol neighbourhood area on Tuesday.", "Majnuntol")]
    [InlineData("A shot was fired towards the Kyrgyz checkpoint in the Bulak-Bashi area of the Batken region.", "Bulak-Bashi")]
    [InlineData("The chief of the Kyrgyz frontier post “Koktash,” Senior Lieutenant Sher Kabirov, was wounded.", "Koktash")]
    public void APlaceNamedByItsKindIsAPlace(string sentence, string place)
    {
        var mentions = Mentions(sentence);

        Assert.Contains((place, EntityType.Loc), mentions);
    }

    [Fact]
    public void ABodyNamedAfterItsTownIsOneOrganisation()
    {
        var mentions = Mentions("Four gunmen stand trial at the Osh Municipal Court, and two were taken to the Bishkek Research Center of Traumatology.");

        Assert.Contains(("Osh Municipal Court", EntityType.Org), mentions);
        Assert.Contains(("Bishkek Research Center of Traumatology", EntityType.Org), mentions);
        Assert.DoesNotContain(mentions, m => m.Text is "Municipal Court" or "Research Center of Traumatology");
    }

    [Fact]
    public void ANumberedUnitIsAnOrganisation()
    {
        var mentions = Mentions("Russia's 201st military base and the 149th regiment held drills near Dushanbe on 12 May.");

        Assert.Contains(("201st military base", EntityType.Org), mentions);
        Assert.Contains(("149th regiment", EntityType.Org), mentions);
        Assert.DoesNotContain(mentions, m => m.Text.Contains("12", StringComparison.Ordinal));
    }

    [Fact]
    public void AForceIsAnOrganisation()
    {
        var mentions = Mentions("The Russian Air Force and the Collective Rapid Reaction Force held drills near Dushanbe.");

        Assert.Contains(("Russian Air Force", EntityType.Org), mentions);
        Assert.Contains(("Collective Rapid Reaction Force", EntityType.Org), mentions);
    }

    [Fact]
    public void AnUnknownNameBeforeDistrictIsAPlaceNotAPerson()
    {
        var mentions = Mentions("Militants attacked a border post in the Shamsiddin Shohin district of the Khatlon region overnight.");

        Assert.Contains(("Shamsiddin Shohin", EntityType.Gpe), mentions);
        Assert.DoesNotContain(("Shamsiddin Shohin", EntityType.Person), mentions);
    }

    [Fact]
    public void PlatformsAndTheProsecutorsOfficeAreOrganisations()
    {
        var mentions = Mentions("The suspects spread videos via Telegram and YouTube, the Prosecutor-General's Office said.");

        Assert.Contains(("Telegram", EntityType.Org), mentions);
        Assert.Contains(("YouTube", EntityType.Org), mentions);
        Assert.Contains(("Prosecutor-General's Office", EntityType.Org), mentions);
    }

    [Fact]
    public void LexiconKnowsArmedGroupsUnderEveryAlias()
    {
        var mentions = Mentions("All four \"were part of ISIL [the 'Islamic State of Iraq and the Levant'], which recruited them abroad.\"");

        Assert.Contains(("ISIL", EntityType.ArmedGroup), mentions);
        Assert.Contains(("Islamic State of Iraq and the Levant", EntityType.ArmedGroup), mentions);
    }

    [Fact]
    public void ACityNameBeforeASurnameIsAFirstName()
    {
        var mentions = Mentions("Foreign Minister Vladimir Norov also talked about the situation in Afghanistan.");

        Assert.Contains(("Vladimir Norov", EntityType.Person), mentions);
        Assert.DoesNotContain(mentions, m => m.Text == "Vladimir");
    }

    [Fact]
    public void HyphenatedDemonymsAreTwoCountries()
    {
        var mentions = Mentions("Militants were gathering on the Tajik side of the Tajik-Kyrgyz border.");

        Assert.Contains(("Kyrgyz", EntityType.Gpe), mentions);
        Assert.Equal(2, mentions.Count(m => m.Text == "Tajik"));
    }

    [Fact]
    public void ACourtIsNamedAfterItsCity()
    {
        var mentions = Mentions("In Kyrgyzstan, the Osh city court on September 29 sentenced two men.");

        Assert.Contains(("Osh city court", EntityType.Org), mentions);
        Assert.DoesNotContain(mentions, m => m.Text == "Osh City");
    }

    [Fact]
    public void ReligionsAreNeverEntitiesOnTheirOwn()
    {
        var mentions = Mentions("Two foreign nationals were arrested as they prepared to perform during the Muslim celebrations.");

        Assert.DoesNotContain(mentions, m => m.Text == "Muslim");
    }

    [Fact]
    public void EventAndDocumentNamesAreNotEntities()
    {
        var mentions = Mentions("Central Asia has provided the first example by creating a Joint Action Plan for its execution.");

        Assert.DoesNotContain(mentions, m => m.Text.Contains("Plan", StringComparison.Ordinal));
        Assert.Contains(("Central Asia", EntityType.Loc), mentions);
    }

    [Theory]
    [InlineData("Kyrgyz war planes attacked positions near the Abramov glacier.", "Abramov glacier")]
    [InlineData("The troops trained at the Oymash training range last week.", "Oymash training range")]
    [InlineData("The guards were attacked in the Naumin pass area.", "Naumin pass")]
    public void ALandmarkIsNamedWithItsLowerCaseKind(string sentence, string landmark)
    {
        var mentions = Mentions(sentence);

        Assert.Contains((landmark, EntityType.Loc), mentions);
        Assert.DoesNotContain(mentions, m => m.Text == landmark.Split(' ')[0]);
    }

    [Fact]
    public void ANameMadeAnAdjectiveNamesNothing()
    {
        var mentions = Mentions("The Russian-backed president said the Afghanistan-based group and the Soviet-era KGB were to blame during Ramadan.");

        Assert.DoesNotContain(mentions, m => m.Text.Contains("backed", StringComparison.Ordinal) || m.Text.Contains("based", StringComparison.Ordinal) || m.Text.StartsWith("Soviet", StringComparison.Ordinal) || m.Text == "Ramadan");
        Assert.Contains(mentions, m => m.Text == "KGB");
    }

    [Fact]
    public void AMinistryNamedInLowerCaseIsAnOrganisation()
    {
        var mentions = Mentions("Kazakhstan's interior ministry said the police had detained six men.");

        Assert.Contains(("interior ministry", EntityType.Org), mentions);
        Assert.DoesNotContain(mentions, m => m.Text == "police");
    }

    [Fact]
    public void AnOutletsLanguageServiceIsNoEntityOfItsOwn()
    {
        var mentions = Mentions("A reporter told RFE/RL's Tajik Service that the Tajik Border Service had closed the crossing.");

        Assert.DoesNotContain(mentions, m => m.Text == "Tajik Service" || m.Text == "Service");
        Assert.Contains(mentions, m => m.Text.Contains("Border Service", StringComparison.Ordinal));
    }

    [Fact]
    public void TheCountryOfAnOrganisationIsPartOfItsName()
    {
        var mentions = Mentions("The investigating department of the Ministry of Security of Tajikistan has filed a criminal case.");

        Assert.Contains(("Ministry of Security of Tajikistan", EntityType.Org), mentions);
    }

    [Fact]
    public void AnArabicArticleJoinsTheWordsOfOneName()
    {
        var mentions = Mentions("Members of the Jamaat al-Tawhid wal-Jihad group were detained.");

        Assert.Contains(mentions, m => m.Text == "Jamaat al-Tawhid wal-Jihad");
        Assert.DoesNotContain(mentions, m => m.Text == "Jamaat");
    }

    [Fact]
    public void ACityNameThatTheTaggerReadsAsAFirstNameIsNoPlace()
    {
        var mentions = Mentions("The guides were freed on Tuesday, said Vladimir Dolgy, a spokesman for the guides' employer.");

        Assert.DoesNotContain(("Vladimir", EntityType.Gpe), mentions);
    }

    [Fact]
    public void AnOrganisationTheTaggerReadsAcrossAndIsOneName()
    {
        var mentions = Mentions("The Ministry of Health and Social Development of Kyrgyzstan said six people were hurt.");

        Assert.Contains(("Ministry of Health and Social Development of Kyrgyzstan", EntityType.Org), mentions);
    }

    [Fact]
    public void TheRegionACourtSitsInIsNoPartOfItsName()
    {
        var mentions = Mentions("The Kadamjai District Court of the Batken region heard the case.");

        Assert.Contains(("Kadamjai District Court", EntityType.Org), mentions);
        Assert.Contains(("Batken", EntityType.Gpe), mentions);
    }

    [Fact]
    public void ASpeakersTitleIsNoPartOfHisName()
    {
        var mentions = Mentions("Parliament Speaker Kanatbek Isayev said the bill would pass.");

        Assert.Contains(("Kanatbek Isayev", EntityType.Person), mentions);
    }

    [Fact]
    public void PlacesJoinedByASlashAreEachNamed()
    {
        var mentions = Mentions("BISHKEK/DUSHANBE (Reuters) - A gang of armed men killed five people.");

        Assert.Contains(("BISHKEK", EntityType.Gpe), mentions);
        Assert.Contains(("DUSHANBE", EntityType.Gpe), mentions);
    }

    [Fact]
    public void ADatelinesPlaceIsNamedThoughNoGazetteerKnowsIt()
    {
        var draft = Run.Until<EntityMentionTagger>("Border talks\n\nSTEPANAKERT, JUNE 14, ARTSAKHPRESS: Officials met on Monday to discuss the border.");

        Assert.Contains(draft.Mentions, m => m.Text == "STEPANAKERT" && m.Type == EntityType.Gpe);
    }
}
