using Caravan.Core.Entities;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Model;

namespace Caravan.Extraction.Tests.Knowledge;

public class KnowledgeBaseTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Default;

    [Theory]
    [InlineData("Termez", "UZ", "Surkhandarya")]
    [InlineData("Andijan", "UZ", "Andijan")]
    [InlineData("Astana", "KZ", "Astana")]
    [InlineData("Osh", "KG", "Osh")]
    [InlineData("Khorog", "TJ", "Gorno-Badakhshan")]
    [InlineData("Mazar-i-Sharif", "AF", "Balkh")]
    public void CitiesResolveToCountryAndRegionInConventionalEnglish(string name, string country, string admin1)
    {
        var place = Knowledge.Find(name)?.Place;

        Assert.NotNull(place);
        Assert.Equal((country, admin1), (place.Country, place.Admin1));
        Assert.NotNull(place.Latitude);
    }

    [Theory]
    [InlineData("Urgut", "Samarkand")]
    [InlineData("Zomin", "Jizzakh")]
    [InlineData("Kogon", "Bukhara")]
    public void UzbekTownsAreNamedWithoutTheirRegistersWordForTown(string name, string admin1)
    {
        var place = Knowledge.Find(name)?.Place;

        Assert.Equal(name, place?.Name);
        Assert.Equal(admin1, place?.Admin1);
        Assert.Null(Knowledge.Find($"{name} Shahri"));
    }

    [Theory]
    [InlineData("Surkhardarinsk", "Surkhandarya")]
    [InlineData("Surxondaryo", "Surkhandarya")]
    [InlineData("Jambyl", "Zhambyl")]
    [InlineData("Dzhalal-Abad", "Jalal-Abad")]
    public void RegionVariantsResolve(string variant, string admin1) =>
        Assert.Equal(admin1, Knowledge.Find(variant)?.Place?.Admin1);

    [Fact]
    public void ShortAcronymsMatchOnlyInCapitals()
    {
        Assert.Equal("Islamic State", Knowledge.Find("IS")?.Canonical);
        Assert.Null(Knowledge.Find("Is"));
    }

    [Fact]
    public void AnAcronymWithItsLastFullStopSplitOffIsTheListedOne()
    {
        // "the U.S." ending a sentence, or "U.S. officials" tokenized as "U.S" and "."
        Assert.Equal("United States", Knowledge.Find("U.S")?.Canonical);
        Assert.Equal("United States", Knowledge.Find("U.S.")?.Canonical);
        Assert.Null(Knowledge.Find("u.s"));
    }

    [Fact]
    public void DemonymsAreMarked()
    {
        var kyrgyz = Knowledge.Find("Kyrgyz");

        Assert.NotNull(kyrgyz);
        Assert.True(kyrgyz.IsDemonym);
        Assert.Equal((EntityType.Gpe, "KG", PlaceKind.Country), (kyrgyz.Type, kyrgyz.Country, kyrgyz.Place?.Kind));
    }
}
