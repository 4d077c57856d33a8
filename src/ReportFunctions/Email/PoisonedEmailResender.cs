using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportFunctions.Storage;

namespace ReportFunctions.Email;

/// <summary>
/// Puts e-mails from the outbox's poison queue back on the outbox. The e-mail keeps its id, so the sender's guard
/// (EmailDeliveries) delivers it once however often it is re-sent, and never if it was sent after all.
/// </summary>
public sealed class PoisonedEmailResender(QueueServiceClient queues, IOptions<QueueOptions> queueOptions, EmailOutbox outbox, ILogger<PoisonedEmailResender> logger)
{
    private const int BatchSize = 32;

    // Long enough to move a batch of 32; a message not taken becomes visible again at once (see below).
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(30);

    private readonly QueueClient _poison = queues.GetQueueClient(queueOptions.Value.EmailOutbox + StorageNames.PoisonSuffix);

    /// <summary>Re-sends the poisoned message with that queue message id, or every one when it is null; returns how many were re-sent.</summary>
    public async Task<int> ResendAsync(string? queueMessageId, CancellationToken cancellationToken)
    {
        if (!await _poison.ExistsAsync(cancellationToken))
            return 0;
        var resent = 0;
        while (true)
        {
            var batch = (await _poison.ReceiveMessagesAsync(BatchSize, Hold, cancellationToken)).Value;
            if (batch.Length == 0)
                return resent;
            var skipped = new List<QueueMessage>();
            foreach (var message in batch)
            {
                if (queueMessageId is not null && message.MessageId != queueMessageId)
                {
                    skipped.Add(message);
                    continue;
                }

                // A message that is no e-mail at all stays for a person to look at.
                OutboxEmail email;
                try
                {
                    email = EmailOutbox.Parse(message.Body);
                }
                catch (InvalidDataException)
                {
                    skipped.Add(message);
                    continue;
                }

                // Queued before it leaves the poison queue: a failure between the two leaves a copy, which the guard makes harmless.
                await outbox.EnqueueAsync(email, cancellationToken);
                await _poison.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                logger.LogInformation("Re-sent poisoned e-mail {EmailId}", email.Id);
                resent++;
            }

            foreach (var message in skipped)
                await _poison.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: cancellationToken);
            // One id: found or not, a single pass; everything: until a pass takes nothing more.
            if (queueMessageId is not null || skipped.Count == batch.Length)
                return resent;
        }
    }
}
