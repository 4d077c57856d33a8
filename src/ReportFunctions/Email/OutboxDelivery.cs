using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;

namespace ReportFunctions.Email;

/// <summary>Delivers one outbox message: at most once per e-mail id, and every failure recorded and rethrown.</summary>
public sealed class OutboxDelivery(SmtpEmailSender sender, EmailDeliveries deliveries, ILogger<OutboxDelivery> logger)
{
    public async Task DeliverAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var email = EmailOutbox.Parse(message.Body);
        if (await deliveries.WasSentAsync(email.Id, cancellationToken))
        {
            logger.LogInformation("E-mail {EmailId} was already sent; redelivery {DequeueCount} ignored", email.Id, message.DequeueCount);
            return;
        }

        try
        {
            await sender.SendAsync(email, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Recorded for the poison listing, then rethrown: the queue's retries and poison queue are the policy.
            await deliveries.RecordFailureAsync(email.Id, message.DequeueCount, $"{e.GetType().Name}: {e.Message}", cancellationToken);
            logger.LogWarning(e, "Sending e-mail {EmailId} failed on attempt {DequeueCount}", email.Id, message.DequeueCount);
            throw;
        }

        await deliveries.MarkSentAsync(email.Id, message.DequeueCount, cancellationToken);
        logger.LogInformation("Sent e-mail {EmailId} \"{Subject}\" to {RecipientCount} recipients",
            email.Id, email.Subject, email.To.Count + email.Cc.Count);
    }
}
