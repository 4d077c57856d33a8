using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Core.Model;
using ReportFunctions.Http;
using ReportFunctions.Organizations;
using ReportFunctions.Oversight;
using ReportFunctions.Pages;

namespace ReportFunctions.Functions;

/// <summary>The console's registry: list, register or edit, deactivate, import CSV, issue or rotate a token (shown once).</summary>
public sealed class ConsoleOrganizationFunctions(ConsoleAccess access, OrganizationRegistry registry, OrganizationAdministration administration)
{
    // A county's list is a few hundred rows; 4 MiB is tens of thousands (as the API's import).
    private const long MaxImport = 4 * 1024 * 1024;

    [Function(nameof(ConsoleOrganizations))]
    public async Task<IActionResult> ConsoleOrganizations(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/console/organizations")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        var gate = access.Check(req);
        if (gate.Refusal is { } refusal)
            return refusal;
        var editing = req.Query["edit"].ToString() is { Length: > 0 } id ? await registry.GetAsync(id, cancellationToken) : null;
        var form = editing is null
            ? new OrganizationFields(null, null, null, null, null, true, null)
            : new OrganizationFields(editing.Id, editing.Name, OrganizationKindNames.Name(editing.Kind), string.Join("\n", editing.Contacts),
                editing.DeadlineOverride, editing.Active, editing.SupervisorEmail);
        return await PageAsync(gate, form, editing is not null, ConsoleNotices.Text(req.Query["done"], req.Query["n"]), null, null, StatusCodes.Status200OK, cancellationToken);
    }

    [Function(nameof(ConsoleSaveOrganization))]
    public async Task<IActionResult> ConsoleSaveOrganization(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/console/organizations")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        var gate = access.Check(req);
        if (gate.Refusal is { } refusal)
            return refusal;
        var f = await ConsoleForms.ReadAsync(req, cancellationToken);
        var fields = new OrganizationFields(f("id"), f("name"), f("kind"), f("contacts"), f("deadlineOverride"), f("active") == "1", f("supervisorEmail"));
        var editing = fields.Id is { Length: > 0 } id && await registry.GetAsync(id.Trim(), cancellationToken) is not null;
        var errors = await administration.SaveAsync(fields, cancellationToken);
        if (errors.Count > 0)
            return await PageAsync(gate, fields, editing, null, errors, null, StatusCodes.Status400BadRequest, cancellationToken);
        return new RedirectResult($"{ConsoleOrganizationsPage.Route}?done=saved");
    }

    [Function(nameof(ConsoleSetOrganizationActive))]
    public async Task<IActionResult> ConsoleSetOrganizationActive(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/console/organizations/{id}/active")] HttpRequest req,
        string id,
        CancellationToken cancellationToken)
    {
        var gate = access.Check(req);
        if (gate.Refusal is { } refusal)
            return refusal;
        var active = (await ConsoleForms.ReadAsync(req, cancellationToken))("active") == "1";
        if (!await administration.SetActiveAsync(id, active, cancellationToken))
            return await NotFoundAsync(gate, id, cancellationToken);
        return new RedirectResult($"{ConsoleOrganizationsPage.Route}?done={(active ? "activated" : "deactivated")}");
    }

    [Function(nameof(ConsoleIssueToken))]
    public async Task<IActionResult> ConsoleIssueToken(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/console/organizations/{id}/token")] HttpRequest req,
        string id,
        CancellationToken cancellationToken)
    {
        var gate = access.Check(req);
        if (gate.Refusal is { } refusal)
            return refusal;
        if (await administration.IssueTokenAsync(id, cancellationToken) is not { } token || await registry.GetAsync(id, cancellationToken) is not { } organization)
            return await NotFoundAsync(gate, id, cancellationToken);
        // Answered here, not after a redirect: the token is in this one response and nowhere else.
        var page = await PageAsync(gate, new OrganizationFields(null, null, null, null, null, true, null), false, null, null,
            new ConsoleOrganizationsPage.IssuedToken(organization, token), StatusCodes.Status200OK, cancellationToken);
        return new NoStoreResult(page);
    }

    [Function(nameof(ConsoleImportOrganizations))]
    public async Task<IActionResult> ConsoleImportOrganizations(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/console/organizations/import")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        var gate = access.Check(req);
        if (gate.Refusal is { } refusal)
            return refusal;
        var empty = new OrganizationFields(null, null, null, null, null, true, null);
        var (csv, problem) = await ConsoleForms.ReadFileAsync(req, "file", MaxImport, cancellationToken);
        if (problem is not null)
            return await PageAsync(gate, empty, false, null, [problem], null, StatusCodes.Status400BadRequest, cancellationToken);
        var (imported, errors) = await administration.ImportAsync(csv!, cancellationToken);
        if (errors.Count > 0)
            return await PageAsync(gate, empty, false, null, ["未导入任何机构，请修改以下各行后重新上传。", .. errors], null, StatusCodes.Status400BadRequest, cancellationToken);
        return new RedirectResult($"{ConsoleOrganizationsPage.Route}?done=imported&n={imported}");
    }

    private async Task<IActionResult> PageAsync(
        ConsoleGate gate, OrganizationFields form, bool editing, string? notice, IReadOnlyList<string>? errors,
        ConsoleOrganizationsPage.IssuedToken? token, int status, CancellationToken ct) =>
        new HtmlPage(
            ConsoleOrganizationsPage.Render(await registry.ListAsync(ct), form, editing, gate.Viewer, notice, errors, token),
            PageLayout.ContentSecurityPolicy, status);

    private async Task<IActionResult> NotFoundAsync(ConsoleGate gate, string id, CancellationToken ct) =>
        await PageAsync(gate, new OrganizationFields(null, null, null, null, null, true, null), false, null, [$"机构“{id}”未登记。"], null,
            StatusCodes.Status404NotFound, ct);
}
