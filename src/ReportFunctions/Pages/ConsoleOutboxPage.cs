using System.Text;
using ReportFunctions.Email;

namespace ReportFunctions.Pages;

/// <summary>E-mails the outbox gave up on, each with its last error and "重新发送", and "全部重新发送".</summary>
public static class ConsoleOutboxPage
{
    public const string Title = "发送失败的邮件";
    public const string Route = ConsolePage.Root + "/outbox";

    public static string Render(PoisonedEmailList list, ConsoleViewer viewer, string? notice = null)
    {
        var html = new StringBuilder(ConsolePage.Notice(notice));
        html.Append("<p>多次投递仍未成功的邮件保留在这里。排除故障（如邮件服务器设置、收件地址）后可重新发送；已经送达的邮件不会重复发送。</p>\n");
        if (list.Emails.Count == 0)
        {
            html.Append("<p class=\"notice ok\">没有发送失败的邮件。</p>\n");
            return ConsolePage.Render(Title, viewer, ConsoleSection.Outbox, html.ToString());
        }
        html.Append($"""
            <form method="post" action="{Route}/resend"><input type="hidden" name="all" value="1"><button type="submit">全部重新发送（{list.Count}封）</button></form>
            <div class="table-scroll"><table class="list"><thead><tr><th scope="col">主题</th><th scope="col">收件人</th><th scope="col">进入时间</th><th scope="col">最后一次错误</th><th scope="col">操作</th></tr></thead><tbody>

            """);
        foreach (var email in list.Emails)
        {
            var subject = PageLayout.Encode(email.Subject ?? "（无法读取的邮件）");
            html.Append($"""
                <tr><td>{subject}</td><td>{PageLayout.Encode(string.Join("、", email.To.Concat(email.Cc)))}</td><td>{ConsoleFormat.Time(email.InsertedOn)}</td>
                <td class="error-text">{PageLayout.Encode(email.Error ?? "")}{(email.Attempts is { } a ? $"（已尝试{a}次）" : "")}</td>
                <td>{(email.Id is null ? "" : $"<form method=\"post\" action=\"{Route}/resend\"><input type=\"hidden\" name=\"message\" value=\"{PageLayout.Encode(email.QueueMessageId)}\"><button type=\"submit\" class=\"secondary small\" aria-label=\"重新发送：{subject}\">重新发送</button></form>")}</td></tr>

                """);
        }
        html.Append("</tbody></table></div>\n");
        return ConsolePage.Render(Title, viewer, ConsoleSection.Outbox, html.ToString());
    }
}
