using System.Globalization;
using Azure;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Http;
using ReportFunctions.Publishing;

namespace ReportFunctions.Functions;

/// <summary>
/// The published PDFs at their stable URLs. The container is private; these anonymous routes serve it from the
/// blob's properties: HEAD and a conditional GET (If-None-Match, If-Modified-Since → 304) read only the properties,
/// a single Range (→ 206, or 416 when unsatisfiable) reads only that range, and a full GET streams the blob.
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
        var name = version is { } v ? ReportLocations.VersionPdfBlob(year, orgId, v) : ReportLocations.CurrentPdfBlob(year, orgId);
        var properties = OrganizationId.IsValid(orgId) && version is null or > 0 ? await index.GetPropertiesAsync(name, cancellationToken) : null;
        if (properties is null)
            return ApiResults.NotFound($"未找到{orgId}的{year}年度报告。");
        return Answer(req, name, properties);
    }

    /// <summary>Status, headers and body of the answer, decided from the blob's properties alone.</summary>
    private PublishedBlobResult Answer(HttpRequest req, string blobName, BlobProperties properties)
    {
        var etag = EntityTagHeaderValue.Parse(properties.ETag.ToString("H"));
        // HTTP dates have whole seconds; compared with the blob's exact time, a client's copy would never be current.
        var lastModified = properties.LastModified.AddTicks(-(properties.LastModified.Ticks % TimeSpan.TicksPerSecond));
        var headers = req.HttpContext.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = lastModified;
        var raw = req.HttpContext.Response.Headers;
        raw.ContentDisposition = properties.ContentDisposition;
        raw.CacheControl = properties.CacheControl;
        raw.AcceptRanges = "bytes";

        var request = req.GetTypedHeaders();
        if (IsNotModified(request, etag, lastModified))
            return new PublishedBlobResult(StatusCodes.Status304NotModified, null, null, null);
        var length = properties.ContentLength;
        if (HttpMethods.IsHead(req.Method))
            return new PublishedBlobResult(StatusCodes.Status200OK, properties.ContentType, length, null);

        var range = RequestedRange(request, etag, lastModified);
        if (range is null)
            return new PublishedBlobResult(StatusCodes.Status200OK, properties.ContentType, length,
                ct => index.OpenAsync(blobName, properties.ETag, default, ct));
        if (Satisfiable(range, length) is not { } bytes)
        {
            raw.ContentRange = new ContentRangeHeaderValue(length).ToString();
            return new PublishedBlobResult(StatusCodes.Status416RangeNotSatisfiable, null, 0, null);
        }
        raw.ContentRange = new ContentRangeHeaderValue(bytes.Start, bytes.End, length).ToString();
        return new PublishedBlobResult(StatusCodes.Status206PartialContent, properties.ContentType, bytes.End - bytes.Start + 1,
            ct => index.OpenAsync(blobName, properties.ETag, new HttpRange(bytes.Start, bytes.End - bytes.Start + 1), ct));
    }

    // RFC 9110 §13.2.2: If-None-Match decides when present (weak comparison); If-Modified-Since only without it.
    private static bool IsNotModified(RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset lastModified)
    {
        if (request.IfNoneMatch is { Count: > 0 } tags)
            return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));
        return request.IfModifiedSince is { } since && lastModified <= since;
    }

    // One byte range, as ASP.NET's file results serve: several ranges (multipart/byteranges) are answered whole.
    // RFC 9110 §13.1.5: an If-Range naming another version (strong comparison) or another date asks for the whole.
    private static RangeItemHeaderValue? RequestedRange(RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset lastModified)
    {
        if (request.Range is not { Ranges.Count: 1 } range || !string.Equals(range.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase))
            return null;
        if (request.IfRange is { } ifRange &&
            !(ifRange.EntityTag is { } tag ? tag.Compare(etag, useStrongComparison: true) : ifRange.LastModified == lastModified))
            return null;
        return range.Ranges.Single();
    }

    private static (long Start, long End)? Satisfiable(RangeItemHeaderValue range, long length)
    {
        if (range.From is { } from)
            return from < length ? (from, Math.Min(range.To ?? length - 1, length - 1)) : null;
        return range.To is { } suffix && suffix > 0 && length > 0 ? (Math.Max(0, length - suffix), length - 1) : null;
    }

    // The request path, not the route values, which not every host fills in the worker.
    private static bool IsCanonical(HttpRequest req, int year, string orgId, int? version) =>
        req.Path.Value?.EndsWith(
            version is { } v
                ? string.Create(CultureInfo.InvariantCulture, $"/reports/{year}/{orgId}/v{v}.pdf")
                : string.Create(CultureInfo.InvariantCulture, $"/reports/{year}/{orgId}.pdf"),
            StringComparison.Ordinal) == true;
}
