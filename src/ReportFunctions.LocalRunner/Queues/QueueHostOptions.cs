using System.Text.Json.Nodes;

namespace ReportFunctions.LocalRunner.Queues;

/// <summary>The queue settings of host.json (extensions.queues) that the Functions host applies, with its defaults.</summary>
public sealed record QueueHostOptions(int MaxDequeueCount, TimeSpan VisibilityTimeout, int BatchSize)
{
    /// <summary>How long a received message stays invisible while its function runs (the host renews its lease).</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);

    public static QueueHostOptions Defaults { get; } = new(5, TimeSpan.Zero, 16);

    public static QueueHostOptions FromHostJson(string path)
    {
        var queues = JsonNode.Parse(File.ReadAllText(path))?["extensions"]?["queues"];
        return new QueueHostOptions(
            (int?)queues?["maxDequeueCount"] ?? Defaults.MaxDequeueCount,
            queues?["visibilityTimeout"] is { } timeout ? TimeSpan.Parse((string)timeout!, System.Globalization.CultureInfo.InvariantCulture) : Defaults.VisibilityTimeout,
            (int?)queues?["batchSize"] ?? Defaults.BatchSize);
    }
}
