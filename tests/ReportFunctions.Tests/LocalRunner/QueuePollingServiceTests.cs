using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ReportFunctions.LocalRunner.Hosting;
using ReportFunctions.LocalRunner.Queues;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.LocalRunner;

public sealed class QueuePollingServiceTests
{
    [Fact]
    public async Task StorageUnreachable_KeepsPolling_RatherThanStoppingTheRunner()
    {
        // Nothing listens on this port: after its retries the SDK throws an AggregateException, not a RequestFailedException.
        var port = FreePorts.Next();
        var connectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;QueueEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        options.Retry.MaxRetries = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Queues:Submissions"] = "subs" }).Build();
        var functions = FunctionCatalog.Discover(typeof(ServiceCollectionExtensions).Assembly)
            .Where(f => f.Name == nameof(ReportFunctions.Functions.ProcessSubmissionFunction.ProcessSubmission)).ToList();
        var triggers = new QueueTriggers(
            functions,
            configuration,
            new FunctionInvoker(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>()),
            new QueueDrainer(new QueueServiceClient(connectionString, options), QueueHostOptions.Defaults, NullLogger<QueueDrainer>.Instance));
        using var service = new QueuePollingService(triggers, NullLogger<QueuePollingService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.False(service.ExecuteTask!.IsCompleted, service.ExecuteTask.Exception?.ToString());
        await service.StopAsync(CancellationToken.None);
    }
}
