using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ReportFunctions.Functions;

/// <summary>
/// The answer to a request for a published blob once its status is known: the status, the length of the body and,
/// for GET, the body streamed from storage as it is written to the client (never held in memory whole).
/// </summary>
internal sealed class PublishedBlobResult(int statusCode, string? contentType, long? contentLength, Func<CancellationToken, Task<Stream>>? open) : IActionResult
{
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
