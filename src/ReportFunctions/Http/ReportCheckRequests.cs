using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ReportFunctions.Core.Validation;
using ReportFunctions.Organizations;
using ReportFunctions.Submissions;

namespace ReportFunctions.Http;

/// <summary>A report checked on request, nothing stored: the request as read, every rule's findings, of the report under the registry's name.</summary>
public sealed record CheckedReport(ReportRequest Request, ReportCheck Check);

/// <summary>
/// What POST /api/reports/validate and …/preview share: the rate limit (both are anonymous and the most expensive
/// routes there are: every rule, fonts included), the size-limited read, and the worker's context for the rules.
/// </summary>
public sealed class ReportCheckRequests(ReportChecker checker, OrganizationRegistry organizations, RateLimits limits, TimeProvider time)
{
    /// <summary>The checked report, or the problem answer (429, 413, 415, malformed JSON).</summary>
    public async Task<(CheckedReport? Checked, IActionResult? Problem)> CheckAsync(HttpRequest req, CancellationToken cancellationToken)
    {
        if (limits.RefuseValidation(req) is { } tooMany)
            return (null, tooMany);
        var (request, problem) = await ReportRequestReader.ReadAsync(req, checkToken: null, cancellationToken);
        if (request is null)
            return (null, problem);
        // The same context as the worker's: the registered body's deadline, and now as the receipt time.
        var registered = request.Read.Report is { } report ? await organizations.GetAsync(report.Organization.Id, cancellationToken) : null;
        // Checked as it would be published: under the registry's name and kind (SubmitReportFunction stores it so).
        var read = request.Read.Report is { } typed ? request.Read with { Report = RegisteredOrganization.Apply(typed, registered) } : request.Read;
        var check = await checker.CheckAsync(read, new CheckContext(ReceivedAt: time.GetUtcNow(), Registered: registered), cancellationToken);
        return (new CheckedReport(request, check), null);
    }
}
