using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Email;
using ReportFunctions.Http;

namespace ReportFunctions.Functions;

public sealed class OutboxPoisonFunction(OutboxPoisonListing listing, AdminKey adminKey)
{
    /// <summary>E-mails the queue gave up on, with the last error, so none is lost silently.</summary>
    [Function(nameof(ListPoisonedEmails))]
    public async Task<IActionResult> ListPoisonedEmails(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/manage/outbox/poison")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        if (adminKey.Refusal(req) is { } refusal)
            return refusal;
        return ApiResults.Json(StatusCodes.Status200OK, await listing.ListAsync(cancellationToken), ApiJsonContext.Web.PoisonedEmailList);
    }
}
