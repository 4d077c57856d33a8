using ReportFunctions.Core.Reminders;
using ReportFunctions.Core.Validation;

namespace ReportFunctions.Submissions;

/// <summary>The Chinese text telling submitters what became of their report.</summary>
internal static class OutcomeMessages
{
    // An e-mail listing hundreds of findings helps nobody; the status URL has them all.
    private const int MaxListedErrors = 50;

    public static EmailContent Published(string organizationName, string title, int year, string url, int version, EmailSignature signature)
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
        return EmailLayout.Compose(subject, organizationName, paragraphs, [], [("报告地址", url)], signature);
    }

    /// <summary>The findings as a clerk reads them: "错误：…" or "提示：…" and the Chinese message, never a code or a JSON path.</summary>
    public static EmailContent Rejected(
        string organizationName, string title, int year, string statusUrl, IReadOnlyList<ValidationError> errors, EmailSignature signature)
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
            .Select(e => $"{(e.Severity == Severity.Error ? "错误" : "提示")}：{e.Message}")
            .ToList();
        var closing = errors.Count > MaxListedErrors ? $"另有{errors.Count - MaxListedErrors}项未在邮件中列出，请查看处理状态页面。" : null;
        return EmailLayout.Compose(subject, organizationName, paragraphs, items, [("处理状态", statusUrl)], signature, closing);
    }

    /// <summary>The supervising office sent the report back (退回) with its comment; nothing was published.</summary>
    public static EmailContent Returned(
        string organizationName, string title, int year, string comment, string formUrl, string statusUrl, EmailSignature signature)
    {
        var subject = $"【已退回】{organizationName}{year}年政府信息公开工作年度报告";
        var paragraphs = new[]
        {
            $"贵单位报送的《{title}》经政府信息公开工作主管部门审核，已退回修改，尚未公布。退回意见如下：",
            comment,
            "请按照退回意见修改后重新报送。点击下方“修改并重新报送”链接，将打开已填入本次报送内容的填报页面。",
        };
        return EmailLayout.Compose(subject, organizationName, paragraphs, [],
            [("修改并重新报送", formUrl), ("处理状态", statusUrl)], signature);
    }
}
