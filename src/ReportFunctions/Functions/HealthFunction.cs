using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Http;

namespace ReportFunctions.Functions;

public sealed class HealthFunction
{
    [Function(nameof(Health))]
    public Task<IActionResult> Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest req,
        CancellationToken cancellationToken) =>
        Task.FromResult(ApiResults.Json(StatusCodes.Status200OK, new HealthResponse("ok"), ApiJsonContext.Web.HealthResponse));
}
