using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Http;
using ReportFunctions.Submissions;

namespace ReportFunctions.Functions;

/// <summary>Review before publication (先备案后公布): what waits, its private PDF, approve, return. Admin routes.</summary>
public sealed class ReviewFunctions(SubmissionReview review, IReviewerIdentity reviewers, AdminKey adminKey)
{
    [Function(nameof(ListAwaitingReview))]
    public async Task<IActionResult> ListAwaitingReview(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/manage/review")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        if (adminKey.Refusal(req) is { } refusal)
            return refusal;
        var list = await review.ListAwaitingAsync(cancellationToken);
        return ApiResults.Json(StatusCodes.Status200OK, list, ApiJsonContext.Web.IReadOnlyListReviewedSubmission);
    }

    [Function(nameof(GetReviewedSubmission))]
    public async Task<IActionResult> GetReviewedSubmission(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/manage/review/{id}")] HttpRequest req,
        string id,
        CancellationToken cancellationToken)
    {
        if (adminKey.Refusal(req) is { } refusal)
            return refusal;
        return await review.GetAsync(id, cancellationToken) is { } submission
            ? ApiResults.Json(StatusCodes.Status200OK, submission, ApiJsonContext.Web.ReviewedSubmission)
            : ApiResults.NotFound($"没有编号为“{id}”的送审报送。");
    }

    [Function(nameof(GetReviewPreview))]
    public async Task<IActionResult> GetReviewPreview(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/manage/review/{id}/preview.pdf")] HttpRequest req,
        string id,
        CancellationToken cancellationToken)
    {
        if (adminKey.Refusal(req) is { } refusal)
            return refusal;
        if (await review.PreviewAsync(id, cancellationToken) is not { } pdf)
            return ApiResults.NotFound($"编号为“{id}”的报送没有待审核的PDF。");
        // Private: never kept by a shared cache.
        req.HttpContext.Response.Headers.CacheControl = "private, no-store";
        return new FileContentResult(pdf.ToArray(), "application/pdf");
    }

    [Function(nameof(ApproveSubmission))]
    public async Task<IActionResult> ApproveSubmission(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/manage/review/{id}/approve")] HttpRequest req,
        string id,
        CancellationToken cancellationToken)
    {
        if (adminKey.Refusal(req) is { } refusal)
            return refusal;
        var (request, problem) = await JsonRequestReader.ReadAsync(req, ApiJsonContext.Web.ApproveSubmissionRequest, cancellationToken);
        if (problem is not null)
            return problem;
        return Answer(await review.ApproveAsync(id, reviewers.Of(req, request!.Reviewer), request, cancellationToken));
    }

    [Function(nameof(ReturnSubmission))]
    public async Task<IActionResult> ReturnSubmission(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/manage/review/{id}/return")] HttpRequest req,
        string id,
        CancellationToken cancellationToken)
    {
        if (adminKey.Refusal(req) is { } refusal)
            return refusal;
        var (request, problem) = await JsonRequestReader.ReadAsync(req, ApiJsonContext.Web.ReturnSubmissionRequest, cancellationToken);
        if (problem is not null)
            return problem;
        return Answer(await review.ReturnAsync(id, reviewers.Of(req, request!.Reviewer), request.Comment, cancellationToken));
    }

    private static IActionResult Answer(ReviewOutcome outcome) => outcome switch
    {
        { Submission: { } submission } => ApiResults.Json(StatusCodes.Status200OK, submission, ApiJsonContext.Web.ReviewedSubmission),
        { Refusal: ReviewRefusal.NotFound } => ApiResults.NotFound(outcome.Message ?? ""),
        { Refusal: ReviewRefusal.Conflict } => ApiResults.Conflict(outcome.Message ?? ""),
        _ => ApiResults.InvalidRequest(outcome.Message ?? ""),
    };
}
