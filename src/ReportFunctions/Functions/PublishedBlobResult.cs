using Azure;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using ReportFunctions.Publishing;

namespace ReportFunctions.Functions;

/// <summary>
/// The answer to GET or HEAD of a published blob (PDF or HTML edition), decided from its properties alone: ETag,
/// Last-Modified, Content-Disposition, Cache-Control and Accept-Ranges as stored; 304 for a matching conditional
/// request; for GET the body, or one range of it, streamed from storage as it is written to the client.
/// </summary>
internal sealed class PublishedBlobResult(int statusCode, string? contentType, long? contentLength, Func<CancellationToken, Task<Stream>>? open) : IActionResult
{
    /// <summary>Status, headers and body of the answer, decided from the blob's properties alone.</summary>
    public static PublishedBlobResult For(HttpRequest req, PublishedReportIndex index, string blobName, BlobProperties properties)
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
        if (PreconditionFails(request, etag, lastModified))
            return new PublishedBlobResult(StatusCodes.Status412PreconditionFailed, null, 0, null);
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

    // RFC 9110 §13.2.2, as ASP.NET's file results evaluate it: If-Match (strong comparison) decides when present,
    // If-Unmodified-Since only without it.
    private static bool PreconditionFails(RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset lastModified)
    {
        if (request.IfMatch is { Count: > 0 } tags)
            return !tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: true));
        return request.IfUnmodifiedSince is { } since && lastModified > since;
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

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.StatusCode = statusCode;
        if (contentType is not null)
            response.ContentType = contentType;
        response.ContentLength = contentLength;
        if (open is null)
            return;
        var ct = context.HttpContext.RequestAborted;
        await using var content = await open(ct);
        await content.CopyToAsync(response.Body, ct);
    }
}
