using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Core.Validation;
using ReportFunctions.Http;
using ReportFunctions.Organizations;

namespace ReportFunctions.Functions;

/// <summary>The organization registry's admin routes; the key comes in `x-functions-key`, as Functions expects.</summary>
public sealed class OrganizationFunctions(OrganizationRegistry registry, AdminKey adminKey)
{
    [Function(nameof(PutOrganization))]
    public async Task<IActionResult> PutOrganization(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "api/manage/organizations/{id}")] HttpRequest req,
        string id,
        CancellationToken cancellationToken)
    {
        if (adminKey.Refusal(req) is { } refusal)
            return refusal;
        OrganizationRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(req.Body, ApiJsonContext.Web.OrganizationRequest, cancellationToken);
        }
        catch (JsonException e)
        {
            return ApiResults.InvalidRequest($"请求体不是有效的机构JSON：{e.Message}");
        }
        if (body is null)
            return ApiResults.InvalidRequest("请求体不能为空。");
        OrganizationKind? kind = OrganizationKindNames.TryParse(body.Kind, out var parsed) ? parsed : null;
        var record = new OrganizationRecord(
            id, body.Name?.Trim() ?? "", kind ?? OrganizationKind.Other, body.Contacts ?? [], body.DeadlineOverride, body.Active ?? true, body.SupervisorEmail,
            body.RequiresReview);
        var errors = OrganizationValidation.Validate(record).ToList();
        if (kind is null)
            errors.Add(new ValidationError("range", Severity.Error, "kind", $"机构类型“{body.Kind}”无效，应为 department、government、township 或 other。"));
        if (errors.Count > 0)
            return ApiResults.InvalidRequest(errors);

        await registry.UpsertAsync(record, cancellationToken);
        return ApiResults.Json(StatusCodes.Status200OK, OrganizationResponse.From(record), ApiJsonContext.Web.OrganizationResponse);
    }

    [Function(nameof(ListOrganizations))]
    public async Task<IActionResult> ListOrganizations(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/manage/organizations")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        if (adminKey.Refusal(req) is { } refusal)
            return refusal;
        var list = (await registry.ListAsync(cancellationToken)).Select(OrganizationResponse.From).ToList();
        return ApiResults.Json(StatusCodes.Status200OK, list, ApiJsonContext.Web.IReadOnlyListOrganizationResponse);
    }

    [Function(nameof(IssueOrganizationToken))]
    public async Task<IActionResult> IssueOrganizationToken(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/manage/organizations/{id}/token")] HttpRequest req,
        string id,
        CancellationToken cancellationToken)
    {
        if (adminKey.Refusal(req) is { } refusal)
            return refusal;
        if (await registry.GetAsync(id, cancellationToken) is null)
            return ApiResults.NotFound($"机构“{id}”未登记。");
        var token = await registry.IssueTokenAsync(id, cancellationToken);
        return ApiResults.Json(StatusCodes.Status200OK, new TokenResponse(token), ApiJsonContext.Web.TokenResponse);
    }
}
