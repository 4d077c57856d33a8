using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Core.Calendar;
using ReportFunctions.Http;
using ReportFunctions.Pages;

namespace ReportFunctions.Functions;

/// <summary>GET /api/form: the submission form (Chinese HTML) that posts to POST /api/reports; ?org=&lt;id&gt; pre-fills the organization.</summary>
public sealed class SubmissionFormFunction(TimeProvider time)
{
    [Function(nameof(SubmissionForm))]
    public Task<IActionResult> SubmissionForm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "form")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        var organizationId = req.Query[SubmissionFormPage.OrganizationQuery].ToString() is { Length: > 0 } org ? org : null;
        // The page has no script and loads nothing; posting is allowed back to this app only.
        IActionResult page = new HtmlPage(
            SubmissionFormPage.Render(organizationId, ChinaStandardTime.Today(time).Year),
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
        return Task.FromResult(page);
    }
}
