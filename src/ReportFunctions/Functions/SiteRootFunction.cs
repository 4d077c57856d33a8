using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Pages;

namespace ReportFunctions.Functions;

/// <summary>
/// GET /: the site's root leads to the public column (年报专栏). host.json's route prefix is "" and the route matches
/// the empty path only (the host's documented way to serve the root; AzureWebJobsDisableHomepage hides its own page).
/// </summary>
public sealed class SiteRootFunction
{
    [Function(nameof(SiteRoot))]
    public Task<IActionResult> SiteRoot(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "{root:maxlength(0)?}")] HttpRequest req) =>
        Task.FromResult<IActionResult>(new RedirectResult(ColumnPage.Path));
}
