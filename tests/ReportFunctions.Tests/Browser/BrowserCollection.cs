namespace ReportFunctions.Tests.Browser;

/// <summary>Browser tests share one app on real HTTP (its own Azurite and smtp4dev) and one Chromium; they run beside the other collections.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
