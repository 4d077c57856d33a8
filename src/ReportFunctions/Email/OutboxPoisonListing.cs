using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using ReportFunctions.Storage;

namespace ReportFunctions.Email;

/// <summary>Reads the outbox's poison queue without taking anything off it, so a failed e-mail is never lost from view.</summary>
public sealed class OutboxPoisonListing(QueueServiceClient queues, IOptions<QueueOptions> queueOptions, EmailDeliveries deliveries)
{
    private const int PeekLimit = 32;

    private readonly QueueClient _poison = queues.GetQueueClient(queueOptions.Value.EmailOutbox + StorageNames.PoisonSuffix);

    public async Task<PoisonedEmailList> ListAsync(CancellationToken cancellationToken)
    {
        if (!await _poison.ExistsAsync(cancellationToken))
            return new PoisonedEmailList(0, []);

        var properties = await _poison.GetPropertiesAsync(cancellationToken);
        var peeked = await _poison.PeekMessagesAsync(PeekLimit, cancellationToken);
        var emails = new List<PoisonedEmail>();
        foreach (var message in peeked.Value)
        {
            OutboxEmail email;
            try
            {
                email = EmailOutbox.Parse(message.Body);
            }
            catch (InvalidDataException e)
            {
                emails.Add(new PoisonedEmail(message.MessageId, message.InsertedOn, null, [], [], null, message.DequeueCount, e.Message));
                continue;
            }

            var delivery = await deliveries.GetAsync(email.Id, cancellationToken);
            emails.Add(new PoisonedEmail(message.MessageId, message.InsertedOn, email.Id, email.To, email.Cc, email.Subject,
                delivery?.Attempts, delivery?.LastError));
        }

        return new PoisonedEmailList(Math.Max(properties.Value.ApproximateMessagesCount, emails.Count), emails);
    }
}
