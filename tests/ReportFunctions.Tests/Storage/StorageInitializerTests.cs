using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using ReportFunctions.Storage;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Storage;

[Collection(ServicesCollection.Name)]
public sealed class StorageInitializerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task StartAsync_CreatesPrivateContainers_TheQueuesWithTheirPoisonQueues_AndEveryTable()
    {
        await using var host = await TestHost.StartAsync(azurite);
        var blobs = host.Services.GetRequiredService<BlobServiceClient>();
        var queues = host.Services.GetRequiredService<QueueServiceClient>();
        var tables = host.Services.GetRequiredService<TableServiceClient>();

        foreach (var container in StorageNames.Containers)
            Assert.Equal(PublicAccessType.None, (await blobs.GetBlobContainerClient(container).GetAccessPolicyAsync()).Value.BlobPublicAccess);
        foreach (var queue in new[] { host.Configuration["Queues:Submissions"]!, host.Configuration["Queues:EmailOutbox"]! })
        {
            Assert.True(await queues.GetQueueClient(queue).ExistsAsync());
            Assert.True(await queues.GetQueueClient(queue + StorageNames.PoisonSuffix).ExistsAsync());
        }
        var existing = new HashSet<string>();
        await foreach (var table in tables.QueryAsync())
            existing.Add(table.Name);
        Assert.Superset(StorageNames.Tables.ToHashSet(), existing);
    }
}
