using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ReportFunctions.LocalRunner.Queues;

/// <summary>
/// Pumps every trigger queue continuously with the host's batchSize / newBatchThreshold semantics, backing off
/// while a queue is empty (the host backs off up to a minute; we cap at 1 s).
/// </summary>
public sealed class QueuePollingService(QueueTriggers triggers, ILogger<QueuePollingService> logger) : BackgroundService
{
    private static readonly TimeSpan MinDelay = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Pumping {Count} queues", triggers.All.Count);
        return triggers.PumpAllAsync(MinDelay, MaxDelay, stoppingToken);
    }
}
