using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Http;
using ReportFunctions.Pages;
using ReportFunctions.Publishing;

namespace ReportFunctions.Functions;

/// <summary>
/// GET /api/reports?year=2021: the published reports of a year, with their versions and corrections, as JSON for
/// programs; a browser (Accept: text/html) is sent to the same year's column page.
/// </summary>
public sealed class ListReportsFunction(PublishedReportIndex index)
{
    [Function(nameof(ListReports))]
    public async Task<IActionResult> ListReports(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/reports")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        req.HttpContext.Response.Headers.Vary = "Accept";
        if (PrefersHtml(req))
        {
            var asked = req.Query["year"].ToString();
            return new RedirectResult(asked.Length > 0 ? $"{ColumnPage.Path}?{ColumnPage.YearQuery}={Uri.EscapeDataString(asked)}" : ColumnPage.Path);
        }
        if (!int.TryParse(req.Query["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 9999)
            return ApiResults.InvalidRequest("请用查询参数 year 指定报告年度，如 ?year=2021。");
        var reports = await index.ListAsync(year, cancellationToken);
        return ApiResults.Json(StatusCodes.Status200OK, reports, ApiJsonContext.Web.IReadOnlyListPublishedReport);
    }

    // A browser's navigation lists text/html before */*; a program asking for JSON, or for anything, gets JSON.
    private static bool PrefersHtml(HttpRequest req)
    {
        var accept = req.GetTypedHeaders().Accept;
        var html = accept.Where(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var json = accept.Where(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        return html > 0 && html >= json;
    }
}
