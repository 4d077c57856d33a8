using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;

namespace ReportFunctions.Email;

/// <summary>Delivers one outbox message: at most once per e-mail id, and every failure recorded and rethrown.</summary>
public sealed class OutboxDelivery(SmtpEmailSender sender, EmailDeliveries deliveries, EmailOutbox outbox, ILogger<OutboxDelivery> logger)
{
    // Longer than a send can take (SmtpEmailSender: 30 s per SMTP step, four steps), so a claim held by a live
    // sender never expires under it; short enough that an e-mail whose sender died goes out minutes later.
    public static readonly TimeSpan SendLease = TimeSpan.FromMinutes(5);

    public async Task DeliverAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var email = EmailOutbox.Parse(message.Body);
        switch (await deliveries.ClaimAsync(email.Id, message.DequeueCount, SendLease, cancellationToken))
        {
            case DeliveryClaim.AlreadySent:
                logger.LogInformation("E-mail {EmailId} was already sent; redelivery {DequeueCount} ignored", email.Id, message.DequeueCount);
                return;
            case DeliveryClaim.HeldByAnother:
                // Another copy of this e-mail is being sent right now. Looking again after the lease finds it sent,
                // or, if that sender died, sends it; a retry now would only use up this copy's dequeue count.
                await outbox.EnqueueLaterAsync(email, SendLease, cancellationToken);
                logger.LogInformation("E-mail {EmailId} is being sent by another invocation; this copy is checked again in {Lease}", email.Id, SendLease);
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
