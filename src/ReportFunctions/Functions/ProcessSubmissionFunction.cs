using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Submissions;

namespace ReportFunctions.Functions;

/// <summary>The submissions queue worker; exceptions escape so the host retries and then poisons the message.</summary>
public sealed class ProcessSubmissionFunction(SubmissionProcessor processor)
{
    [Function(nameof(ProcessSubmission))]
    public Task ProcessSubmission(
        [QueueTrigger("%Queues:Submissions%")] QueueMessage message,
        CancellationToken cancellationToken) =>
        processor.ProcessAsync(message, cancellationToken);
}
