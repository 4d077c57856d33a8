using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ReportFunctions.Http;

/// <summary>
/// CORS for the routes the form uses (POST /api/reports, …/validate, …/preview, GET /api/submissions/{id}) and only
/// for the configured origins (<see cref="CorsOptions"/>): the answer names the calling origin, never "*". In Azure
/// leave the platform's CORS list empty so that preflight requests reach these functions.
/// </summary>
public sealed class Cors(IOptions<CorsOptions> options)
{
    private readonly IReadOnlySet<string> _origins = options.Value.Origins();

    public const string AllowedHeaders = "Content-Type, Accept, X-Org-Token, Idempotency-Key";

    /// <summary>Adds the CORS headers to the answer when the request comes from an allowed origin.</summary>
    public void Apply(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = request.HttpContext.Response;
        response.Headers.Append("Vary", "Origin");
        if (AllowedOrigin(request) is not { } origin)
            return;
        response.Headers.AccessControlAllowOrigin = origin;
        response.Headers.AccessControlExposeHeaders = "Location, Retry-After";
    }

    /// <summary>The answer to an OPTIONS preflight: 204, with permission only for an allowed origin.</summary>
    public IActionResult Preflight(HttpRequest request)
    {
        Apply(request);
        if (AllowedOrigin(request) is not null)
        {
            var headers = request.HttpContext.Response.Headers;
            headers.AccessControlAllowMethods = "GET, POST";
            headers.AccessControlAllowHeaders = AllowedHeaders;
            headers.AccessControlMaxAge = "600";
        }
        return new StatusCodeResult(StatusCodes.Status204NoContent);
    }

    private string? AllowedOrigin(HttpRequest request) =>
        request.Headers.Origin.ToString() is { Length: > 0 } origin && _origins.Contains(origin) ? origin : null;
}
