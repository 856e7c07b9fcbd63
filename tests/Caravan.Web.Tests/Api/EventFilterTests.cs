using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Caravan.Web.Tests.Api;

/// <summary>Event filters as an analyst types them: country names as well as codes, and every bad field named at once.</summary>
public sealed class EventFilterTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private async Task<int> Count(string query) =>
        (await server.Client.GetFromJsonAsync<JsonElement>("/api/events?limit=1000&" + query)).GetProperty("count").GetInt32();

    [Theory]
    [InlineData("Kyrgyzstan")]
    [InlineData("Kyrgyz Republic")]
    [InlineData("kg")]
    [InlineData("Kirghizia")]
    public async Task A_country_is_taken_by_name_alias_or_code(string typed)
    {
        var byCode = await Count("country=KG");

        Assert.True(byCode > 0);
        Assert.Equal(byCode, await Count("country=" + Uri.EscapeDataString(typed)));
    }

    [Fact]
    public async Task Every_bad_field_is_named_at_once_and_an_unknown_country_or_reversed_range_is_not_silently_empty()
    {
        var problem = await Problem("since=23+July&until=yesterday&country=Narnia&type=riot");
        var reversed = await Problem("since=2005&until=2001");

        Assert.Equal("Invalid query parameter 'type, country, since, until'", problem.GetProperty("title").GetString());
        Assert.Contains("'Narnia' is not a country name", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("is after To", reversed.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> Problem(string query)
    {
        using var response = await server.Client.GetAsync("/api/events?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
