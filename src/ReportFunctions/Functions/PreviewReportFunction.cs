using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Core.Rendering;
using ReportFunctions.Http;
using ReportFunctions.Pages;
using ReportFunctions.Submissions;

namespace ReportFunctions.Functions;

/// <summary>
/// POST /api/reports/preview: the PDF exactly as publication would render it (the registry's name, the same
/// renderer), nothing stored or published; the validate route's limits and rate limit. A report with errors gets
/// 422 and the findings (JSON like the validate route's, or the form again for Accept: text/html).
/// </summary>
public sealed class PreviewReportFunction(ReportCheckRequests checks, ReportRenderer renderer, SubmissionFormService forms, Cors cors)
{
    [Function(nameof(PreviewReport))]
    public async Task<IActionResult> PreviewReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", "options", Route = "api/reports/preview")] HttpRequest req,
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
        if (!check.IsValid || check.Report is not { } report)
        {
            if (!html)
                return ApiResults.Json(StatusCodes.Status422UnprocessableEntity, new ValidationResponse(false, findings, check.Read.Truncated ? true : null), ApiJsonContext.Web.ValidationResponse);
            var form = await forms.ForPostedAsync(request, findings, "报告有错误，无法预览。请按标出的位置修改后再预览。", cancellationToken);
            return new HtmlPage(SubmissionFormPage.Render(form), PageLayout.ContentSecurityPolicy, StatusCodes.Status422UnprocessableEntity);
        }
        var pdf = renderer.Render(report);
        req.HttpContext.Response.Headers.CacheControl = "no-store";
        req.HttpContext.Response.Headers.ContentDisposition = "inline; filename=\"preview.pdf\"";
        return new FileContentResult(pdf.Pdf, "application/pdf");
    }
}
