using System.Globalization;
using System.Text;
using ReportFunctions.Core.Calendar;
using ReportFunctions.Core.Model;
using ReportFunctions.Oversight;

namespace ReportFunctions.Pages;

/// <summary>The year screen: counts, filters (a GET form), the table of every active body with sortable columns, and the exports.</summary>
public static class ConsoleYearPage
{
    public const string ExportRoute = ConsolePage.Root + "/export";

    private static readonly (YearSort Sort, string Text)[] Columns =
    [
        (YearSort.Name, "机构名称"), (YearSort.Kind, "类型"), (YearSort.Deadline, "截止日期"), (YearSort.Status, "状态"),
        (YearSort.Days, "剩余/逾期"), (YearSort.Version, "版本"), (YearSort.Reminder, "最近催报"), (YearSort.Corrections, "未完成整改"),
    ];

    public static string Title(int year) => string.Create(CultureInfo.InvariantCulture, $"{year}年度报告报送情况");

    public static string Render(YearOverview overview, ConsoleViewer viewer)
    {
        var query = overview.Query;
        var html = new StringBuilder();
        html.Append($"<p class=\"hint\">截至{ChineseDate.Format(overview.Today)}（北京时间）。共{overview.Total}个在册机构应报送{query.Year}年度报告。</p>\n");
        Counts(html, overview);
        Filters(html, query);
        html.Append($"""
            <p class="exports">导出当前列表：<a href="{ExportRoute}{PageLayout.Encode(query.ToQueryString([new("format", "csv")]))}" data-download>CSV</a>
            <a href="{ExportRoute}{PageLayout.Encode(query.ToQueryString([new("format", "xlsx")]))}" data-download>Excel（XLSX）</a></p>

            """);
        Table(html, overview);
        return ConsolePage.Render(Title(query.Year), viewer, ConsoleSection.Year, html.ToString());
    }

    private static void Counts(StringBuilder html, YearOverview overview)
    {
        var query = overview.Query;
        html.Append("<ul class=\"counts\" aria-label=\"各状态机构数\">");
        foreach (var status in ReportYearStatuses.All)
        {
            var link = new YearOverviewQuery(query.Year, Status: status).ToQueryString();
            html.Append($"<li><a href=\"{ConsolePage.Root}{PageLayout.Encode(link)}\"><span class=\"count\">{overview.CountByStatus[status]}</span> {ReportYearStatuses.Chinese(status)}</a></li>");
        }
        var overdue = new YearOverviewQuery(query.Year, OverdueOnly: true).ToQueryString();
        html.Append($"<li class=\"overdue\"><a href=\"{ConsolePage.Root}{PageLayout.Encode(overdue)}\"><span class=\"count\">{overview.OverdueCount}</span> 逾期未发布</a></li>");
        html.Append("</ul>\n");
    }

    private static void Filters(StringBuilder html, YearOverviewQuery query)
    {
        html.Append($"""
            <form class="filters" method="get" action="{ConsolePage.Root}" aria-label="筛选">
            <div class="field"><label for="f-year">报告年度</label><input id="f-year" name="year" type="number" inputmode="numeric" min="2000" max="2999" value="{query.Year}"></div>
            <div class="field"><label for="f-kind">机构类型</label><select id="f-kind" name="kind"><option value="">全部</option>
            """);
        foreach (var kind in Enum.GetValues<OrganizationKind>())
            html.Append(Option(OrganizationKindNames.Name(kind), OrganizationKindChinese.Name(kind), query.Kind == kind));
        html.Append("</select></div>\n<div class=\"field\"><label for=\"f-status\">状态</label><select id=\"f-status\" name=\"status\"><option value=\"\">全部</option>");
        foreach (var status in ReportYearStatuses.All)
            html.Append(Option(status.ToString(), ReportYearStatuses.Chinese(status), query.Status == status));
        html.Append($"""
            </select></div>
            <div class="field check"><input id="f-overdue" name="overdue" type="checkbox" value="1"{(query.OverdueOnly ? " checked" : "")}><label for="f-overdue">只看逾期未发布</label></div>
            <div class="field"><label for="f-sort">排序</label><select id="f-sort" name="sort">{SortOptions(query)}</select></div>
            <div class="field"><label for="f-dir">顺序</label><select id="f-dir" name="dir">{Option("asc", "升序", !query.Descending)}{Option("desc", "降序", query.Descending)}</select></div>
            <button type="submit">筛选</button> <a href="{ConsolePage.Root}?year={query.Year}">清除筛选</a>
            </form>

            """);
    }

