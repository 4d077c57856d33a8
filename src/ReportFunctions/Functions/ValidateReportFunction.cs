using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Core.Validation;
using ReportFunctions.Http;
using ReportFunctions.Publishing;
using ReportFunctions.Submissions;

namespace ReportFunctions.Functions;

/// <summary>POST /api/reports/validate: every rule, synchronously; nothing is stored.</summary>
public sealed class ValidateReportFunction(ReportValidator validator, PublishedReportIndex index)
{
    [Function(nameof(ValidateReport))]
    public async Task<IActionResult> ValidateReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "reports/validate")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        var (request, problem) = await ReportRequestReader.ReadAsync(req, cancellationToken);
        if (request is null)
            return problem!;
        var findings = request.Read.Errors;
        if (request.Read.Report is { } report)
        {
            var previous = await index.GetReportAsync(report.Year - 1, report.Organization.Id, cancellationToken);
            findings = validator.Validate(report, previous);
        }
        var valid = request.Read.Report is not null && findings.All(f => f.Severity != Severity.Error);
        return ApiResults.Json(
            StatusCodes.Status200OK,
            new ValidationResponse(valid, ErrorItem.From(findings)),
            ApiJsonContext.Readable.ValidationResponse);
    }
}
