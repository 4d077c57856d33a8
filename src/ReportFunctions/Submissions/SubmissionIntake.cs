using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Storage;

namespace ReportFunctions.Submissions;

/// <summary>
/// Accepts a parsed submission so that nothing accepted is lost: the body is stored first, then the status row,
/// then the queue message. Every step is repeatable, so a retry (same Idempotency-Key) completes whatever a
/// failed attempt left undone.
/// </summary>
public sealed class SubmissionIntake(
    BlobServiceClient blobs,
    QueueServiceClient queues,
    TableServiceClient tables,
    SubmissionStore store,
    IOptions<QueueOptions> queueOptions,
    TimeProvider time,
    ILogger<SubmissionIntake> logger)
{
    // Lengths are a rule the worker checks; until then a runaway title must still fit its status row (32K
    // characters a property). A valid title has at most 100 characters, so only rejected titles are shortened.
    private const int MaxStoredTitle = 1000;

    private readonly BlobContainerClient _submissions = blobs.GetBlobContainerClient(StorageNames.SubmissionsContainer);
    private readonly TableClient _keys = tables.GetTableClient(StorageNames.IdempotencyKeysTable);
    private readonly QueueClient _queue = queues.GetQueueClient(queueOptions.Value.Submissions);

    public async Task<SubmissionReceipt> AcceptAsync(Report report, byte[] json, string? idempotencyKey, CancellationToken ct)
    {
        var bodyHash = Convert.ToHexStringLower(SHA256.HashData(json));
        var id = Guid.CreateVersion7(time.GetUtcNow()).ToString("n");
        if (!string.IsNullOrEmpty(idempotencyKey))
        {
            var key = new IdempotencyEntity
            {
                PartitionKey = report.Organization.Id,
                RowKey = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey))),
                SubmissionId = id,
                BodySha256 = bodyHash,
            };
            try
            {
                await _keys.AddEntityAsync(key, ct);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                var earlier = (await _keys.GetEntityAsync<IdempotencyEntity>(key.PartitionKey, key.RowKey, cancellationToken: ct)).Value;
                if (earlier.BodySha256 != bodyHash)
                    return new SubmissionReceipt(null, IdempotencyConflict: true);
                id = earlier.SubmissionId;
                var existing = await store.GetAsync(id, ct);
                if (existing is not null && existing.State != SubmissionStatus.Received)
                    return new SubmissionReceipt(id, IdempotencyConflict: false);
                logger.LogInformation("Idempotent retry of {SubmissionId}: completing its intake", id);
            }
        }

        var blobName = $"{report.Organization.Id}/{report.Year}/{id}.json";
        try
        {
            await _submissions.GetBlobClient(blobName).UploadAsync(
                new BinaryData(json),
                new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" },
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                },
                ct);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Stored by an earlier attempt with the same key, hence the same body.
        }

        await store.AddIfMissingAsync(new SubmissionEntity
        {
            PartitionKey = id,
            OrganizationId = report.Organization.Id,
            Year = report.Year,
            Title = report.EffectiveTitle.Length <= MaxStoredTitle ? report.EffectiveTitle : report.EffectiveTitle[..MaxStoredTitle],
            BlobName = blobName,
            BodySha256 = bodyHash,
            ReceivedAt = time.GetUtcNow(),
        }, ct);

        await _queue.SendMessageAsync(
            BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(new SubmissionMessage(id), SubmissionJsonContext.Web.SubmissionMessage)),
            cancellationToken: ct);
        logger.LogInformation("Accepted {SubmissionId} from {OrganizationId} for {Year}: {Bytes} bytes", id, report.Organization.Id, report.Year, json.Length);
        return new SubmissionReceipt(id, IdempotencyConflict: false);
    }
}
