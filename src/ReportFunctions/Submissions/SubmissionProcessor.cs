using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;
using ReportFunctions.Core.Reading;
using ReportFunctions.Core.Validation;
using ReportFunctions.Organizations;
using ReportFunctions.Storage;

namespace ReportFunctions.Submissions;

/// <summary>
/// The worker behind the submissions queue: validates a stored submission with every rule (R6 against the
/// organization's published previous-year report), then rejects it, holds it for review (SubmissionReview) or publishes it, and notifies the submitters.
/// Idempotent by submission id; failures escape so the host retries and finally poisons the message.
/// </summary>
public sealed class SubmissionProcessor(
    BlobServiceClient blobs,
    SubmissionStore store,
    ReportChecker checker,
    SubmissionPublishing publishing,
    SubmissionReview review,
    OrganizationRegistry organizations,
    SubmissionNotifier notifier,
    TimeProvider time,
    ILogger<SubmissionProcessor> logger)
{
    // 200 findings are far more than a clerk can act on at once.
    private const int MaxStoredErrors = 200;

    // A string property holds at most 32K UTF-16 characters (64 KiB); a list that did not fit would turn a
    // rejection into a Failed submission with no list at all.
    private const int MaxStoredErrorChars = 30_000;

    private readonly BlobContainerClient _submissions = blobs.GetBlobContainerClient(StorageNames.SubmissionsContainer);

    public async Task ProcessAsync(QueueMessage message, CancellationToken ct)
    {
        var id = ReadSubmissionId(message)
            ?? throw new InvalidDataException($"Queue message {message.MessageId} is not a submission message.");
        var submission = await store.GetAsync(id, ct)
            ?? throw new InvalidDataException($"Queue message {message.MessageId} names unknown submission {id}.");
        if (submission.State is SubmissionStatus.Published or SubmissionStatus.Rejected)
        {
            // The delivery that wrote the outcome may have stopped before it notified; notifying again is safe
            // because the e-mail id comes from the outcome and the outbox sends each id once.
            logger.LogInformation("Submission {SubmissionId} is already {Status}; redelivery notifies again", id, submission.Status);
            await NotifyAgainAsync(submission, ct);
            return;
        }
        if (submission.State is SubmissionStatus.AwaitingReview or SubmissionStatus.Returned)
        {
            // The reviewer decides from here; processing it again would undo a return.
            logger.LogInformation("Submission {SubmissionId} is {Status}; redelivery ignored", id, submission.Status);
            return;
        }

        try
        {
            await ProcessAsync(submission, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The raw detail (storage error text, request ids) goes to the log only; the row counts the attempts so
            // the poison handler can say how often it was tried. The exception still escapes: the host's retries
            // and poison queue are the policy.
            logger.LogWarning(e, "Attempt {Attempt} for submission {SubmissionId} failed", message.DequeueCount, id);
            var current = await store.GetAsync(id, ct) ?? submission;
            current.Attempts = message.DequeueCount;
            try
            {
                await store.UpdateAsync(current, ct);
            }
            catch (Azure.RequestFailedException conflict) when (conflict.Status == 412)
            {
                // A concurrent delivery wrote the row first; its outcome is the one that counts.
            }
            throw;
        }
    }

    /// <summary>Called for a message the host moved to the poison queue: the submission becomes Failed with the last reason.</summary>
    public async Task MarkFailedAsync(QueueMessage message, CancellationToken ct)
    {
        var id = ReadSubmissionId(message);
        var submission = id is null ? null : await store.GetAsync(id, ct);
        if (submission is null)
        {
            logger.LogError("Poison message {MessageId} names no known submission; left for inspection: {Body}", message.MessageId, Preview(message));
            return;
        }
        if (submission.State != SubmissionStatus.Received)
            return;
        submission.Status = nameof(SubmissionStatus.Failed);
        submission.Reason = FailedReason(id!);
        submission.CompletedAt = time.GetUtcNow();
        if (!await store.CompleteAsync(submission, ct))
            return;
        logger.LogError("Submission {SubmissionId} failed after {Attempts} attempts; the attempts' errors are logged above", id, submission.Attempts);
    }

    private async Task ProcessAsync(SubmissionEntity submission, CancellationToken ct)
    {
        var body = await _submissions.GetBlobClient(submission.BlobName).DownloadContentAsync(ct);
        // The registry record gives the deadline for the late rule; the receipt time stands in for a missing signature date.
        var organization = await organizations.GetAsync(submission.OrganizationId, ct);
        var check = await checker.CheckAsync(
            body.Value.Content.ToMemory(), new CheckContext(ReceivedAt: submission.ReceivedAt, Registered: organization), ct);
        var findings = check.Findings;

        if (!check.IsValid || check.Report is not { } report)
        {
            submission.Status = nameof(SubmissionStatus.Rejected);
            submission.Errors = SerializeErrors(findings);
            submission.CompletedAt = time.GetUtcNow();
            if (!await store.CompleteAsync(submission, ct))
                return;
            logger.LogInformation("Rejected {SubmissionId}: {ErrorCount} errors", submission.Id, findings.Count(f => f.Severity == Severity.Error));
            if (organization is not null)
                await notifier.NotifyRejectedAsync(organization, submission.Title, submission.Year, submission.Id, findings, ct);
            return;
        }

        if (review.IsRequired(organization))
        {
            await review.HoldAsync(submission, report, SerializeErrors(findings), ct);
            return;
        }

        var publication = await publishing.PublishAsync(submission, report, body.Value.Content, ct);
        submission.Errors = findings.Count > 0 ? SerializeErrors(findings) : null;
        if (!await store.CompleteAsync(submission, ct))
            return;
        if (organization is not null)
            await notifier.NotifyPublishedAsync(organization, report.EffectiveTitle, submission.Year, publication.Url, publication.Version, ct);
    }

    /// <summary>What the submitter is told: a plain explanation and the reference under which the log holds the detail.</summary>
    internal static string FailedReason(string submissionId) =>
        $"系统处理本次报送时多次出错，报告未能发布，报送内容已妥善保存。请稍后重新提交；如仍未成功，请联系主管部门并告知错误编号 {submissionId}。";

    /// <summary>The outcome e-mail rebuilt from the status row, as the delivery that completed it sent it.</summary>
    private async Task NotifyAgainAsync(SubmissionEntity submission, CancellationToken ct)
    {
        if (await organizations.GetAsync(submission.OrganizationId, ct) is not { } organization)
            return;
        if (submission.State == SubmissionStatus.Published)
        {
            if (submission is not { Url: { } url, Version: { } version })
                throw new InvalidDataException($"Submission {submission.Id} is Published without a URL or version.");
            await notifier.NotifyPublishedAsync(organization, submission.Title, submission.Year, url, version, ct);
            return;
        }

        var findings = submission.Errors is null
            ? []
            : JsonSerializer.Deserialize(submission.Errors, SubmissionJsonContext.Web.IReadOnlyListErrorItem)?.Select(e => e.ToValidationError()).ToList() ?? [];
        await notifier.NotifyRejectedAsync(organization, submission.Title, submission.Year, submission.Id, findings, ct);
    }

    /// <summary>The findings as stored in the status row: errors first, as many as fit the property.</summary>
    private static string SerializeErrors(IReadOnlyList<ValidationError> findings)
    {
        var kept = new List<ErrorItem>();
        var length = 2;
        foreach (var item in ErrorItem.From(findings.OrderBy(f => f.Severity == Severity.Error ? 0 : 1).Take(MaxStoredErrors)))
        {
            length += JsonSerializer.Serialize(item, SubmissionJsonContext.Web.ErrorItem).Length + 1;
            if (length > MaxStoredErrorChars)
                break;
            kept.Add(item);
        }
        return JsonSerializer.Serialize(kept, SubmissionJsonContext.Web.IReadOnlyListErrorItem);
    }

    private static string? ReadSubmissionId(QueueMessage message)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize(message.Body.ToMemory().Span, SubmissionJsonContext.Web.SubmissionMessage);
            return SubmissionStore.IsValidId(parsed?.SubmissionId) ? parsed!.SubmissionId : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Preview(QueueMessage message)
    {
        var text = message.Body.ToString();
        return text.Length <= 200 ? text : text[..200];
    }
}
