using Microsoft.Extensions.Configuration;
using ReportFunctions.LocalRunner.Hosting;

namespace ReportFunctions.LocalRunner.Queues;

/// <summary>Every queue-triggered function with its resolved queue name, drained by one <see cref="QueueDrainer"/>.</summary>
public sealed class QueueTriggers(IReadOnlyList<FunctionDescriptor> functions, IConfiguration configuration, FunctionInvoker invoker, QueueDrainer drainer)
{
    public IReadOnlyList<(string Queue, FunctionDescriptor Function)> All { get; } = functions
        .Where(f => f.Queue is not null)
        .Select(f => (FunctionCatalog.Resolve(f.Queue!.QueueName, configuration), f))
        .ToList();

    /// <summary>One batch from every queue; returns how many messages were taken in all.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var counts = await Task.WhenAll(All.Select(t =>
            drainer.RunOnceAsync(t.Queue, (m, ct) => invoker.InvokeQueueAsync(t.Function, m, ct), cancellationToken)));
        return counts.Sum();
    }

    /// <summary>Every queue pumped continuously (see <see cref="QueueDrainer.PumpAsync"/>) until cancelled.</summary>
    public Task PumpAllAsync(TimeSpan minDelay, TimeSpan maxDelay, CancellationToken cancellationToken) =>
        Task.WhenAll(All.Select(t =>
            drainer.PumpAsync(t.Queue, (m, ct) => invoker.InvokeQueueAsync(t.Function, m, ct), minDelay, maxDelay, cancellationToken)));

    /// <summary>Until every queue yields nothing: what the host would do with all visible messages, including poison handling.</summary>
    public async Task<int> DrainAllAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int count;
        while ((count = await RunOnceAsync(cancellationToken)) > 0)
            total += count;
        return total;
    }
}
