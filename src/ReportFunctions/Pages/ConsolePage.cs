using System.Text;

namespace ReportFunctions.Pages;

/// <summary>
/// The frame of every console page: the console's navigation, who is signed in, and console.js, which lets a
/// browser signed in with the admin key fetch pages with the key header and swap them in.
/// </summary>
public static class ConsolePage
{
    public const string Root = "/api/console";
    public const string Styles = "console.css";
    public const string Script = "console.js";

    private static readonly (ConsoleSection Section, string Href, string Text)[] Links =
    [
        (ConsoleSection.Year, Root, "报送情况"),
        (ConsoleSection.Organizations, Root + "/organizations", "机构管理"),
        (ConsoleSection.Corrections, Root + "/corrections", "整改通知"),
        (ConsoleSection.Outbox, Root + "/outbox", "发送失败的邮件"),
    ];

    public static string Render(string title, ConsoleViewer viewer, ConsoleSection section, string body)
    {
        var html = new StringBuilder(body.Length + 1024);
        html.Append("<nav class=\"console-nav\" aria-label=\"管理台\"><ul>");
        foreach (var (linkSection, href, text) in Links)
        {
            var current = linkSection == section ? " aria-current=\"page\"" : "";
            html.Append($"<li><a href=\"{href}\"{current}>{text}</a></li>");
        }
        html.Append("</ul><p class=\"viewer\">").Append(PageLayout.Encode(viewer.Name)).Append(' ');
        html.Append(viewer.SignedInWithEasyAuth
            ? "<a href=\"/.auth/logout\">退出登录</a>"
            : "<button type=\"button\" class=\"secondary small\" data-signout>退出登录</button>");
        html.Append("</p></nav>\n").Append(body);
        return PageLayout.Render(title, html.ToString(), [Styles], [Script]);
    }

    /// <summary>The result of an action, shown at the top of the page it leads to.</summary>
    public static string Notice(string? text, string kind = "ok") =>
        string.IsNullOrEmpty(text) ? "" : $"<div class=\"notice {kind}\" role=\"status\"><p>{PageLayout.Encode(text)}</p></div>\n";

    /// <summary>The error summary: role="alert", focused by console.js after a swap and by the browser's autofocus otherwise.</summary>
    public static string ErrorSummary(IReadOnlyList<string> messages)
    {
        if (messages.Count == 0)
            return "";
        var html = new StringBuilder("<div class=\"notice error error-summary\" role=\"alert\" tabindex=\"-1\"><h2>请更正以下问题</h2><ul>");
        foreach (var message in messages)
            html.Append("<li>").Append(PageLayout.Encode(message)).Append("</li>");
        return html.Append("</ul></div>\n").ToString();
    }
}
