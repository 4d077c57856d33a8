using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Http;
using ReportFunctions.Publishing;

namespace ReportFunctions.Functions;

/// <summary>
/// The published PDFs, their HTML editions and their page-1 previews at their stable URLs. The container is private; these anonymous routes
/// serve it from the blob's properties (PublishedBlobResult): HEAD and a conditional GET read only the properties,
/// a Range reads only that range, a full GET streams the blob.
/// </summary>
public sealed class ReportDocumentFunctions(PublishedReportIndex index)
{
    // The HTML edition is a page for people, opened from other sites' links: the same headers as the app's pages
    // (Http/HtmlPage). It is self-contained, so nothing but its inline stylesheet is allowed.
    private const string HtmlContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

    [Function(nameof(GetReportPdf))]
    public Task<IActionResult> GetReportPdf(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "api/reports/{year:int}/{orgId}.pdf")] HttpRequest req,
        int year,
        string orgId,
        CancellationToken cancellationToken) =>
        ServeAsync(req, year, orgId, null, Edition.Pdf, cancellationToken);

    [Function(nameof(GetReportPdfVersion))]
    public Task<IActionResult> GetReportPdfVersion(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "api/reports/{year:int}/{orgId}/v{version:int}.pdf")] HttpRequest req,
        int year,
        string orgId,
        int version,
        CancellationToken cancellationToken) =>
        ServeAsync(req, year, orgId, version, Edition.Pdf, cancellationToken);

    [Function(nameof(GetReportHtml))]
    public Task<IActionResult> GetReportHtml(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "api/reports/{year:int}/{orgId}.html")] HttpRequest req,
        int year,
        string orgId,
        CancellationToken cancellationToken) =>
        ServeAsync(req, year, orgId, null, Edition.Html, cancellationToken);

    [Function(nameof(GetReportHtmlVersion))]
    public Task<IActionResult> GetReportHtmlVersion(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "api/reports/{year:int}/{orgId}/v{version:int}.html")] HttpRequest req,
        int year,
        string orgId,
        int version,
        CancellationToken cancellationToken) =>
        ServeAsync(req, year, orgId, version, Edition.Html, cancellationToken);

    [Function(nameof(GetReportPagePreview))]
    public Task<IActionResult> GetReportPagePreview(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "api/reports/{year:int}/{orgId}/v{version:int}-page1.png")] HttpRequest req,
        int year,
        string orgId,
        int version,
        CancellationToken cancellationToken) =>
        ServeAsync(req, year, orgId, version, Edition.PagePreview, cancellationToken);

    private enum Edition
    {
        Pdf,
        Html,
        PagePreview,
    }

    private async Task<IActionResult> ServeAsync(HttpRequest req, int year, string orgId, int? version, Edition edition, CancellationToken cancellationToken)
    {
        var extension = edition switch { Edition.Pdf => ".pdf", Edition.Html => ".html", _ => "-page1.png" };
        // One URL per document: "02024" or "v01" would be a second name for the same PDF (and a cache key of its own).
        if (!IsCanonical(req, year, orgId, version, extension))
            return ApiResults.NotFound($"未找到该报告：年度和版本号应写作不带前导零的数字，如 /api/reports/2024/dalan-town/v1{extension}。");
        var name = (edition, version) switch
        {
            (Edition.Pdf, { } v) => ReportLocations.VersionPdfBlob(year, orgId, v),
            (Edition.Pdf, null) => ReportLocations.CurrentPdfBlob(year, orgId),
            (Edition.PagePreview, { } v) => ReportLocations.VersionPreviewBlob(year, orgId, v),
            (Edition.PagePreview, null) => throw new ArgumentNullException(nameof(version), "page previews exist per version only"),
            (_, { } v) => ReportLocations.VersionHtmlBlob(year, orgId, v),
            (_, null) => ReportLocations.CurrentHtmlBlob(year, orgId),
        };
        var properties = OrganizationId.IsValid(orgId) && version is null or > 0 ? await index.GetPropertiesAsync(name, cancellationToken) : null;
        if (properties is null)
            return ApiResults.NotFound($"未找到{orgId}的{year}年度报告。");
        if (edition == Edition.Html)
            HtmlPage.AddSecurityHeaders(req.HttpContext.Response.Headers, HtmlContentSecurityPolicy);
        return PublishedBlobResult.For(req, index, name, properties);
    }

    // The request path, not the route values, which not every host fills in the worker.
    private static bool IsCanonical(HttpRequest req, int year, string orgId, int? version, string extension) =>
        req.Path.Value?.EndsWith(
            version is { } v
                ? string.Create(CultureInfo.InvariantCulture, $"/reports/{year}/{orgId}/v{v}{extension}")
                : string.Create(CultureInfo.InvariantCulture, $"/reports/{year}/{orgId}{extension}"),
            StringComparison.Ordinal) == true;
}
