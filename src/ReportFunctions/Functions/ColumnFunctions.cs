using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Http;
using ReportFunctions.Pages;

namespace ReportFunctions.Functions;

/// <summary>
/// GET /api/column: the public column (年报专栏), by year (?year=), searched by body name (?q=), or one body's reports
/// (?org=); GET /api/column/feed.atom: its Atom feed.
/// </summary>
public sealed class ColumnFunctions(ReportColumn column)
{
    // Anyone may fetch these anonymously; a short shared cache keeps a busy day's requests off the storage account.
    private const string CacheControl = "public, max-age=60";

    [Function(nameof(Column))]
    public async Task<IActionResult> Column(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/column")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        var page = await column.PageAsync(
            req.Query[ColumnPage.YearQuery], req.Query[ColumnPage.SearchQuery], req.Query[ColumnPage.OrganizationQuery], cancellationToken);
        req.HttpContext.Response.Headers.CacheControl = CacheControl;
        return new HtmlPage(page.Html, PageLayout.ContentSecurityPolicy, page.StatusCode);
    }

    [Function(nameof(ColumnFeed))]
    public async Task<IActionResult> ColumnFeed(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/column/feed.atom")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        var feed = await column.FeedAsync(cancellationToken);
        req.HttpContext.Response.Headers.CacheControl = CacheControl;
        return new FileContentResult(feed, Pages.ColumnFeed.ContentType);
    }
}
