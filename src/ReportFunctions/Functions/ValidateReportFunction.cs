using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Core.Validation;
using ReportFunctions.Http;
using ReportFunctions.Submissions;

namespace ReportFunctions.Functions;

/// <summary>POST /api/reports/validate: every rule, synchronously; nothing is stored.</summary>
public sealed class ValidateReportFunction(ReportChecker checker)
{
    [Function(nameof(ValidateReport))]
    public async Task<IActionResult> ValidateReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "reports/validate")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        var (request, problem) = await ReportRequestReader.ReadAsync(req, checkToken: null, cancellationToken);
        if (request is null)
            return problem!;
        var check = await checker.CheckAsync(request.Read, cancellationToken);
        return ApiResults.Json(
            StatusCodes.Status200OK,
            new ValidationResponse(check.IsValid, ErrorItem.From(check.Findings)),
            ApiJsonContext.Web.ValidationResponse);
    }
}
