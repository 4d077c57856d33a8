using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ReportFunctions.Storage;

/// <summary>Creates every container, queue (with its poison queue) and table at start-up, if missing.</summary>
public sealed class StorageInitializer(
    BlobServiceClient blobs,
    QueueServiceClient queues,
    TableServiceClient tables,
    IOptions<QueueOptions> queueOptions,
    ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var queueNames = new[] { queueOptions.Value.Submissions, queueOptions.Value.EmailOutbox }
            .SelectMany(q => new[] { q, q + StorageNames.PoisonSuffix });
        await Task.WhenAll(
            StorageNames.Containers.Select(c => blobs.GetBlobContainerClient(c).CreateIfNotExistsAsync(cancellationToken: cancellationToken))
                .Concat<Task>(queueNames.Select(q => queues.GetQueueClient(q).CreateIfNotExistsAsync(cancellationToken: cancellationToken)))
                .Concat(StorageNames.Tables.Select(t => tables.CreateTableIfNotExistsAsync(t, cancellationToken))));
        logger.LogInformation("Storage ready: {Containers} containers, queues {Queues}, {Tables} tables",
            StorageNames.Containers.Count, string.Join(", ", queueNames), StorageNames.Tables.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
