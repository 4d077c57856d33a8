namespace ReportFunctions.Tests.Infrastructure;

/// <summary>Every test that needs storage joins this collection and shares one Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
