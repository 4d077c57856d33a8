using Microsoft.AspNetCore.Mvc;

namespace ReportFunctions.Http;

/// <summary>An answer no cache may keep (a page that shows a secret once).</summary>
public sealed class NoStoreResult(IActionResult inner) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return inner.ExecuteResultAsync(context);
    }
}
