using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ReportFunctions.Http;

/// <summary>
/// A Chinese HTML page for people, with the headers every page of the app carries: its content security policy
/// (never framed: frame-ancestors 'none'), no MIME sniffing, no referrer sent to other sites.
/// </summary>
public sealed class HtmlPage(string html, string contentSecurityPolicy, int statusCode = StatusCodes.Status200OK) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        AddSecurityHeaders(response.Headers, contentSecurityPolicy);
        await response.WriteAsync(html, context.HttpContext.RequestAborted);
    }

    /// <summary>The headers of every HTML response, rendered here or served from storage (the HTML edition).</summary>
    public static void AddSecurityHeaders(IHeaderDictionary headers, string contentSecurityPolicy)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.ContentSecurityPolicy = $"{contentSecurityPolicy}; frame-ancestors 'none'; base-uri 'none'";
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
    }
}
