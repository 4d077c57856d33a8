using ReportFunctions.Core.Reminders;
using ReportFunctions.Core.Validation;

namespace ReportFunctions.Submissions;

/// <summary>The Chinese text telling submitters what became of their report.</summary>
internal static class OutcomeMessages
{
    // An e-mail listing hundreds of findings helps nobody; the status URL has them all.
    private const int MaxListedErrors = 50;

    public static EmailContent Published(string organizationName, string title, int year, string url, int version)
    {
        var subject = version > 1
            ? $"【已更正发布】{organizationName}{year}年政府信息公开工作年度报告（第{version}版）"
            : $"【已发布】{organizationName}{year}年政府信息公开工作年度报告";
        var paragraphs = new[]
        {
            version > 1
                ? $"贵单位报送的《{title}》已通过校验并作为第{version}版更正发布，更正记录在发布列表中公开显示，此前各版本继续保留。"
                : $"贵单位报送的《{title}》已通过校验并发布。",
            "请核对发布的报告，并在本单位政府信息公开专栏中链接该地址。",
        };
        return EmailLayout.Compose(subject, organizationName, paragraphs, [], [("报告地址", url)]);
    }

    public static EmailContent Rejected(
        string organizationName, string title, int year, string statusUrl, IReadOnlyList<ValidationError> errors)
    {
        // A submission that could not be read has no title of its own.
        title = string.IsNullOrWhiteSpace(title) ? $"{organizationName}{year}年政府信息公开工作年度报告" : title;
        var blocking = errors.Where(e => e.Severity == Severity.Error).ToList();
        var warnings = errors.Count - blocking.Count;
        var subject = $"【未通过校验】{organizationName}{year}年政府信息公开工作年度报告";
        var paragraphs = new List<string>
        {
            $"贵单位报送的《{title}》未通过校验，没有发布。共发现{blocking.Count}个错误"
                + (warnings > 0 ? $"、{warnings}个提示" : "") + "，请逐项修改后重新报送：",
        };
        var items = errors.OrderBy(e => e.Severity).Take(MaxListedErrors)
            .Select(e => $"{(e.Severity == Severity.Error ? "错误" : "提示")}（{e.Code}{(e.Path.Length > 0 ? "，" + e.Path : "")}）：{e.Message}")
            .ToList();
        var closing = errors.Count > MaxListedErrors ? $"另有{errors.Count - MaxListedErrors}项未在邮件中列出，请查看处理状态页面。" : null;
        return EmailLayout.Compose(subject, organizationName, paragraphs, items, [("处理状态", statusUrl)], closing);
    }
}
