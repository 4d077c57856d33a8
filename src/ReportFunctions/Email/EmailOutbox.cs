using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using ReportFunctions.Storage;

namespace ReportFunctions.Email;

/// <summary>Puts e-mails on the outbox queue; the SendEmail function delivers them, so SMTP never runs inline.</summary>
public sealed class EmailOutbox(QueueServiceClient queues, IOptions<QueueOptions> queueOptions)
{
    private readonly QueueClient _queue = queues.GetQueueClient(queueOptions.Value.EmailOutbox);

    public async Task EnqueueAsync(OutboxEmail email, CancellationToken cancellationToken)
    {
        // The client encodes Base64, as the Functions host expects.
        await _queue.SendMessageAsync(JsonSerializer.Serialize(email, OutboxJsonContext.Web.OutboxEmail), cancellationToken);
    }

    /// <summary>Puts the e-mail back on the queue, invisible for <paramref name="delay"/>.</summary>
    public async Task EnqueueLaterAsync(OutboxEmail email, TimeSpan delay, CancellationToken cancellationToken) =>
        await _queue.SendMessageAsync(
            JsonSerializer.Serialize(email, OutboxJsonContext.Web.OutboxEmail), visibilityTimeout: delay, cancellationToken: cancellationToken);

    /// <summary>Reads a queue message body; a body that is not an outbox e-mail is a broken contract.</summary>
    public static OutboxEmail Parse(BinaryData body)
    {
        OutboxEmail? email;
        try
        {
            email = JsonSerializer.Deserialize(body.ToMemory().Span, OutboxJsonContext.Web.OutboxEmail);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The outbox message is not an e-mail: {e.Message}", e);
        }

        if (email is null || string.IsNullOrEmpty(email.Id) || email.To is null || email.To.Count == 0)
            throw new InvalidDataException("The outbox message has no id or no recipient.");
        return email;
    }
}
