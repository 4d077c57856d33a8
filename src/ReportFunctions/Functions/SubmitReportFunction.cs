using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Core.Reading;
using ReportFunctions.Http;
using ReportFunctions.Organizations;
using ReportFunctions.Pages;
using ReportFunctions.Publishing;
using ReportFunctions.Submissions;

namespace ReportFunctions.Functions;

/// <summary>
/// POST /api/reports: anonymous for the host; the organization's token is the check. Programs get JSON (202 with the
/// status URL); a browser (Accept: text/html) gets the receipt page, or the form again with what could not be read.
/// </summary>
public sealed class SubmitReportFunction(
    OrganizationRegistry organizations, SubmissionIntake intake, RateLimits limits, ReportLocations locations, SubmissionFormService forms, Cors cors)
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    [Function(nameof(SubmitReport))]
    public async Task<IActionResult> SubmitReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", "options", Route = "api/reports")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        if (HttpMethods.IsOptions(req.Method))
            return cors.Preflight(req);
        cors.Apply(req);
        var html = PeopleAnswers.WantsHtml(req);
        var answer = await SubmitAsync(req, html, cancellationToken);
        return html ? PeopleAnswers.Page(answer) : answer;
    }

    private async Task<IActionResult> SubmitAsync(HttpRequest req, bool html, CancellationToken cancellationToken)
    {
        // An address that has failed too many token checks is refused before its body is read; an organization
        // that has, once the token names it. Failures count against both (RateLimits).
        if (limits.RefuseTokenCheck(req, organization: null) is { } tooMany)
            return tooMany;

        // A token that names its organization is verified before the report is parsed, so a caller without one
        // costs no more than reading its body; a token issued before tokens named their organization is checked
        // against the organization the report names, once it is read.
        string? verified = null;
        var (request, problem) = await ReportRequestReader.ReadAsync(req, async (token, ct) =>
        {
            if (string.IsNullOrEmpty(token))
            {
                limits.TokenCheckFailed(req, organization: null);
                return ApiResults.Forbidden();
            }
            if (OrganizationRegistry.OrganizationOf(token) is not { } named)
                return null;
            if (await VerifyAsync(req, named, token, ct) is { } refusal)
                return refusal;
            verified = named;
            return null;
        }, cancellationToken);
        if (request is null)
            return problem!;
        if (request.Read.Report is not { } report)
        {
            if (!html)
                return ApiResults.InvalidReport(request.Read.Errors, request.Read.Truncated);
            var findings = ErrorItem.From(request.Read.Errors);
            var form = await forms.ForPostedAsync(request, findings, $"报告有{findings.Count}处内容不符合报送格式，没有报送。请按标出的位置修改后重新提交。", cancellationToken);
            return new HtmlPage(SubmissionFormPage.Render(form), PageLayout.ContentSecurityPolicy, StatusCodes.Status400BadRequest);
        }
        // No organization can publish in another's name.
        if (verified is null && await VerifyAsync(req, report.Organization.Id, request.Token, cancellationToken) is { } legacyRefusal)
            return legacyRefusal;
        if (verified is not null && verified != report.Organization.Id)
            return ApiResults.Forbidden();

        var registered = RegisteredOrganization.Apply(report, await organizations.GetAsync(report.Organization.Id, cancellationToken));
        var json = ReferenceEquals(registered, report) ? request.Json : ReportWriter.Write(registered);
        var receipt = await intake.AcceptAsync(registered, json, req.Headers[IdempotencyKeyHeader].ToString(), cancellationToken);
        if (receipt.IdempotencyConflict)
            return ApiResults.IdempotencyConflict();
        var statusUrl = $"/api/submissions/{receipt.Id}";
        req.HttpContext.Response.Headers.Location = statusUrl;
        if (html)
            return new HtmlPage(SubmissionReceiptPage.Render(receipt.Id!, locations.SubmissionStatusUrl(receipt.Id!)), PageLayout.ContentSecurityPolicy, StatusCodes.Status202Accepted);
        return ApiResults.Json(
            StatusCodes.Status202Accepted,
            new SubmissionAccepted(receipt.Id!, nameof(SubmissionStatus.Received), statusUrl),
            ApiJsonContext.Web.SubmissionAccepted);
    }

    // Null when the token is the organization's; else 429 when the organization has failed too often, or 403.
    private async Task<IActionResult?> VerifyAsync(HttpRequest req, string organization, string? token, CancellationToken ct)
    {
        if (limits.RefuseTokenCheck(req, organization) is { } tooMany)
            return tooMany;
        if (await organizations.VerifyTokenAsync(organization, token, ct))
            return null;
        limits.TokenCheckFailed(req, organization);
        return ApiResults.Forbidden();
    }
}
