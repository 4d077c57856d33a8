using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace ReportFunctions.Tests.Fixtures;

[Collection(ServicesCollection.Name)]
public sealed class AzuriteFixtureTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ConnectionString_ReachesBlobQueueAndTableServices()
    {
        var id = Guid.NewGuid().ToString("n");
        await new BlobServiceClient(azurite.ConnectionString).CreateBlobContainerAsync("c" + id);
        await new QueueServiceClient(azurite.ConnectionString).CreateQueueAsync("q" + id);
        await new TableServiceClient(azurite.ConnectionString).CreateTableAsync("t" + id);
    }
}
