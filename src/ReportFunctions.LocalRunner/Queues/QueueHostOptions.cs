using System.Text.Json.Nodes;

namespace ReportFunctions.LocalRunner.Queues;

/// <summary>The queue settings of host.json (extensions.queues) that the Functions host applies, with its defaults.</summary>
public sealed record QueueHostOptions(int MaxDequeueCount, TimeSpan VisibilityTimeout, int BatchSize)
{
    private readonly int? newBatchThreshold;

    /// <summary>
    /// When the messages being processed drop to this many, the next batch is fetched, so at most
    /// <see cref="BatchSize"/> + this run at once. Default batchSize / 2, as the host's on one vCPU (Consumption, Flex).
    /// </summary>
    public int NewBatchThreshold
    {
        get => newBatchThreshold ?? BatchSize / 2;
        init => newBatchThreshold = value;
    }

    /// <summary>How long a received message stays invisible while its function runs (the host renews its lease).</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);

    public static QueueHostOptions Defaults { get; } = new(5, TimeSpan.Zero, 16);

    public static QueueHostOptions FromHostJson(string path)
    {
        var queues = JsonNode.Parse(File.ReadAllText(path))?["extensions"]?["queues"];
        var options = new QueueHostOptions(
            (int?)queues?["maxDequeueCount"] ?? Defaults.MaxDequeueCount,
            queues?["visibilityTimeout"] is { } timeout ? TimeSpan.Parse((string)timeout!, System.Globalization.CultureInfo.InvariantCulture) : Defaults.VisibilityTimeout,
            (int?)queues?["batchSize"] ?? Defaults.BatchSize);
        return (int?)queues?["newBatchThreshold"] is { } threshold ? options with { NewBatchThreshold = threshold } : options;
    }
}
