using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Core.Validation;
using ReportFunctions.Corrections;
using ReportFunctions.Email;
using ReportFunctions.Http;
using ReportFunctions.Organizations;
using ReportFunctions.Pages;
using ReportFunctions.Publishing;

namespace ReportFunctions.Functions;

/// <summary>
/// The organization's side of a correction notice, reached from its e-mail: GET shows the notice and the answer form
/// (JSON of the notice for a caller that does not ask for HTML), POST stores the answers (整改情况) under the
/// organization's token, as a form (HTML answer) or as JSON (JSON answer). Failed tokens count as on POST /api/reports.
/// </summary>
public sealed class CorrectionAnswerFunctions(
    CorrectionNotices notices,
    OrganizationRegistry organizations,
    ReportLocations locations,
    RateLimits limits,
    IOptions<OfficeOptions> office)
{
    private const string OrganizationQuery = "org";

    [Function(nameof(GetCorrectionNotice))]
    public async Task<IActionResult> GetCorrectionNotice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/corrections/{id}")] HttpRequest req,
        string id,
        CancellationToken cancellationToken)
    {
        var html = WantsHtml(req);
        var (notice, organizationName) = await FindAsync(id, req.Query[OrganizationQuery].ToString(), cancellationToken);
        if (notice is null)
            return NotFound(html, id);
        if (!html)
            return ApiResults.Json(StatusCodes.Status200OK, notice, ApiJsonContext.Web.CorrectionNotice);
        return Page(CorrectionAnswerPage.Render(notice, organizationName!, office.Value.Name, PageUrl(notice)));
    }

    [Function(nameof(AnswerCorrectionNotice))]
    public async Task<IActionResult> AnswerCorrectionNotice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/corrections/{id}")] HttpRequest req,
        string id,
        CancellationToken cancellationToken)
    {
        var isForm = req.HasFormContentType;
        var organizationId = req.Query[OrganizationQuery].ToString();
        var rateKey = OrganizationId.IsValid(organizationId) ? organizationId : null;
        if (limits.RefuseTokenCheck(req, rateKey) is { } tooMany)
            return isForm ? TooManyPage(req) : tooMany;
        var (notice, organizationName) = await FindAsync(id, organizationId, cancellationToken);
        if (notice is null)
            return NotFound(isForm, id);

        string? token;
        IReadOnlyList<CorrectionAnswer?> answers;
        Func<string, string?>? posted = null;
        if (isForm)
        {
            if (req.ContentLength > JsonRequestReader.MaxBody)
                return ApiResults.PayloadTooLarge(JsonRequestReader.MaxBody);
            var form = await req.ReadFormAsync(cancellationToken);
            posted = name => form.TryGetValue(name, out var value) ? value.ToString() : null;
            token = posted(CorrectionAnswerPage.TokenField);
            answers = CorrectionAnswerPage.AnswersFrom(notice, posted);
        }
        else
        {
            var (request, problem) = await JsonRequestReader.ReadAsync(req, ApiJsonContext.Web.AnswerCorrectionNoticeRequest, cancellationToken);
            if (problem is not null)
                return problem;
            token = req.Headers[ReportRequestReader.TokenHeader].ToString();
            answers = request!.Answers ?? [];
        }

        if (!await organizations.VerifyTokenAsync(notice.OrganizationId, token, cancellationToken))
        {
            limits.TokenCheckFailed(req, notice.OrganizationId);
            if (!isForm)
                return ApiResults.Forbidden();
            var refusal = new ValidationError("forbidden", Severity.Error, CorrectionAnswerPage.TokenField,
                string.IsNullOrEmpty(token) ? "请填写报送令牌。" : "报送令牌不正确，或不是本单位的令牌。请核对后重新填写。");
            return Page(CorrectionAnswerPage.Render(notice, organizationName!, office.Value.Name, PageUrl(notice), [refusal], posted), StatusCodes.Status403Forbidden);
        }

        var outcome = await notices.AnswerAsync(notice.Id, notice.OrganizationId, answers, cancellationToken);
        if (outcome.Notice is { } answered)
        {
            return isForm
                ? Page(CorrectionAnswerPage.RenderConfirmation(answered, organizationName!, office.Value.Name, answers.Select(a => a!.Number).ToList(), PageUrl(answered)))
                : ApiResults.Json(StatusCodes.Status200OK, answered, ApiJsonContext.Web.CorrectionNotice);
        }
        if (outcome.Refusal == CorrectionRefusal.NotFound)
            return NotFound(isForm, id);
        var errors = outcome.Errors ?? [new ValidationError("invalid", Severity.Error, "items", outcome.Message ?? "")];
        return isForm
            ? Page(CorrectionAnswerPage.Render(notice, organizationName!, office.Value.Name, PageUrl(notice), errors, posted), StatusCodes.Status400BadRequest)
            : ApiResults.InvalidRequest(errors);
    }

    /// <summary>The notice when it exists and belongs to the organization named by ?org=; any other case is simply unknown.</summary>
    private async Task<(CorrectionNotice? Notice, string? OrganizationName)> FindAsync(string id, string organizationId, CancellationToken ct)
    {
        if (!OrganizationId.IsValid(organizationId) || await notices.GetAsync(id, ct) is not { } notice || notice.OrganizationId != organizationId)
            return (null, null);
        return (notice, (await organizations.GetAsync(organizationId, ct))?.Name ?? organizationId);
    }

    private string PageUrl(CorrectionNotice notice) => locations.CorrectionPageUrl(notice.Id, notice.OrganizationId);

    private static IActionResult NotFound(bool html, string id)
    {
        const string message = "没有找到这份整改通知。请使用整改通知邮件中的链接打开本页（链接中含有本单位的机构标识）。";
        return html
            ? Page(CorrectionAnswerPage.RenderMessage("未找到整改通知", message), StatusCodes.Status404NotFound)
            : ApiResults.NotFound($"整改通知“{id}”不存在。");
    }

    private static IActionResult TooManyPage(HttpRequest req)
    {
        var seconds = req.HttpContext.Response.Headers.RetryAfter.ToString();
        return Page(CorrectionAnswerPage.RenderMessage("请求过于频繁", $"报送令牌核对失败的次数过多，请在{seconds}秒后重试。"),
            StatusCodes.Status429TooManyRequests);
    }

    private static HtmlPage Page(string html, int status = StatusCodes.Status200OK) => new(html, PageLayout.ContentSecurityPolicy, status);

    /// <summary>A browser asks for text/html; a program that asks for nothing in particular gets JSON.</summary>
    private static bool WantsHtml(HttpRequest req) =>
        req.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
