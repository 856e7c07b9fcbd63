namespace Caravan.Web.Tests.Pages;

/// <summary>One server and one Chromium for all browser tests; each test works in its own signed-in context.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
