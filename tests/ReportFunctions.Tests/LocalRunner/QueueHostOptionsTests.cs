using ReportFunctions.LocalRunner.Queues;

namespace ReportFunctions.Tests.LocalRunner;

public sealed class QueueHostOptionsTests
{
    [Fact]
    public void FromHostJson_ReadsBatchSizeAndNewBatchThreshold_AsTheHostDoes()
    {
        var options = QueueHostOptions.FromHostJson(RepositoryRoot.File("host.json"));

        Assert.Equal(8, options.BatchSize);
        Assert.Equal(4, options.NewBatchThreshold);
        Assert.Equal(5, options.MaxDequeueCount);
        Assert.Equal(TimeSpan.FromSeconds(30), options.VisibilityTimeout);
    }

    [Fact]
    public void NewBatchThreshold_DefaultsToHalfTheBatchSize_WhenHostJsonLeavesItOut()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{ "version": "2.0", "extensions": { "queues": { "batchSize": 6 } } }""");

            var options = QueueHostOptions.FromHostJson(path);

            Assert.Equal(6, options.BatchSize);
            Assert.Equal(3, options.NewBatchThreshold);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
