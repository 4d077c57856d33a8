using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace ReportFunctions.Tests.Fixtures;

/// <summary>A result a function returned, executed against its request as the host would: status, headers and body.</summary>
public sealed record RenderedResult(int StatusCode, string? ContentType, IHeaderDictionary Headers, string Body)
{
    public static async Task<RenderedResult> ExecuteAsync(IActionResult result, HttpRequest request)
    {
        var context = request.HttpContext;
        using var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        return new RenderedResult(context.Response.StatusCode, context.Response.ContentType, context.Response.Headers, Encoding.UTF8.GetString(body.ToArray()));
    }
}
