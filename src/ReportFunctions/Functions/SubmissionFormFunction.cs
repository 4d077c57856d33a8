using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Http;
using ReportFunctions.Pages;

namespace ReportFunctions.Functions;

/// <summary>
/// GET /api/form: the submission form (Chinese HTML) that posts to POST /api/reports. ?org=&lt;id&gt; fills and locks
/// the organization from the registry and pre-fills from its previous year's report; &amp;from=&lt;submission id&gt;
/// reopens that submission with its data and findings (the status page's and review e-mails' link).
/// </summary>
public sealed class SubmissionFormFunction(SubmissionFormService forms)
{
    [Function(nameof(SubmissionForm))]
    public async Task<IActionResult> SubmissionForm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/form")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        var organizationId = req.Query[SubmissionFormPage.OrganizationQuery].ToString() is { Length: > 0 } org ? org : null;
        var from = req.Query[SubmissionFormPage.FromQuery].ToString() is { Length: > 0 } id ? id : null;
        var form = await forms.ForLinkAsync(organizationId, from, cancellationToken);
        return new HtmlPage(SubmissionFormPage.Render(form), PageLayout.ContentSecurityPolicy);
    }
}
