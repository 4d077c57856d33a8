using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;
using ReportFunctions.Storage;

namespace ReportFunctions.LocalRunner.Queues;

/// <summary>
/// Processes a queue with the Functions host's semantics: messages are Base64 text, decoded before the
/// function sees them; success deletes the message; failure makes it visible again after the visibility
/// timeout; after maxDequeueCount failed attempts (or if it cannot be decoded) it moves, as it was, to
/// `&lt;queue&gt;-poison`. One bad message never stops the others.
/// </summary>
public sealed class QueueDrainer(QueueServiceClient rawQueues, QueueHostOptions options, ILogger<QueueDrainer> logger)
{
    /// <summary>A client that reads messages as stored (no decoding), so an undecodable one can be poisoned instead of throwing.</summary>
    public static QueueServiceClient RawClient(string connectionString) =>
        new(connectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });

    /// <summary>Receives one batch and processes it; returns how many messages it took (0 when the queue looked empty).</summary>
    public async Task<int> RunOnceAsync(string queueName, Func<QueueMessage, CancellationToken, Task> function, CancellationToken cancellationToken)
    {
        var queue = rawQueues.GetQueueClient(queueName);
        QueueMessage[] messages;
        try
        {
            messages = (await queue.ReceiveMessagesAsync(options.BatchSize, options.Lease, cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return 0;
        }
        await Task.WhenAll(messages.Select(m => ProcessAsync(queue, m, function, cancellationToken)));
        return messages.Length;
    }

    /// <summary>Runs until the queue yields nothing (messages waiting out a visibility timeout are not waited for).</summary>
    public async Task<int> DrainAsync(string queueName, Func<QueueMessage, CancellationToken, Task> function, CancellationToken cancellationToken)
    {
        var total = 0;
        int count;
        while ((count = await RunOnceAsync(queueName, function, cancellationToken)) > 0)
            total += count;
        return total;
    }

    /// <summary>
    /// Processes the queue continuously, as the host does: a batch of up to batchSize is fetched whenever the
    /// messages in flight drop to newBatchThreshold, so up to batchSize + newBatchThreshold run at once and a
    /// slow message never holds up the next batch. Polling backs off from <paramref name="minDelay"/> to
    /// <paramref name="maxDelay"/> while the queue is empty or storage fails. Returns when cancelled, after the
    /// messages in flight have finished.
    /// </summary>
    public async Task PumpAsync(string queueName, Func<QueueMessage, CancellationToken, Task> function, TimeSpan minDelay, TimeSpan maxDelay, CancellationToken cancellationToken)
    {
        var queue = rawQueues.GetQueueClient(queueName);
        var inFlight = new HashSet<Task>();
        var delay = minDelay;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                inFlight.RemoveWhere(t => t.IsCompleted);
                if (inFlight.Count > options.NewBatchThreshold)
                {
                    await Task.WhenAny(inFlight);
                    continue;
                }
                QueueMessage[] messages;
                try
                {
                    messages = (await queue.ReceiveMessagesAsync(options.BatchSize, options.Lease, cancellationToken)).Value;
                }
                catch (RequestFailedException e) when (e.Status == 404)
                {
                    messages = [];
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    // Storage itself failing (e.g. Azurite restarting): the host keeps listening, and so do we.
                    logger.LogError(e, "Polling {Queue} failed; retrying in {DelayMs} ms", queueName, maxDelay.TotalMilliseconds);
                    messages = [];
                    delay = maxDelay;
                }
                foreach (var message in messages)
                    inFlight.Add(ProcessAsync(queue, message, function, cancellationToken));
                if (messages.Length > 0)
                {
                    delay = minDelay;
                    continue;
                }
                // Empty: wait for the delay, or less if a message in flight finishes (room for a batch again).
                await Task.WhenAny([Task.Delay(delay, cancellationToken), .. inFlight]).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, maxDelay.Ticks));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            try
            {
                await Task.WhenAll(inFlight);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                // Cancelled mid-message: the lease runs out and the message is delivered again, as with the host.
            }
        }
    }

    private async Task ProcessAsync(QueueClient queue, QueueMessage raw, Func<QueueMessage, CancellationToken, Task> function, CancellationToken cancellationToken)
    {
        if (!TryDecode(raw.MessageText, out var body))
        {
            logger.LogWarning("Message {MessageId} on {Queue} is not Base64; moved to the poison queue", raw.MessageId, queue.Name);
            await MoveToPoisonAsync(queue, raw, cancellationToken);
            return;
        }
        if (raw.DequeueCount > options.MaxDequeueCount)
        {
            await MoveToPoisonAsync(queue, raw, cancellationToken);
            return;
        }

        var message = QueuesModelFactory.QueueMessage(
            raw.MessageId, raw.PopReceipt, new BinaryData(body), raw.DequeueCount, raw.NextVisibleOn, raw.InsertedOn, raw.ExpiresOn);
        try
        {
            await function(message, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Attempt {Attempt} of {MaxAttempts} failed for message {MessageId} on {Queue}",
                raw.DequeueCount, options.MaxDequeueCount, raw.MessageId, queue.Name);
            if (raw.DequeueCount >= options.MaxDequeueCount)
                await MoveToPoisonAsync(queue, raw, cancellationToken);
            else
                await queue.UpdateMessageAsync(raw.MessageId, raw.PopReceipt, visibilityTimeout: options.VisibilityTimeout, cancellationToken: cancellationToken);
            return;
        }
        await queue.DeleteMessageAsync(raw.MessageId, raw.PopReceipt, cancellationToken);
    }

    private async Task MoveToPoisonAsync(QueueClient queue, QueueMessage raw, CancellationToken cancellationToken)
    {
        var poison = rawQueues.GetQueueClient(queue.Name + StorageNames.PoisonSuffix);
        await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await poison.SendMessageAsync(raw.MessageText, cancellationToken);
        await queue.DeleteMessageAsync(raw.MessageId, raw.PopReceipt, cancellationToken);
        logger.LogError("Message {MessageId} moved to {PoisonQueue} after {Attempts} attempts", raw.MessageId, poison.Name, raw.DequeueCount);
    }

    private static bool TryDecode(string text, out byte[] body)
    {
        body = new byte[text.Length];
        if (Convert.TryFromBase64String(text, body, out var written))
        {
            body = body[..written];
            return true;
        }
        return false;
    }
}
