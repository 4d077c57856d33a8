using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using ReportFunctions.Http;
using ReportFunctions.Pages;

namespace ReportFunctions.Functions;

/// <summary>GET /api/assets/{name}: the pages' scripts and styles; immutable when asked for by their hash (?v=).</summary>
public sealed class PageAssetFunction
{
    [Function(nameof(PageAsset))]
    public Task<IActionResult> PageAsset(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/assets/{name}")] HttpRequest req,
        string name)
    {
        if (PageAssets.Find(name) is not { } asset)
            return Task.FromResult(ApiResults.NotFound($"没有名为“{name}”的页面资源。"));
        var headers = req.HttpContext.Response.Headers;
        var etag = $"\"{asset.Hash}\"";
        headers.ETag = etag;
        headers.CacheControl = req.Query["v"] == asset.Hash ? "public, max-age=31536000, immutable" : "no-cache";
        headers.XContentTypeOptions = "nosniff";
        if (req.Headers.IfNoneMatch.ToString() == etag)
            return Task.FromResult<IActionResult>(new StatusCodeResult(StatusCodes.Status304NotModified));
        return Task.FromResult<IActionResult>(new FileContentResult(asset.Content, asset.ContentType));
    }
}
