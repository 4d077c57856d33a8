using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Core.Validation;
using ReportFunctions.Http;
using ReportFunctions.Organizations;
using ReportFunctions.Submissions;

namespace ReportFunctions.Functions;

/// <summary>POST /api/reports/validate: every rule, synchronously; nothing is stored.</summary>
public sealed class ValidateReportFunction(ReportChecker checker, OrganizationRegistry organizations, RateLimits limits, TimeProvider time)
{
    [Function(nameof(ValidateReport))]
    public async Task<IActionResult> ValidateReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "reports/validate")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        // Anonymous and the most expensive route there is (every rule, fonts included): each request counts.
        if (limits.RefuseValidation(req) is { } tooMany)
            return tooMany;
        var (request, problem) = await ReportRequestReader.ReadAsync(req, checkToken: null, cancellationToken);
        if (request is null)
            return problem!;
        // The same context as the worker's: the registered body's deadline, and now as the receipt time.
        var registered = request.Read.Report is { } report ? await organizations.GetAsync(report.Organization.Id, cancellationToken) : null;
        var check = await checker.CheckAsync(request.Read, new CheckContext(ReceivedAt: time.GetUtcNow(), Registered: registered), cancellationToken);
        return ApiResults.Json(
            StatusCodes.Status200OK,
            new ValidationResponse(check.IsValid, ErrorItem.From(check.Findings), check.Read.Truncated ? true : null),
            ApiJsonContext.Web.ValidationResponse);
    }
}
