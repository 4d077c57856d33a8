using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Email;
using ReportFunctions.Http;
using ReportFunctions.Pages;

namespace ReportFunctions.Functions;

/// <summary>The console's list of e-mails that could not be delivered, and "重新发送" for one or all.</summary>
public sealed class ConsoleOutboxFunctions(ConsoleAccess access, OutboxPoisonListing listing, PoisonedEmailResender resender)
{
    [Function(nameof(ConsoleOutbox))]
    public async Task<IActionResult> ConsoleOutbox(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/console/outbox")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        var gate = access.Check(req);
        if (gate.Refusal is { } refusal)
            return refusal;
        var page = ConsoleOutboxPage.Render(await listing.ListAsync(cancellationToken), gate.Viewer, ConsoleNotices.Text(req.Query["done"], req.Query["n"]));
        return new HtmlPage(page, PageLayout.ContentSecurityPolicy);
    }

    [Function(nameof(ConsoleResendEmail))]
    public async Task<IActionResult> ConsoleResendEmail(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/console/outbox/resend")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        var gate = access.Check(req);
        if (gate.Refusal is { } refusal)
            return refusal;
        var form = await ConsoleForms.ReadAsync(req, cancellationToken);
        var message = form("all") == "1" ? null : form("message");
        if (message is null && form("all") != "1")
            return new RedirectResult(ConsoleOutboxPage.Route);
        var resent = await resender.ResendAsync(message, cancellationToken);
        return new RedirectResult($"{ConsoleOutboxPage.Route}?done=resent&n={resent}");
    }
}
