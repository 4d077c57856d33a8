using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ReportFunctions.Core.Validation;
using ReportFunctions.Submissions;

namespace ReportFunctions.Http;

/// <summary>
/// The one place where outcomes become HTTP answers: JSON bodies, and every error as an RFC 9457
/// application/problem+json document with a Chinese title/detail and a stable English code.
/// </summary>
public static class ApiResults
{
    public const string ProblemContentType = "application/problem+json; charset=utf-8";

    public static IActionResult Json<T>(int status, T value, JsonTypeInfo<T> typeInfo) => new ContentResult
    {
        StatusCode = status,
        ContentType = "application/json; charset=utf-8",
        Content = JsonSerializer.Serialize(value, typeInfo),
    };

    public static IActionResult MalformedJson(ValidationError error, int? line, int? column) => Problem(
        StatusCodes.Status400BadRequest, "malformed-json", "请求体不是有效的JSON", error.Message, [ErrorItem.From(error)], line, column);

    /// <param name="truncated">Reading stopped at its limit: the report has more errors than the ones listed.</param>
    public static IActionResult InvalidReport(IReadOnlyList<ValidationError> errors, bool truncated) => Problem(
        StatusCodes.Status400BadRequest, "invalid-report", "报告内容无法读取",
        truncated
            ? $"报告不符合报送格式之处超过{errors.Count}处，以下仅列出前{errors.Count}处，请按列出的位置修改后重新检查。"
            : $"报告有{errors.Count}处内容不符合报送格式，请按列出的位置修改后重新提交。",
        ErrorItem.From(errors), truncated: truncated ? true : null);

    public static IActionResult InvalidRequest(IReadOnlyList<ValidationError> errors) => Problem(
        StatusCodes.Status400BadRequest, "invalid-request", "请求内容不正确", string.Join(" ", errors.Select(e => e.Message)), ErrorItem.From(errors));

    public static IActionResult InvalidRequest(string detail) => Problem(
        StatusCodes.Status400BadRequest, "invalid-request", "请求内容不正确", detail);

    public static IActionResult Unauthorized() => Problem(
        StatusCodes.Status401Unauthorized, "unauthorized", "需要管理密钥", "请在 x-functions-key 请求头中提供有效的管理密钥。");

    // Deliberately the same answer for an unknown organization, an inactive one, a missing token and a
    // wrong one: nothing that helps guessing which ids exist.
    public static IActionResult Forbidden() => Problem(
        StatusCodes.Status403Forbidden, "forbidden", "无权提交", "无权以该机构名义提交报告。");

    public static IActionResult NotFound(string detail) => Problem(
        StatusCodes.Status404NotFound, "not-found", "未找到", detail);

    /// <summary>The request is valid but the resource's current state does not allow it (e.g. an item already resolved).</summary>
    public static IActionResult Conflict(string detail) => Problem(
        StatusCodes.Status409Conflict, "conflict", "与当前状态冲突", detail);

    public static IActionResult IdempotencyConflict() => Problem(
        StatusCodes.Status409Conflict, "idempotency-conflict", "幂等键冲突",
        "该 Idempotency-Key 已用于内容不同的另一份提交，请为新的提交使用新的幂等键。");

    public static IActionResult PayloadTooLarge(long limit) => Problem(
        StatusCodes.Status413PayloadTooLarge, "payload-too-large", "请求体过大", $"请求体不能超过{limit / 1024}KB。");

    public static IActionResult UnsupportedMediaType(string? contentType) => Problem(
        StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "不支持的内容类型",
        $"不支持的内容类型“{contentType ?? "（未提供）"}”；请使用 application/json、application/x-www-form-urlencoded 或 multipart/form-data。");

    /// <summary>A rate limit was reached (<see cref="RateLimits"/>); Retry-After says in whole seconds when to try again.</summary>
    public static IActionResult TooManyRequests(HttpResponse response, TimeSpan retryAfter)
    {
        var seconds = (long)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Problem(
            StatusCodes.Status429TooManyRequests, "too-many-requests", "请求过于频繁", $"请求次数超过限制，请在{seconds}秒后重试。");
    }

    /// <summary>Storage cannot be reached (<see cref="StorageOutage"/>): nothing of this request was accepted; try again later.</summary>
    public static IActionResult StorageUnavailable(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.RetryAfter = StorageRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Problem(
            StatusCodes.Status503ServiceUnavailable, "storage-unavailable", "服务暂时不可用",
            $"存储服务暂时无法访问，本次请求未能完成；请在{StorageRetryAfterSeconds}秒后重试。已经受理的报告不受影响。");
    }

    private const int StorageRetryAfterSeconds = 30;

    private static IActionResult Problem(
        int status, string code, string title, string detail, IReadOnlyList<ErrorItem>? errors = null, int? line = null, int? column = null,
        bool? truncated = null) =>
        new ContentResult
        {
            StatusCode = status,
            ContentType = ProblemContentType,
            Content = JsonSerializer.Serialize(
                new ProblemDocument($"urn:reportfunctions:problem:{code}", title, status, detail, code, errors, line, column, truncated),
                ApiJsonContext.Web.ProblemDocument),
        };
}
