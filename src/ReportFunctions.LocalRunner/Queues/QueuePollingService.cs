using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ReportFunctions.LocalRunner.Queues;

/// <summary>Polls every trigger queue, backing off while they are empty (the host backs off up to a minute; we cap at 1 s).</summary>
public sealed class QueuePollingService(QueueTriggers triggers, ILogger<QueuePollingService> logger) : BackgroundService
{
    private static readonly TimeSpan MinDelay = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = MinDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            int taken;
            try
            {
                taken = await triggers.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Storage itself failing (e.g. Azurite restarting; after its retries the SDK throws an
                // AggregateException): the host keeps listening, and so do we. Function failures never get
                // here: the drainer turns them into retries and poison messages.
                logger.LogError(e, "Polling the queues failed; retrying in {DelayMs} ms", MaxDelay.TotalMilliseconds);
                taken = 0;
                delay = MaxDelay;
            }
            if (taken > 0)
            {
                delay = MinDelay;
                continue;
            }
            await Task.Delay(delay, stoppingToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
        }
    }
}
