using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Core.Reading;
using ReportFunctions.Core.Rendering;
using ReportFunctions.Organizations;
using ReportFunctions.Storage;

namespace ReportFunctions.Submissions;

/// <summary>
/// Review before publication (先备案后公布). A valid submission of an organization that requires review is held as
/// AwaitingReview, its PDF rendered into the private review container; nothing is public until a reviewer approves
/// it, which publishes it exactly as the worker would (<see cref="SubmissionPublishing"/>), or returns it with a
/// comment that is e-mailed to the organization with a link to reopen its form.
/// </summary>
public sealed class SubmissionReview(
    BlobServiceClient blobs,
    SubmissionStore store,
    ReportRenderer renderer,
    SubmissionPublishing publishing,
    OrganizationRegistry organizations,
    SubmissionNotifier notifier,
    IOptions<ReviewOptions> options,
    TimeProvider time,
    ILogger<SubmissionReview> logger)
{
    public const int MaxReviewerLength = 100;
    public const int MaxCommentLength = 2000;
    public const int MaxNoteLength = 500;

    private readonly BlobContainerClient _review = blobs.GetBlobContainerClient(StorageNames.ReviewContainer);
    private readonly BlobContainerClient _submissions = blobs.GetBlobContainerClient(StorageNames.SubmissionsContainer);

    public static string PreviewBlob(string submissionId) => $"{submissionId}.pdf";

    /// <summary>The organization's own setting, else the app's default; an unregistered organization follows the default.</summary>
    public bool IsRequired(OrganizationRecord? organization) => organization?.RequiresReview ?? options.Value.RequiredByDefault;

    /// <summary>Called by the worker for a valid submission: the preview PDF first, then the row (a redelivery repeats both).</summary>
    public async Task HoldAsync(SubmissionEntity submission, Report report, string findings, CancellationToken ct)
    {
        var rendered = renderer.Render(report);
        await _review.GetBlobClient(PreviewBlob(submission.Id)).UploadAsync(
            new BinaryData(rendered.Pdf),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/pdf" } },
            ct);
        submission.Status = nameof(SubmissionStatus.AwaitingReview);
        submission.Errors = findings;
        if (!await store.CompleteAsync(submission, ct))
            return;
        logger.LogInformation("Submission {SubmissionId} of {OrganizationId} awaits review: {Pages} pages", submission.Id, submission.OrganizationId, rendered.PageCount);
    }

    public async Task<IReadOnlyList<ReviewedSubmission>> ListAwaitingAsync(CancellationToken ct)
    {
        var rows = await store.ListAsync(SubmissionStatus.AwaitingReview, ct);
        var names = (await organizations.ListAsync(ct)).ToDictionary(o => o.Id, o => o.Name, StringComparer.Ordinal);
        return rows.Select(r => View(r, names.GetValueOrDefault(r.OrganizationId))).ToList();
    }

    /// <summary>A submission that went through review (waiting, returned, or approved); null for any other.</summary>
    public async Task<ReviewedSubmission?> GetAsync(string id, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { } row || !WentThroughReview(row))
            return null;
        return View(row, (await organizations.GetAsync(row.OrganizationId, ct))?.Name);
    }

    /// <summary>The private PDF of a submission waiting for review or returned; null once approved (the public PDF is the one).</summary>
    public async Task<BinaryData?> PreviewAsync(string id, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { State: SubmissionStatus.AwaitingReview or SubmissionStatus.Returned })
            return null;
        try
        {
            return (await _review.GetBlobClient(PreviewBlob(id)).DownloadContentAsync(ct)).Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<ReviewOutcome> ApproveAsync(string id, string? reviewer, ApproveSubmissionRequest request, CancellationToken ct)
    {
        if (CheckReviewer(reviewer) is { } bad)
            return bad;
        var note = request.Note?.Trim();
        if (note?.Length > MaxNoteLength)
            return ReviewOutcome.Invalid($"审核意见（note）不能超过{MaxNoteLength}个字符。");
        // An approval that stopped after allocating the version is finished by approving again.
        var (row, refusal) = await WaitingAsync(id, resumingApproval: true, ct);
        if (refusal is not null)
            return refusal;

        var warnings = Warnings(row!);
        var acknowledgements = new List<WarningAcknowledgement>();
        foreach (var (ack, index) in (request.Acknowledgements ?? []).Select((a, i) => (a, i + 1)))
        {
            if (ack is null || !warnings.Any(w => w.Code == ack.Code && w.Path == ack.Path))
                return ReviewOutcome.Invalid($"第{index}项说明（acknowledgements）没有对应本次报送的提示（code、path）。");
            var text = ack.Note?.Trim();
            if (string.IsNullOrEmpty(text) || text.Length > MaxNoteLength)
                return ReviewOutcome.Invalid($"第{index}项说明（note）不能为空，且不超过{MaxNoteLength}个字符。");
            acknowledgements.Add(ack with { Note = text });
        }

        var body = (await _submissions.GetBlobClient(row!.BlobName).DownloadContentAsync(ct)).Value.Content;
        var report = ReportReader.Read(body.ToMemory().Span).Report
            ?? throw new InvalidDataException($"Submission {id} awaits review but its stored body cannot be read.");
        row.ReviewedBy = reviewer!.Trim();
        row.ReviewedAt = time.GetUtcNow();
        row.ReviewComment = string.IsNullOrEmpty(note) ? null : note;
        row.Acknowledgements = acknowledgements.Count == 0
            ? null
            : JsonSerializer.Serialize(acknowledgements, SubmissionJsonContext.Web.IReadOnlyListWarningAcknowledgement);
        Publishing.Publication publication;
        try
        {
            publication = await publishing.PublishAsync(row, report, body, ct);
            await store.UpdateAsync(row, ct);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return ReviewOutcome.Conflict("该报告正由其他审核人员处理，请刷新后查看。");
        }
        logger.LogInformation("Submission {SubmissionId} approved by {Reviewer}: published as v{Version}", id, row.ReviewedBy, publication.Version);
        // The public PDF is the one now; the private copy has served its purpose.
        await _review.GetBlobClient(PreviewBlob(id)).DeleteIfExistsAsync(cancellationToken: ct);
        var organization = await organizations.GetAsync(row.OrganizationId, ct);
        if (organization is not null)
            await notifier.NotifyPublishedAsync(organization, report.EffectiveTitle, row.Year, publication.Url, publication.Version, ct);
        return new ReviewOutcome(View(row, organization?.Name));
    }

    public async Task<ReviewOutcome> ReturnAsync(string id, string? reviewer, string? comment, CancellationToken ct)
    {
        if (CheckReviewer(reviewer) is { } bad)
            return bad;
        comment = comment?.Trim();
        if (string.IsNullOrEmpty(comment) || comment.Length > MaxCommentLength)
            return ReviewOutcome.Invalid($"请填写退回意见（comment），不超过{MaxCommentLength}个字符。");
        var (row, refusal) = await WaitingAsync(id, resumingApproval: false, ct);
        if (refusal is not null)
            return refusal;
        row!.Status = nameof(SubmissionStatus.Returned);
        row.ReviewedBy = reviewer!.Trim();
        row.ReviewedAt = time.GetUtcNow();
        row.ReviewComment = comment;
        row.CompletedAt = row.ReviewedAt;
        try
        {
            await store.UpdateAsync(row, ct);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return ReviewOutcome.Conflict("该报告正由其他审核人员处理，请刷新后查看。");
        }
        logger.LogInformation("Submission {SubmissionId} returned by {Reviewer}", id, row.ReviewedBy);
        var organization = await organizations.GetAsync(row.OrganizationId, ct);
        if (organization is not null)
            await notifier.NotifyReturnedAsync(organization, row.Title, row.Year, row.Id, comment, ct);
        return new ReviewOutcome(View(row, organization?.Name));
    }

    private async Task<(SubmissionEntity? Row, ReviewOutcome? Refusal)> WaitingAsync(string id, bool resumingApproval, CancellationToken ct)
    {
        var row = await store.GetAsync(id, ct);
        if (row is null)
            return (null, ReviewOutcome.NotFound($"没有编号为“{id}”的报送。"));
        if (row.State != SubmissionStatus.AwaitingReview)
            return (null, ReviewOutcome.Conflict($"该报送当前状态为“{ChineseStatus(row.State)}”，不在待审核状态。"));
        // A version on the row means an approval has begun publishing it: only that approval may finish.
        if (row.Version is not null && !resumingApproval)
            return (null, ReviewOutcome.Conflict("该报告已批准、正在发布，请稍后刷新查看。"));
        return (row, null);
    }

    private static string ChineseStatus(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Received => "处理中",
        SubmissionStatus.Published => "已发布",
        SubmissionStatus.Rejected => "未通过校验",
        SubmissionStatus.Failed => "处理失败",
        SubmissionStatus.AwaitingReview => "待审核",
        SubmissionStatus.Returned => "已退回",
        _ => status.ToString(),
    };

    private static ReviewOutcome? CheckReviewer(string? reviewer) =>
        string.IsNullOrWhiteSpace(reviewer) || reviewer.Trim().Length > MaxReviewerLength
            ? ReviewOutcome.Invalid($"请填写审核人（reviewer），不超过{MaxReviewerLength}个字符。")
            : null;

    private static bool WentThroughReview(SubmissionEntity row) =>
        row.State is SubmissionStatus.AwaitingReview or SubmissionStatus.Returned || row.ReviewedAt is not null;

    private static IReadOnlyList<ErrorItem> Warnings(SubmissionEntity row) =>
        row.Errors is null ? [] : JsonSerializer.Deserialize(row.Errors, SubmissionJsonContext.Web.IReadOnlyListErrorItem) ?? [];

    private static ReviewedSubmission View(SubmissionEntity row, string? organizationName) => new(
        row.Id,
        row.Status,
        row.OrganizationId,
        organizationName,
        row.Year,
        row.Title,
        row.ReceivedAt,
        row.State is SubmissionStatus.AwaitingReview or SubmissionStatus.Returned ? $"/api/manage/review/{row.Id}/preview.pdf" : null,
        Warnings(row),
        row.ReviewedBy,
        row.ReviewedAt,
        row.ReviewComment,
        row.Acknowledgements is null ? null : JsonSerializer.Deserialize(row.Acknowledgements, SubmissionJsonContext.Web.IReadOnlyListWarningAcknowledgement),
        row.State == SubmissionStatus.Published ? row.Url : null,
        row.State == SubmissionStatus.Published ? row.Version : null);
}
