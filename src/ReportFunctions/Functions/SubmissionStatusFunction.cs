using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Http;
using ReportFunctions.Pages;
using ReportFunctions.Publishing;
using ReportFunctions.Submissions;

namespace ReportFunctions.Functions;

/// <summary>GET /api/submissions/{id}: where a submission stands; JSON for programs, the status page for Accept: text/html.</summary>
public sealed class SubmissionStatusFunction(SubmissionStore store, Cors cors, ReportLocations locations)
{
    [Function(nameof(GetSubmission))]
    public async Task<IActionResult> GetSubmission(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "options", Route = "api/submissions/{id}")] HttpRequest req,
        string id,
        CancellationToken cancellationToken)
    {
        if (HttpMethods.IsOptions(req.Method))
            return cors.Preflight(req);
        cors.Apply(req);
        var html = PeopleAnswers.WantsHtml(req);
        var submission = await store.GetAsync(id, cancellationToken);
        if (submission is null)
        {
            var notFound = ApiResults.NotFound($"没有编号为“{id}”的提交。");
            return html ? PeopleAnswers.Page(notFound) : notFound;
        }
        var errors = submission.Errors is null ? null : JsonSerializer.Deserialize(submission.Errors, SubmissionJsonContext.Web.IReadOnlyListErrorItem);
        if (html)
        {
            var statusUrl = $"/api/submissions/{submission.Id}";
            var formUrl = $"/api/form?{SubmissionFormPage.OrganizationQuery}={Uri.EscapeDataString(submission.OrganizationId)}&{SubmissionFormPage.FromQuery}={submission.Id}";
            // A page still being processed changes within seconds; a finished one never does.
            req.HttpContext.Response.Headers.CacheControl = "no-cache";
            return new HtmlPage(SubmissionStatusPage.Render(submission, errors ?? [], statusUrl, formUrl,
                submission is { State: SubmissionStatus.Published, Version: { } version } ? locations.VersionPreviewUrl(submission.Year, submission.OrganizationId, version) : null), PageLayout.ContentSecurityPolicy);
        }
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
