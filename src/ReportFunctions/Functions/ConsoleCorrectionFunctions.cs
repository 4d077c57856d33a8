using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Corrections;
using ReportFunctions.Http;
using ReportFunctions.Organizations;
using ReportFunctions.Pages;

namespace ReportFunctions.Functions;

/// <summary>The console's correction notices: see them, issue one, resolve an item (the existing CorrectionNotices rules).</summary>
public sealed class ConsoleCorrectionFunctions(ConsoleAccess access, CorrectionNotices notices, OrganizationRegistry registry)
{
    private static readonly char[] Lines = ['\n', '\r'];

    [Function(nameof(ConsoleCorrections))]
    public async Task<IActionResult> ConsoleCorrections(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/console/corrections")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        var gate = access.Check(req);
        if (gate.Refusal is { } refusal)
            return refusal;
        var organization = req.Query["organization"].ToString() is { Length: > 0 } id ? id : null;
        var form = new ConsoleCorrectionsPage.IssueForm(organization, null, null, null);
        return await PageAsync(gate, organization, form, ConsoleNotices.Text(req.Query["done"], null), null, StatusCodes.Status200OK, cancellationToken);
    }

    [Function(nameof(ConsoleIssueCorrection))]
    public async Task<IActionResult> ConsoleIssueCorrection(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/console/corrections")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        var gate = access.Check(req);
        if (gate.Refusal is { } refusal)
            return refusal;
        var f = await ConsoleForms.ReadAsync(req, cancellationToken);
        var items = (f("items") ?? "").Split(Lines, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var outcome = await notices.IssueAsync(new IssueCorrectionNoticeRequest(f("organization"), f("quarter"), f("dueDate"), items), cancellationToken);
        if (outcome.Notice is null)
            return await PageAsync(gate, null, new ConsoleCorrectionsPage.IssueForm(f("organization"), f("quarter"), f("dueDate"), f("items")), null,
                [outcome.Message ?? "整改通知未能下发。"], StatusCodes.Status400BadRequest, cancellationToken);
        return new RedirectResult($"{ConsoleCorrectionsPage.Route}?organization={Uri.EscapeDataString(outcome.Notice.OrganizationId)}&done=issued");
    }

    [Function(nameof(ConsoleResolveCorrectionItem))]
    public async Task<IActionResult> ConsoleResolveCorrectionItem(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/console/corrections/{id}/items/{n:int}/resolve")] HttpRequest req,
        string id,
        int n,
        CancellationToken cancellationToken)
    {
        var gate = access.Check(req);
        if (gate.Refusal is { } refusal)
            return refusal;
        var account = (await ConsoleForms.ReadAsync(req, cancellationToken))("account");
        var outcome = await notices.ResolveItemAsync(id, n, account, cancellationToken);
        if (outcome.Notice is null)
            return await PageAsync(gate, null, new ConsoleCorrectionsPage.IssueForm(null, null, null, null), null,
                [outcome.Message ?? "未能确认整改。"], outcome.Refusal == CorrectionRefusal.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest,
                cancellationToken);
        return new RedirectResult($"{ConsoleCorrectionsPage.Route}?organization={Uri.EscapeDataString(outcome.Notice.OrganizationId)}&done=resolved");
    }

    private async Task<IActionResult> PageAsync(
        ConsoleGate gate, string? organization, ConsoleCorrectionsPage.IssueForm form, string? notice, IReadOnlyList<string>? errors, int status, CancellationToken ct)
    {
        var list = notices.ListAsync(organization, null, null, ct);
        var organizations = registry.ListAsync(ct);
        await Task.WhenAll(list, organizations);
        return new HtmlPage(ConsoleCorrectionsPage.Render(list.Result, organizations.Result, form, gate.Viewer, notice, errors), PageLayout.ContentSecurityPolicy, status);
    }
}
