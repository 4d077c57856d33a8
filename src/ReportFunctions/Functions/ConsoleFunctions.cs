using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Core.Calendar;
using ReportFunctions.Http;
using ReportFunctions.Oversight;
using ReportFunctions.Pages;

namespace ReportFunctions.Functions;

/// <summary>The console's year screen, its exports and a body's page. Anonymous at the host: <see cref="ConsoleAccess"/> decides.</summary>
public sealed class ConsoleFunctions(ConsoleAccess access, YearOverviewBuilder years, BodyViewBuilder bodies, TimeProvider time)
{
    [Function(nameof(ConsoleYear))]
    public async Task<IActionResult> ConsoleYear(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/console")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        var gate = access.Check(req);
        if (gate.Refusal is { } refusal)
            return refusal;
        var overview = await years.BuildAsync(Query(req), cancellationToken);
        return new HtmlPage(ConsoleYearPage.Render(overview, gate.Viewer), PageLayout.ContentSecurityPolicy);
    }

    /// <summary>The year table as filtered on screen: ?format=csv or xlsx with the screen's query.</summary>
    [Function(nameof(ConsoleExport))]
    public async Task<IActionResult> ConsoleExport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/console/export")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        var gate = access.Check(req);
        if (gate.Refusal is { } refusal)
            return refusal;
        var overview = await years.BuildAsync(Query(req), cancellationToken);
        return req.Query["format"].ToString() == "xlsx"
            ? new FileContentResult(YearTableExport.Xlsx(overview), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            { FileDownloadName = YearTableExport.FileName(overview, "xlsx") }
            : new FileContentResult(YearTableExport.Csv(overview), "text/csv; charset=utf-8") { FileDownloadName = YearTableExport.FileName(overview, "csv") };
    }

    [Function(nameof(ConsoleBody))]
    public async Task<IActionResult> ConsoleBody(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/console/bodies/{id}")] HttpRequest req,
        string id,
        CancellationToken cancellationToken)
    {
        var gate = access.Check(req);
        if (gate.Refusal is { } refusal)
            return refusal;
        if (await bodies.BuildAsync(id, cancellationToken) is not { } view)
            return new HtmlPage(ConsolePage.Render("未找到机构", gate.Viewer, ConsoleSection.Year, $"<p>机构“{PageLayout.Encode(id)}”未登记。</p>"),
                PageLayout.ContentSecurityPolicy, StatusCodes.Status404NotFound);
        return new HtmlPage(ConsoleBodyPage.Render(view, gate.Viewer), PageLayout.ContentSecurityPolicy);
    }

    // The year most bodies are being chased for: last calendar year's report (China time).
    private YearOverviewQuery Query(HttpRequest req) =>
        YearOverviewQuery.Parse(name => req.Query[name].ToString(), ChinaStandardTime.Today(time).Year - 1);
}
