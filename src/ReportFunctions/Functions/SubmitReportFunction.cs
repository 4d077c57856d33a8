using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Http;
using ReportFunctions.Organizations;
using ReportFunctions.Submissions;

namespace ReportFunctions.Functions;

/// <summary>POST /api/reports: anonymous for the host; the organization's token is the check.</summary>
public sealed class SubmitReportFunction(OrganizationRegistry organizations, SubmissionIntake intake)
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    [Function(nameof(SubmitReport))]
    public async Task<IActionResult> SubmitReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "reports")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        // A token that names its organization is verified before the report is parsed, so a caller without one
        // costs no more than reading its body; a token issued before tokens named their organization is checked
        // against the organization the report names, once it is read.
        string? verified = null;
        var (request, problem) = await ReportRequestReader.ReadAsync(req, async (token, ct) =>
        {
            if (string.IsNullOrEmpty(token))
                return ApiResults.Forbidden();
            if (OrganizationRegistry.OrganizationOf(token) is not { } named)
                return null;
            if (!await organizations.VerifyTokenAsync(named, token, ct))
                return ApiResults.Forbidden();
            verified = named;
            return null;
        }, cancellationToken);
        if (request is null)
            return problem!;
        if (request.Read.Report is not { } report)
            return ApiResults.InvalidReport(request.Read.Errors);
        // No organization can publish in another's name.
        var authorized = verified is not null
            ? verified == report.Organization.Id
            : await organizations.VerifyTokenAsync(report.Organization.Id, request.Token, cancellationToken);
        if (!authorized)
            return ApiResults.Forbidden();

        var receipt = await intake.AcceptAsync(report, request.Json, req.Headers[IdempotencyKeyHeader].ToString(), cancellationToken);
        if (receipt.IdempotencyConflict)
            return ApiResults.IdempotencyConflict();
        var statusUrl = $"/api/submissions/{receipt.Id}";
        req.HttpContext.Response.Headers.Location = statusUrl;
        return ApiResults.Json(
            StatusCodes.Status202Accepted,
            new SubmissionAccepted(receipt.Id!, nameof(SubmissionStatus.Received), statusUrl),
            ApiJsonContext.Web.SubmissionAccepted);
    }
}
