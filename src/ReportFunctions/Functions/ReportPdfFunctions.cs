using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using ReportFunctions.Http;
using ReportFunctions.Publishing;

namespace ReportFunctions.Functions;

/// <summary>
/// The published PDFs at their stable URLs. The container is private; these anonymous routes serve it with
/// the blob's ETag (If-None-Match → 304), Range (→ 206) and HEAD, handled by ASP.NET's file result.
/// </summary>
public sealed class ReportPdfFunctions(PublishedReportIndex index)
{
    [Function(nameof(GetReportPdf))]
    public Task<IActionResult> GetReportPdf(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "reports/{year:int}/{orgId}.pdf")] HttpRequest req,
        int year,
        string orgId,
        CancellationToken cancellationToken) =>
        ServeAsync(req, year, orgId, null, cancellationToken);

    [Function(nameof(GetReportPdfVersion))]
    public Task<IActionResult> GetReportPdfVersion(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "reports/{year:int}/{orgId}/v{version:int}.pdf")] HttpRequest req,
        int year,
        string orgId,
        int version,
        CancellationToken cancellationToken) =>
        ServeAsync(req, year, orgId, version, cancellationToken);

    private async Task<IActionResult> ServeAsync(HttpRequest req, int year, string orgId, int? version, CancellationToken cancellationToken)
    {
        // One URL per document: "02024" or "v01" would be a second name for the same PDF (and a cache key of its own).
        if (!IsCanonical(req, year, orgId, version))
            return ApiResults.NotFound("未找到该报告：年度和版本号应写作不带前导零的数字，如 /api/reports/2024/dalan-town/v1.pdf。");
        var pdf = await index.DownloadPdfAsync(year, orgId, version, cancellationToken);
        if (pdf is null)
            return ApiResults.NotFound($"未找到{orgId}的{year}年度报告。");
        var headers = req.HttpContext.Response.Headers;
        headers.ContentDisposition = pdf.Details.ContentDisposition;
        headers.CacheControl = pdf.Details.CacheControl;
        return new FileContentResult(pdf.Content.ToArray(), "application/pdf")
        {
            EnableRangeProcessing = true,
            EntityTag = EntityTagHeaderValue.Parse(pdf.Details.ETag.ToString("H")),
            LastModified = pdf.Details.LastModified,
        };
    }

    // The request path, not the route values, which not every host fills in the worker.
    private static bool IsCanonical(HttpRequest req, int year, string orgId, int? version) =>
        req.Path.Value?.EndsWith(
            version is { } v
                ? string.Create(CultureInfo.InvariantCulture, $"/reports/{year}/{orgId}/v{v}.pdf")
                : string.Create(CultureInfo.InvariantCulture, $"/reports/{year}/{orgId}.pdf"),
            StringComparison.Ordinal) == true;
}
