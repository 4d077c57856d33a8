using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Email;

namespace ReportFunctions.Functions;

public sealed class SendEmailFunction(OutboxDelivery delivery)
{
    /// <summary>Delivers one outbox e-mail over SMTP; a failure escapes so the queue retries, then poisons it.</summary>
    [Function(nameof(SendEmail))]
    public Task SendEmail([QueueTrigger("%Queues:EmailOutbox%")] QueueMessage message, CancellationToken ct) =>
        delivery.DeliverAsync(message, ct);
}
