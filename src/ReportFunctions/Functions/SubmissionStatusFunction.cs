using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Http;
using ReportFunctions.Submissions;

namespace ReportFunctions.Functions;

/// <summary>GET /api/submissions/{id}: where a submission stands.</summary>
public sealed class SubmissionStatusFunction(SubmissionStore store)
{
    [Function(nameof(GetSubmission))]
    public async Task<IActionResult> GetSubmission(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "submissions/{id}")] HttpRequest req,
        string id,
        CancellationToken cancellationToken)
    {
        var submission = await store.GetAsync(id, cancellationToken);
        if (submission is null)
            return ApiResults.NotFound($"没有编号为“{id}”的提交。");
        var errors = submission.Errors is null ? null : JsonSerializer.Deserialize(submission.Errors, SubmissionJsonContext.Web.IReadOnlyListErrorItem);
        return ApiResults.Json(
            StatusCodes.Status200OK,
            new SubmissionStatusResponse(
                submission.Id,
                submission.Status,
                submission.Url,
                submission.HtmlUrl,
                submission.State == SubmissionStatus.Published ? submission.Version : null,
                submission.Sha256,
                submission.Bytes,
                submission.Pages,
                submission.Reason,
                errors,
                submission.State == SubmissionStatus.Returned ? submission.ReviewComment : null,
                submission.ReviewedAt),
            ApiJsonContext.Web.SubmissionStatusResponse);
    }
}
