namespace ReportFunctions.Tests.Fixtures;

/// <summary>Every test that needs storage or e-mail joins this collection: one Azurite and one smtp4dev per test run.</summary>
[CollectionDefinition(Name)]
public sealed class ServicesCollection : ICollectionFixture<AzuriteFixture>, ICollectionFixture<Smtp4devFixture>
{
    public const string Name = "Services";
}
