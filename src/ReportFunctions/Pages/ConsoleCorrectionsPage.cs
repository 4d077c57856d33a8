using System.Text;
using ReportFunctions.Core.Calendar;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Corrections;

namespace ReportFunctions.Pages;

/// <summary>Correction notices: the form to issue one (problems one per line, a due date), and every notice with its items, each resolved with its 整改情况.</summary>
public static class ConsoleCorrectionsPage
{
    public const string Title = "整改通知";
    public const string Route = ConsolePage.Root + "/corrections";

    /// <summary>What the issue form shows again after a refusal.</summary>
    public sealed record IssueForm(string? Organization, string? Quarter, string? DueDate, string? Items);

    public static string Render(
        IReadOnlyList<CorrectionNotice> notices,
        IReadOnlyList<OrganizationRecord> organizations,
        IssueForm form,
        ConsoleViewer viewer,
        string? notice = null,
        IReadOnlyList<string>? errors = null)
    {
        var names = organizations.ToDictionary(o => o.Id, o => o.Name);
        var html = new StringBuilder();
        html.Append(ConsolePage.ErrorSummary(errors ?? [])).Append(ConsolePage.Notice(notice));
        html.Append($"""
            <form class="console-form" method="post" action="{Route}">
            <h2>下发整改通知</h2>
            <div class="field"><label for="c-org">机构</label><select id="c-org" name="organization" required><option value="">请选择机构</option>
            """);
        foreach (var org in organizations.Where(o => o.Active).OrderBy(o => o.Name, StringComparer.Ordinal))
            html.Append($"<option value=\"{PageLayout.Encode(org.Id)}\"{(org.Id == form.Organization ? " selected" : "")}>{PageLayout.Encode(org.Name)}（{PageLayout.Encode(org.Id)}）</option>");
        html.Append($"""
            </select></div>
            <div class="field"><label for="c-quarter">季度</label><p class="hint" id="c-quarter-hint">如 2026Q3</p><input id="c-quarter" name="quarter" required value="{PageLayout.Encode(form.Quarter ?? "")}" aria-describedby="c-quarter-hint"></div>
            <div class="field"><label for="c-due">整改期限</label><input id="c-due" name="dueDate" type="date" required value="{PageLayout.Encode(form.DueDate ?? "")}"></div>
            <div class="field"><label for="c-items">存在的问题</label><p class="hint" id="c-items-hint">每行一个问题，最多{CorrectionNotices.MaxItems}个。</p><textarea id="c-items" name="items" rows="5" required aria-describedby="c-items-hint">{PageLayout.Encode(form.Items ?? "")}</textarea></div>
            <button type="submit">下发整改通知</button>
            </form>

            """);
        html.Append("<h2>已下发的整改通知</h2>\n");
        if (notices.Count == 0)
            html.Append("<p>没有整改通知。</p>\n");
        foreach (var item in notices.OrderBy(n => n.Status == CorrectionNotice.Open ? 0 : 1).ThenBy(n => n.DueDate))
            html.Append(NoticeHtml(item, names.GetValueOrDefault(item.OrganizationId), headingLevel: 3));
        return ConsolePage.Render(Title, viewer, ConsoleSection.Corrections, html.ToString());
    }

    /// <summary>One notice: its items, each resolved (with the account) or with the form to resolve it.</summary>
    public static string NoticeHtml(CorrectionNotice notice, string? organizationName, int headingLevel)
    {
        var html = new StringBuilder();
        var status = notice.Status == CorrectionNotice.Open ? "整改中" : "已完成整改";
        var who = organizationName is null ? "" : PageLayout.Encode(organizationName) + " ";
        html.Append($"""
            <section class="correction" aria-labelledby="n-{PageLayout.Encode(notice.Id)}">
            <h{headingLevel} id="n-{PageLayout.Encode(notice.Id)}">{who}{PageLayout.Encode(notice.Quarter)}整改通知（{status}）</h{headingLevel}>
            <p class="hint">下发于{ConsoleFormat.Time(notice.IssuedAt)}，整改期限{ChineseDate.Format(notice.DueDate)}，编号 {PageLayout.Encode(notice.Id)}</p>
            <ol class="items">
            """);
        foreach (var item in notice.Items)
        {
            html.Append($"<li><p>{PageLayout.Encode(item.Problem)}</p>");
            if (item.Resolved)
            {
                html.Append($"<p class=\"resolved\">已整改（{ConsoleFormat.Time(item.ResolvedAt)}）：{PageLayout.Encode(item.Account ?? "")}</p>");
            }
            else
            {
                var field = $"a-{PageLayout.Encode(notice.Id)}-{item.Number}";
                html.Append($"""
                    <form class="resolve" method="post" action="{Route}/{Uri.EscapeDataString(notice.Id)}/items/{item.Number}/resolve">
                    <label for="{field}">第{item.Number}项整改情况</label>
                    <textarea id="{field}" name="account" rows="2" required maxlength="{CorrectionNotices.MaxAccountLength}"></textarea>
                    <button type="submit" class="secondary">确认已整改</button>
                    </form>
                    """);
            }
            html.Append("</li>\n");
        }
        html.Append("</ol></section>\n");
        return html.ToString();
    }
}
