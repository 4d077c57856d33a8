using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Http;
using ReportFunctions.Publishing;

namespace ReportFunctions.Functions;

/// <summary>GET /api/reports?year=2021: the published reports of a year, with their versions and corrections.</summary>
public sealed class ListReportsFunction(PublishedReportIndex index)
{
    [Function(nameof(ListReports))]
    public async Task<IActionResult> ListReports(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        if (!int.TryParse(req.Query["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 9999)
            return ApiResults.InvalidRequest("请用查询参数 year 指定报告年度，如 ?year=2021。");
        var reports = await index.ListAsync(year, cancellationToken);
        return ApiResults.Json(StatusCodes.Status200OK, reports, ApiJsonContext.Web.IReadOnlyListPublishedReport);
    }
}
