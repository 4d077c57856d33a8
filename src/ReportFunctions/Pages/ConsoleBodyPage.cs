using System.Text;
using ReportFunctions.Email;
using ReportFunctions.Oversight;
using ReportFunctions.Submissions;

namespace ReportFunctions.Pages;

/// <summary>A body's page: its registration, its years and versions, its submissions with their findings, the e-mails sent to it, its correction notices.</summary>
public static class ConsoleBodyPage
{
    public static string Render(BodyView view, ConsoleViewer viewer)
    {
        var org = view.Organization;
        var html = new StringBuilder();
        var id = Uri.EscapeDataString(org.Id);
        html.Append($"""
            <h2>机构信息</h2>
            <dl class="facts">
            <dt>机构标识</dt><dd>{PageLayout.Encode(org.Id)}</dd>
            <dt>机构类型</dt><dd>{OrganizationKindChinese.Name(org.Kind)}</dd>
            <dt>联系邮箱</dt><dd>{(org.Contacts.Count > 0 ? PageLayout.Encode(string.Join("、", org.Contacts)) : "未登记")}</dd>
            <dt>报送截止日期</dt><dd>{(org.DeadlineOverride is { } d ? "每年" + PageLayout.Encode(d) + "（本地规定）" : "按条例第四十九条")}</dd>
            <dt>状态</dt><dd>{(org.Active ? "在用" : "已停用")}</dd>
            </dl>
            <p><a href="{ConsolePage.Root}/organizations?edit={id}">修改机构信息或签发令牌</a> · <a href="{ConsolePage.Root}/corrections?organization={id}">下发整改通知</a></p>

            """);
        Years(html, view);
        Submissions(html, view);
        Emails(html, view);
        Notices(html, view);
        return ConsolePage.Render(org.Name, viewer, ConsoleSection.Year, html.ToString());
    }

    private static void Years(StringBuilder html, BodyView view)
    {
        html.Append("<h2>各年度报告</h2>\n");
        if (view.Years.Count == 0)
        {
            html.Append("<p>尚未报送任何年度报告。</p>\n");
            return;
        }
        html.Append("<div class=\"table-scroll\"><table class=\"list\"><thead><tr><th scope=\"col\">年度</th><th scope=\"col\">状态</th><th scope=\"col\">已发布版本</th><th scope=\"col\">首次发布</th><th scope=\"col\">最近更正</th></tr></thead><tbody>\n");
        foreach (var year in view.Years)
        {
            var versions = year.Published is { } p
                ? string.Join(" ", Enumerable.Range(1, p.Version).Select(v =>
                    $"<a href=\"/api/reports/{year.Year}/{Uri.EscapeDataString(view.Organization.Id)}/v{v}.pdf\">第{v}版</a>"))
                : "—";
            html.Append($"<tr><th scope=\"row\">{year.Year}年度</th><td>{ReportYearStatuses.Chinese(year.Status)}</td><td>{versions}</td><td>{ConsoleFormat.Time(year.Published?.PublishedAt)}</td><td>{ConsoleFormat.Time(year.Published?.CorrectedAt)}</td></tr>\n");
        }
        html.Append("</tbody></table></div>\n");
    }

    private static void Submissions(StringBuilder html, BodyView view)
    {
        html.Append("<h2>报送记录</h2>\n");
        if (view.Submissions.Count == 0)
        {
            html.Append("<p>没有报送记录。</p>\n");
            return;
        }
        html.Append("<ol class=\"submissions\">\n");
        foreach (var (row, findings) in view.Submissions)
        {
            var errors = findings.Count(f => f.Severity == "error");
            var warnings = findings.Count - errors;
            var outcome = row.State switch
            {
                SubmissionStatus.Published => $"已发布为第{row.Version}版",
                SubmissionStatus.Rejected => "未通过校验",
                SubmissionStatus.Failed => "处理失败" + (row.Reason is { } reason ? "：" + PageLayout.Encode(reason) : ""),
                SubmissionStatus.Received => "正在校验",
                _ => PageLayout.Encode(row.Status),
            };
            html.Append($"<li><p><strong>{ConsoleFormat.Time(row.ReceivedAt)}</strong> 收到{row.Year}年度报告：{outcome}；错误{errors}处，提示{warnings}处。<span class=\"hint\">提交编号 {PageLayout.Encode(row.Id)}</span></p>\n");
            if (findings.Count > 0)
            {
                html.Append($"<details><summary>查看{findings.Count}条校验意见</summary><ul class=\"findings\">");
                foreach (var finding in findings.OrderBy(f => f.Severity == "error" ? 0 : 1))
                    html.Append($"<li class=\"{(finding.Severity == "error" ? "finding-error" : "finding-warning")}\"><span class=\"tag\">{(finding.Severity == "error" ? "错误" : "提示")}</span> {PageLayout.Encode(finding.Message)}</li>");
                html.Append("</ul></details>\n");
            }
            html.Append("</li>\n");
        }
        html.Append("</ol>\n");
    }

    private static void Emails(StringBuilder html, BodyView view)
    {
        html.Append("<h2>发出的邮件</h2>\n");
        if (view.Emails.Count == 0)
        {
            html.Append("<p>尚未向该机构发送邮件。</p>\n");
            return;
        }
        html.Append("<div class=\"table-scroll\"><table class=\"list\"><thead><tr><th scope=\"col\">邮件</th><th scope=\"col\">排队时间</th><th scope=\"col\">投递情况</th></tr></thead><tbody>\n");
        foreach (var email in view.Emails)
        {
            var delivery = email.Delivery switch
            {
                { Status: EmailDeliveries.Sent, SentAt: var sentAt } => $"已发送（{ConsoleFormat.Time(sentAt)}）",
                { Status: EmailDeliveries.Failed, Attempts: var attempts } => $"发送失败（已尝试{attempts}次）",
                { Status: EmailDeliveries.Sending } => "正在发送",
                _ => "等待发送",
            };
            html.Append($"<tr><td>{PageLayout.Encode(email.About)}</td><td>{ConsoleFormat.Time(email.QueuedAt)}</td><td>{delivery}</td></tr>\n");
        }
        html.Append("</tbody></table></div>\n");
    }

    private static void Notices(StringBuilder html, BodyView view)
    {
        html.Append("<h2>整改通知</h2>\n");
        if (view.Notices.Count == 0)
        {
            html.Append("<p>没有整改通知。</p>\n");
            return;
        }
        foreach (var notice in view.Notices)
            html.Append(ConsoleCorrectionsPage.NoticeHtml(notice, null, headingLevel: 3));
    }
}
