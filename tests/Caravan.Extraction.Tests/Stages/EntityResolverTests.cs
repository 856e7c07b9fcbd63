using Caravan.Core.Entities;

namespace Caravan.Extraction.Tests.Stages;

public class EntityResolverTests
{
    [Fact]
    public void SurnameResolvesToTheFullNameSaidBefore()
    {
        var draft = Run.All("Kyrgyz President Almazbek Atambayev received him. Mirziyoyev later phoned Atambayev.");

        var atambayev = Assert.Single(draft.Entities, e => e.Name == "Almazbek Atambayev");
        Assert.Equal(EntityType.Person, atambayev.Type);
        Assert.Contains("Atambayev", atambayev.Aliases);
    }

    [Fact]
    public void AliasesOfOneGroupBecomeOneEntity()
    {
        var draft = Run.All("Militants joined the Islamic State, commonly referred to as “IS” or “ISIS.” Some fought for Daesh.");

        var group = Assert.Single(draft.Entities, e => e.Type == EntityType.ArmedGroup);
        Assert.Equal("Islamic State", group.Name);
        Assert.Superset(new HashSet<string> { "Islamic State", "IS", "ISIS", "Daesh" }, group.Aliases.ToHashSet());
    }

    [Fact]
    public void EntitiesThatShareANameAreOne()
    {
        var draft = Run.All("The Russia-led Collective Security Treaty Organization (CSTO) will hold drills in Tajikistan. The exercises of the Collective Security Treaty Organization (CSTO) follow the Taliban's takeover.");

        var csto = Assert.Single(draft.Entities, e => e.Aliases.Contains("CSTO"));
        Assert.Contains("Collective Security Treaty Organization", csto.Aliases);
    }

    [Fact]
    public void APersonNamedOnlyAsACountryIsThatCountry()
    {
        var draft = Run.All("During the visit, Defense Minister of Kazakhstan, Colonel General Marat Ospanov, and his Uzbek counterpart, Major General Bakhodir Tursunov, watched the joint drills near Termez. Kazakhstan will host the next drills.");

        Assert.DoesNotContain(draft.Entities, e => e.Type == EntityType.Person && e.Name == "Kazakhstan");
        Assert.Single(draft.Entities, e => e.Aliases.Contains("Kazakhstan"));
    }

    [Fact]
    public void DemonymsBelongToTheirCountry()
    {
        var draft = Run.All("Uzbekistani and Kyrgyz leaders met. Uzbekistan and Kyrgyzstan signed a memorandum.");

        var uzbekistan = Assert.Single(draft.Entities, e => e.Name == "Uzbekistan");
        Assert.Contains("Uzbekistani", uzbekistan.Aliases);
        Assert.Equal("UZ", uzbekistan.Country);
    }

    [Fact]
    public void ShortOrganisationNameJoinsTheLongOne()
    {
        var draft = Run.All("A Kyrgyz Defense Ministry spokesman disagreed. The Defense Ministry reported that two soldiers were wounded.");

        var ministry = Assert.Single(draft.Entities, e => e.Type == EntityType.Org);
        Assert.Contains("Defense Ministry", ministry.Aliases);
        Assert.Contains("Kyrgyz Defense Ministry", ministry.Aliases);
    }

    [Fact]
    public void TransliterationVariantsOfAPlaceAreOnePlace()
    {
        var draft = Run.All("Extremists recruit in the Fergana Valley. Officials watch the Ferghana Valley closely.");

        var valley = Assert.Single(draft.Entities, e => e.Name == "Fergana Valley");
        Assert.Equal(EntityType.Loc, valley.Type);
        Assert.Contains("Ferghana Valley", valley.Aliases);
    }
}

public class PlaceDisambiguatorTests
{
    [Theory]
    [InlineData("Police in Aksu, in the Xinjiang region of China, detained three men.", "CN")]
    [InlineData("Police in Aksu, a town in northern Kazakhstan, detained three men.", "KZ")]
    public void ACityNameSharedByTwoCountriesFollowsTheCountryNamed(string text, string country)
    {
        var aksu = Run.All(text).Mentions.Single(m => m.Text == "Aksu");

        Assert.Equal(country, aksu.Place?.Country);
    }

    [Theory]
    [InlineData("Tajikistan's Interior Ministry said two men were detained.", "Interior Ministry")]
    [InlineData("The State National Security Committee of Kyrgyzstan detained two men.", "State National Security Committee")]
    public void ABodyNamedWithItsCountryIsAlsoNamedWithout(string text, string alias)
    {
        var entities = Run.All(text).Entities;

        Assert.Contains(entities, e => e.Aliases.Contains(alias));
    }

    [Fact]
    public void AbbreviatedRanksAndWeaponsAreNoNames()
    {
        var entities = Run.All("Col. Gen. Myrzakan Subanov said the gunmen carried Kalashnikov rifles.").Entities;

        Assert.DoesNotContain(entities, e => e.Name is "Col" or "Gen" or "Kalashnikov");
    }

    [Fact]
    public void TheOutletOfACreditLineIsNoEntityButOneToldInTheStoryIs()
    {
        var credited = Run.All("Voice of America, March 29, 2004\n\nPolice detained two men in Tashkent on Monday.").Entities;
        var told = Run.All("Voice of America, March 29, 2004\n\nPolice detained two men in Tashkent on Monday, an official told Voice of America.").Entities;

        Assert.DoesNotContain(credited, e => e.Name == "Voice of America");
        Assert.Contains(told, e => e.Name == "Voice of America");
    }
}
