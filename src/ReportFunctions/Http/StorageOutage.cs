using System.Net.Sockets;
using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace ReportFunctions.Http;

/// <summary>
/// Storage that cannot be reached (after the SDK's own retries) answers 503 with Retry-After and a problem document
/// instead of a bare 500: the Functions worker's middleware here, the local runner through <see cref="Is"/> and
/// <see cref="ApiResults.StorageUnavailable"/>. Other failures stay 500s.
/// </summary>
public sealed class StorageOutage : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context);
        }
        catch (Exception e) when (Is(e) && context.GetHttpContext() is { Response.HasStarted: false } http)
        {
            var result = ApiResults.StorageUnavailable(http.Response);
            await result.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
        }
    }

    /// <summary>Whether the failure is storage being unreachable or unavailable, as opposed to a fault of the request or the app.</summary>
    public static bool Is(Exception exception) => exception switch
    {
        // Status 0: no answer at all (connection refused, reset, timed out); 5xx: the service said it cannot serve now.
        RequestFailedException failed => failed.Status is 0 or 408 or >= 500,
        AggregateException all => all.InnerExceptions.Count > 0 && all.InnerExceptions.All(Is),
        HttpRequestException or SocketException => true,
        _ => false,
    };
}
