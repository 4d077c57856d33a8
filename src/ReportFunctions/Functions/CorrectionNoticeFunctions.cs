using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using ReportFunctions.Core.Reminders;
using ReportFunctions.Corrections;
using ReportFunctions.Http;

namespace ReportFunctions.Functions;

/// <summary>The supervising office's correction notices (整改通知): issue, list, and resolve items one by one.</summary>
public sealed class CorrectionNoticeFunctions(CorrectionNotices notices, AdminKey adminKey)
{
    [Function(nameof(IssueCorrectionNotice))]
    public async Task<IActionResult> IssueCorrectionNotice(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/manage/corrections")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        if (adminKey.Refusal(req) is { } refusal)
            return refusal;
        var (request, problem) = await JsonRequestReader.ReadAsync(req, ApiJsonContext.Web.IssueCorrectionNoticeRequest, cancellationToken);
        if (problem is not null)
            return problem;
        return Answer(StatusCodes.Status201Created, await notices.IssueAsync(request!, cancellationToken));
    }

    [Function(nameof(ListCorrectionNotices))]
    public async Task<IActionResult> ListCorrectionNotices(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/manage/corrections")] HttpRequest req,
        CancellationToken cancellationToken)
    {
        if (adminKey.Refusal(req) is { } refusal)
            return refusal;
        var organization = Query(req, "organization");
        var quarter = Query(req, "quarter");
        var status = Query(req, "status");
        if (quarter is not null && !ReportingQuarter.TryParse(quarter, out _))
            return ApiResults.InvalidRequest($"季度“{quarter}”无效，应为“2026Q3”格式。");
        if (status is not null and not (CorrectionNotice.Open or CorrectionNotice.ResolvedStatus))
            return ApiResults.InvalidRequest($"状态“{status}”无效，应为 open 或 resolved。");
        var list = await notices.ListAsync(organization, quarter, status, cancellationToken);
        return ApiResults.Json(StatusCodes.Status200OK, list, ApiJsonContext.Web.IReadOnlyListCorrectionNotice);
    }

    [Function(nameof(ResolveCorrectionItem))]
    public async Task<IActionResult> ResolveCorrectionItem(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/manage/corrections/{id}/items/{n:int}/resolve")] HttpRequest req,
        string id,
        int n,
        CancellationToken cancellationToken)
    {
        if (adminKey.Refusal(req) is { } refusal)
            return refusal;
        var (request, problem) = await JsonRequestReader.ReadAsync(req, ApiJsonContext.Web.ResolveCorrectionItemRequest, cancellationToken);
        if (problem is not null)
            return problem;
        return Answer(StatusCodes.Status200OK, await notices.ResolveItemAsync(id, n, request!.Account, cancellationToken));
    }

    private static string? Query(HttpRequest req, string name) =>
        req.Query.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString().Trim() : null;

    private static IActionResult Answer(int status, CorrectionOutcome outcome) => outcome switch
    {
        { Notice: { } notice } => ApiResults.Json(status, notice, ApiJsonContext.Web.CorrectionNotice),
        { Refusal: CorrectionRefusal.NotFound } => ApiResults.NotFound(outcome.Message ?? ""),
        { Refusal: CorrectionRefusal.Conflict } => ApiResults.Conflict(outcome.Message ?? ""),
        _ => ApiResults.InvalidRequest(outcome.Message ?? ""),
    };
}
