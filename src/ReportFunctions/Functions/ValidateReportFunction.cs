using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Http;
using ReportFunctions.Pages;
using ReportFunctions.Submissions;

namespace ReportFunctions.Functions;

/// <summary>
/// POST /api/reports/validate: every rule, synchronously; nothing is stored. JSON for programs and the form's script;
/// the form's "检查" button without script (Accept: text/html) gets the form again with the findings at their cells.
/// </summary>
public sealed class ValidateReportFunction(ReportCheckRequests checks, SubmissionFormService forms, Cors cors)
{
    [Function(nameof(ValidateReport))]
    public async Task<IActionResult> ValidateReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", "options", Route = "api/reports/validate")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        if (HttpMethods.IsOptions(req.Method))
            return cors.Preflight(req);
        cors.Apply(req);
        var html = PeopleAnswers.WantsHtml(req);
        var (checkedReport, problem) = await checks.CheckAsync(req, cancellationToken);
        if (checkedReport is null)
            return html ? PeopleAnswers.Page(problem!) : problem!;
        var (request, check) = checkedReport;
        var findings = ErrorItem.From(check.Findings);
        if (html)
        {
            var notice = check.IsValid
                ? "检查完成：没有发现错误" + (findings.Count > 0 ? $"，有{findings.Count}处提示（不影响报送）。" : "，可以提交。")
                : $"检查完成：有{findings.Count(f => f.Severity == "error")}处错误需要修改，报告尚未报送。";
            return new HtmlPage(SubmissionFormPage.Render(await forms.ForPostedAsync(request, findings, notice, cancellationToken)), PageLayout.ContentSecurityPolicy);
        }
        return ApiResults.Json(StatusCodes.Status200OK, new ValidationResponse(check.IsValid, findings, check.Read.Truncated ? true : null), ApiJsonContext.Web.ValidationResponse);
    }
}
