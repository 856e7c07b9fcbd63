using Microsoft.Playwright;

namespace Caravan.Web.Tests.Pages;

/// <summary>Alert rules made, refused with reasons, and deleted on the Alerts page by an analyst.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AlertsPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_analyst_adds_a_rule_by_country_name_sees_a_bad_one_explained_and_deletes_it()
    {
        var page = await browser.SignedIn(ServerFixture.Analyst);
        await page.GotoAsync("/alerts");

        await page.FillAsync("#add-rule input[name='Rule.Name']", "Clashes in Kyrgyzstan");
        await page.SelectOptionAsync("#add-rule select[name='Rule.Type']", "armed_clash");
        await page.FillAsync("#add-rule input[name='Rule.Country']", "Kyrgyzstan");
        await page.ClickAsync("#add-rule button[type=submit]");
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Rule 'Clashes in Kyrgyzstan' added");
        await Assertions.Expect(page.Locator("ul.rules")).ToContainTextAsync("Clashes in Kyrgyzstan");
        await Assertions.Expect(page.Locator("ul.rules")).ToContainTextAsync("KG");

        await page.FillAsync("#add-rule input[name='Rule.Name']", "Nowhere");
        await page.FillAsync("#add-rule input[name='Rule.Country']", "Narnia");
        await page.ClickAsync("#add-rule button[type=submit]");
        await Assertions.Expect(page.Locator("[role=alert]")).ToContainTextAsync("'Narnia' is not a country name");
        Assert.Equal("Narnia", await page.InputValueAsync("#add-rule input[name='Rule.Country']"));

        await page.ClickAsync("ul.rules li:has-text('Clashes in Kyrgyzstan') button");
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Rule deleted");
        await Assertions.Expect(page.Locator("ul.rules")).Not.ToContainTextAsync("Clashes in Kyrgyzstan");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_analyst_edits_a_rule_and_a_bad_edit_keeps_the_rule_being_edited()
    {
        var page = await browser.SignedIn(ServerFixture.Analyst);
        await page.GotoAsync("/alerts");
        await page.FillAsync("#add-rule input[name='Rule.Name']", "Arrests in Osh");
        await page.SelectOptionAsync("#add-rule select[name='Rule.Type']", "arrest");
        await page.FillAsync("#add-rule input[name='Rule.Country']", "KG");
        await page.ClickAsync("#add-rule button[type=submit]");

        await page.ClickAsync("ul.rules li:has-text('Arrests in Osh') a.edit");
        await Assertions.Expect(page.Locator("h2:has-text('Edit the rule')")).ToContainTextAsync("Arrests in Osh");
        Assert.Equal("KG", await page.InputValueAsync("#add-rule input[name='Rule.Country']"));
        await page.FillAsync("#add-rule input[name='Rule.Country']", "Atlantis");
        await page.ClickAsync("#add-rule button[type=submit]");
        await Assertions.Expect(page.Locator("[role=alert]")).ToContainTextAsync("'Atlantis' is not a country name");
        await Assertions.Expect(page.Locator("h2:has-text('Edit the rule')")).ToBeVisibleAsync();

        await page.FillAsync("#add-rule input[name='Rule.Name']", "Arrests in Tajikistan");
        await page.FillAsync("#add-rule input[name='Rule.Country']", "Tajikistan");
        await page.ClickAsync("#add-rule button[type=submit]");
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Rule 'Arrests in Tajikistan' saved");
        await Assertions.Expect(page.Locator("ul.rules")).ToContainTextAsync("TJ");
        await Assertions.Expect(page.Locator("ul.rules")).Not.ToContainTextAsync("Arrests in Osh");

        await page.ClickAsync("ul.rules li:has-text('Arrests in Tajikistan') button");
        await page.Context.CloseAsync();
    }
}
