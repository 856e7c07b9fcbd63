using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Caravan.Web.Tests.Api;

/// <summary>
/// Markings over HTTP: every read path of the API, the pages and TAXII, for a document of each marking posted
/// by one organisation, as a user of that organisation and as a user of another. RED reaches no TAXII reader.
/// </summary>
public sealed class MarkingTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    public static TheoryData<string, bool> Markings => new()
    {
        { "clear", true },
        { "green", true },
        { "amber", false },
        { "amber+strict", false },
        { "red", false },
    };

    [Theory]
    [MemberData(nameof(Markings))]
    public async Task An_outsider_sees_a_document_only_where_its_marking_allows(string tlp, bool outsiderMay)
    {
        var word = "zq" + tlp.Replace("+", "x", StringComparison.Ordinal) + "word";
        using var posted = await server.Client.PostAsJsonAsync("/api/documents", new
        {
            text = $"Border guards detained three men near Karamyk on 4 June 2024, the committee said; {word} case.",
            fileName = $"marked-{tlp}.txt",
            tlp,
        });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var outsider = new HttpClient { BaseAddress = server.BaseAddress };
        outsider.DefaultRequestHeaders.Add("X-Api-Key", server.OutsiderKey);

        foreach (var (client, may, who) in new[] { (server.Client, true, "owner"), (outsider, outsiderMay, "outsider") })
        {
            var document = await client.GetAsync("/api/documents/" + id);
            var search = await client.GetStringAsync("/api/search?q=" + word);
            var list = await client.GetStringAsync("/api/documents?limit=1000");
            var events = await client.GetStringAsync("/api/events?text=karamyk&limit=1000");
            var export = await client.GetStringAsync("/api/events/export?format=csv&text=karamyk");
            var page = await client.GetAsync("/documents/" + id);
            var taxii = await Taxii.TaxiiClients.EverythingReadable(client);

            Assert.True(may == (document.StatusCode == HttpStatusCode.OK), $"{who}, {tlp}: GET document {document.StatusCode}");
            Assert.True(may == search.Contains(id, StringComparison.Ordinal), $"{who}, {tlp}: search");
            Assert.True(may == list.Contains(id, StringComparison.Ordinal), $"{who}, {tlp}: list");
            Assert.True(may == events.Contains(id, StringComparison.Ordinal), $"{who}, {tlp}: events");
            Assert.True(may == export.Contains($"marked-{tlp}.txt", StringComparison.Ordinal), $"{who}, {tlp}: export");
            Assert.True(may == (await page.Content.ReadAsStringAsync()).Contains(word, StringComparison.Ordinal), $"{who}, {tlp}: page {page.StatusCode}");
            Assert.True((may && tlp != "red") == taxii.Contains(word, StringComparison.Ordinal), $"{who}, {tlp}: TAXII");
        }
    }

    [Fact]
    public async Task An_unknown_marking_is_refused()
    {
        using var posted = await server.Client.PostAsJsonAsync("/api/documents", new { text = "A report.", tlp = "purple" });

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("amber+strict", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