    private static void Table(StringBuilder html, YearOverview overview)
    {
        var query = overview.Query;
        html.Append($"<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"year-caption\" tabindex=\"0\"><table class=\"list year\"><caption id=\"year-caption\">{query.Year}年度：列出{overview.Rows.Count}个机构</caption><thead><tr>");
        foreach (var (sort, text) in Columns)
        {
            var sorted = query.Sort == sort;
            var next = query with { Sort = sort, Descending = sorted && !query.Descending };
            var ariaSort = sorted ? $" aria-sort=\"{(query.Descending ? "descending" : "ascending")}\"" : "";
            var arrow = sorted ? (query.Descending ? " ▼" : " ▲") : "";
            html.Append($"<th scope=\"col\"{ariaSort}><a href=\"{ConsolePage.Root}{PageLayout.Encode(next.ToQueryString())}\">{text}{arrow}</a></th>");
        }
        html.Append("</tr></thead><tbody>\n");
        foreach (var row in overview.Rows)
        {
            var org = row.Organization;
            var version = row.Version is { } v && row.PublishedUrl is { } url
                ? $"<a href=\"{PageLayout.Encode(url)}\">第{v}版</a>"
                : "—";
            var reminder = row.LastReminder is { } r
                ? $"{ChineseDate.Format(ChinaStandardTime.DateOf(r.QueuedAt))}<br><span class=\"hint\">{PageLayout.Encode(BodyViewBuilder.ReminderText(r.Key))}</span>"
                : "未催报";
            var status = ReportYearStatuses.Chinese(row.Status);
            html.Append($"""
                <tr><th scope="row"><a href="{ConsolePage.Root}/bodies/{Uri.EscapeDataString(org.Id)}">{PageLayout.Encode(org.Name)}</a><br><span class="hint">{PageLayout.Encode(org.Id)}</span></th>
                <td data-label="类型">{OrganizationKindChinese.Name(org.Kind)}</td><td data-label="截止日期">{ChineseDate.Format(row.Deadline)}</td>
                <td data-label="状态"><span class="status status-{row.Status.ToString().ToLowerInvariant()}">{status}</span></td>
                <td data-label="剩余/逾期" class="{(row.Overdue ? "late" : "")}">{row.DaysText}</td><td data-label="版本">{version}</td><td data-label="最近催报">{reminder}</td>
                <td data-label="未完成整改">{(row.OpenCorrectionItems > 0 ? $"<a href=\"{ConsolePage.Root}/corrections?organization={Uri.EscapeDataString(org.Id)}\">{row.OpenCorrectionItems}项</a>" : "无")}</td></tr>

                """);
        }
        if (overview.Rows.Count == 0)
            html.Append("<tr><td colspan=\"8\">没有符合筛选条件的机构。</td></tr>\n");
        html.Append("</tbody></table></div>\n");
    }

    private static string SortOptions(YearOverviewQuery query) =>
        string.Concat(Columns.Select(c => Option(c.Sort.ToString().ToLowerInvariant(), c.Text, query.Sort == c.Sort)));

    private static string Option(string value, string text, bool selected) =>
        $"<option value=\"{PageLayout.Encode(value)}\"{(selected ? " selected" : "")}>{PageLayout.Encode(text)}</option>";
}
