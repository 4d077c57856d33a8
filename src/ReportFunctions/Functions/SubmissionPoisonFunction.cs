using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Submissions;

namespace ReportFunctions.Functions;

/// <summary>Messages that failed maxDequeueCount times: their submissions become Failed, with the reason.</summary>
public sealed class SubmissionPoisonFunction(SubmissionProcessor processor)
{
    [Function(nameof(ProcessSubmissionPoison))]
    public Task ProcessSubmissionPoison(
        [QueueTrigger("%Queues:Submissions%-poison")] QueueMessage message,
        CancellationToken cancellationToken) =>
        processor.MarkFailedAsync(message, cancellationToken);
}
