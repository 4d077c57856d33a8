using System.Globalization;
using System.Text;
using ReportFunctions.Core.Calendar;
using ReportFunctions.Publishing;

namespace ReportFunctions.Pages;

/// <summary>
/// The public column (年报专栏): the published reports of one year, or of one body across years, each with its
/// publication date in China Standard Time, its corrections and links to the PDF and the HTML edition. A search by
/// body name is a GET form; column.js filters the same list as one types.
/// </summary>
public static class ColumnPage
{
    public const string Path = "/api/column";
    public const string FeedPath = "/api/column/feed.atom";
    public const string YearQuery = "year";
    public const string SearchQuery = "q";
    public const string OrganizationQuery = "org";

    private const string Title = "年报专栏";
    private static readonly string[] Styles = ["column.css"];
    private static readonly string[] Scripts = ["column.js"];

    private static readonly string FeedLink =
        $"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{Title}：新发布和更正的年度报告\" href=\"{FeedPath}\">";

    /// <param name="year">The year shown, null when no year has reports.</param>
    /// <param name="query">The body name searched for; reports whose body's name does not contain it are hidden.</param>
    public static string RenderYear(IReadOnlyList<int> years, int? year, string? query, IReadOnlyList<ListedReport> reports, ReportLocations locations)
    {
        var body = new StringBuilder();
        body.Append("<p class=\"lead\">各行政机关依照《中华人民共和国政府信息公开条例》第四十九条、第五十条公布的政府信息公开工作年度报告。每份报告均有PDF版和网页版；报告更正后，各版本均可查阅。</p>\n");
        YearNavigation(body, years, year);
        SearchForm(body, year, query);
        if (year is { } shown)
        {
            var matching = reports.Count(r => Matches(r, query));
            body.Append(CultureInfo.InvariantCulture, $"<section aria-labelledby=\"list-heading\">\n<h2 id=\"list-heading\">{shown}年度报告</h2>\n");
            body.Append(CultureInfo.InvariantCulture, $"<p id=\"result-count\" class=\"count\" role=\"status\">{Count(matching, reports.Count, query)}</p>\n");
            if (reports.Count > 0)
            {
                body.Append("<ol class=\"reports\" id=\"reports\">\n");
                foreach (var report in reports.OrderByDescending(r => r.Report.PublishedAt).ThenBy(r => r.Report.OrganizationName, StringComparer.Ordinal))
                    Item(body, report, locations, headingLevel: 3, withBodyLink: true, hidden: !Matches(report, query));
                body.Append("</ol>\n");
            }
            body.Append("</section>\n");
        }
        else
        {
            body.Append("<p class=\"notice\">尚未发布年度报告。</p>\n");
        }
        Footer(body);
        return PageLayout.Render(Title, body.ToString(), Styles, Scripts, FeedLink);
    }

    /// <summary>One body's reports, newest year first.</summary>
    public static string RenderOrganization(IReadOnlyList<ListedReport> reports, ReportLocations locations)
    {
        var name = reports.OrderByDescending(r => r.Report.Year).First().Report.OrganizationName;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"back\"><a href=\"{Path}\">返回{Title}</a></p>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"lead\">{PageLayout.Encode(name)}已发布的政府信息公开工作年度报告，共{reports.Count}份。</p>\n");
        foreach (var report in reports.OrderByDescending(r => r.Report.Year))
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"year-{report.Report.Year}");
            body.Append(CultureInfo.InvariantCulture, $"<section aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{report.Report.Year}年度</h2>\n<ol class=\"reports\">\n");
            Item(body, report, locations, headingLevel: 3, withBodyLink: false, hidden: false);
            body.Append("</ol>\n</section>\n");
        }
        Footer(body);
        return PageLayout.Render($"{name}年度报告", body.ToString(), Styles, [], FeedLink);
    }

    /// <summary>A page saying what was not found (or not understood), with the way back to the column.</summary>
    public static string RenderNotFound(string message) =>
        PageLayout.Render(Title, $"<p class=\"notice error\">{PageLayout.Encode(message)}</p>\n<p class=\"back\"><a href=\"{Path}\">返回{Title}</a></p>\n", Styles);

    public static bool Matches(ListedReport report, string? query) =>
        string.IsNullOrEmpty(query) || report.Report.OrganizationName.Contains(query, StringComparison.OrdinalIgnoreCase);

    private static void YearNavigation(StringBuilder body, IReadOnlyList<int> years, int? year)
    {
        if (years.Count == 0)
            return;
        body.Append("<nav class=\"years\" aria-labelledby=\"years-heading\">\n<h2 id=\"years-heading\">按年度浏览</h2>\n<ul>\n");
        foreach (var y in years)
        {
            var current = y == year ? " aria-current=\"page\"" : "";
            body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{Path}?{YearQuery}={y}\"{current}>{y}年度</a></li>\n");
        }
        body.Append("</ul>\n</nav>\n");
    }

    private static void SearchForm(StringBuilder body, int? year, string? query)
    {
        if (year is null)
            return;
        body.Append(CultureInfo.InvariantCulture, $"""
            <form class="search" role="search" method="get" action="{Path}">
            <label for="q">按机关名称查找{year}年度报告</label>
            <div class="search-row">
            <input id="q" name="{SearchQuery}" type="search" value="{PageLayout.Encode(query ?? "")}" maxlength="50" autocomplete="off" aria-describedby="result-count">
            <input type="hidden" name="{YearQuery}" value="{year}">
            <button type="submit">查找</button>
            </div>
            </form>

            """);
    }

    private static string Count(int matching, int total, string? query) =>
        total == 0 ? "本年度暂无已发布的报告。"
        : string.IsNullOrEmpty(query) ? $"共{total}份报告。"
        : matching == 0 ? $"没有机关名称含“{PageLayout.Encode(query)}”的报告（本年度共{total}份）。"
        : $"机关名称含“{PageLayout.Encode(query)}”的报告{matching}份（本年度共{total}份）。";

    private static void Item(StringBuilder body, ListedReport listed, ReportLocations locations, int headingLevel, bool withBodyLink, bool hidden)
    {
        var report = listed.Report;
        var name = PageLayout.Encode(report.OrganizationName);
        var title = PageLayout.Encode(report.Title);
        body.Append(CultureInfo.InvariantCulture, $"<li class=\"report\" data-name=\"{name}\"{(hidden ? " hidden" : "")}>\n");
        var heading = withBodyLink
            ? $"<a href=\"{Path}?{OrganizationQuery}={Uri.EscapeDataString(report.OrganizationId)}\">{name}</a>"
            : title;
        body.Append(CultureInfo.InvariantCulture, $"<h{headingLevel}>{heading}</h{headingLevel}>\n");
        if (withBodyLink)
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"title\">{title}</p>\n");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">发布日期：{Date(report.PublishedAt)}");
        if (report.CorrectedAt is { } corrected)
            body.Append(CultureInfo.InvariantCulture, $" <strong class=\"mark\">已更正</strong> 更正日期：{Date(corrected)}，现为第{report.Version}版");
        body.Append("</p>\n<p class=\"links\">");
        if (report.HtmlUrl is { } html)
            body.Append(CultureInfo.InvariantCulture, $"<a href=\"{PageLayout.Encode(html)}\">阅读网页版<span class=\"sr\">：{title}</span></a>");
        body.Append(CultureInfo.InvariantCulture, $"<a href=\"{PageLayout.Encode(report.Url)}\" type=\"application/pdf\">下载PDF<span class=\"sr\">：{title}</span></a></p>\n");
        if (report.CorrectedAt is not null)
            History(body, listed, locations, headingLevel + 1);
        body.Append("</li>\n");
    }

    private static void History(StringBuilder body, ListedReport listed, ReportLocations locations, int headingLevel)
    {
        var report = listed.Report;
        var title = PageLayout.Encode(report.Title);
        body.Append(CultureInfo.InvariantCulture, $"<div class=\"history\">\n<h{headingLevel}>更正记录</h{headingLevel}>\n<ol>\n");
        foreach (var (version, index) in listed.Versions.Select((v, i) => (v, i)))
        {
            var what = index == 0 ? "发布" : "更正";
            body.Append(CultureInfo.InvariantCulture, $"<li>第{version.Version}版，{Date(version.PublishedAt)}{what}");
            if (version.Version == report.Version)
            {
                body.Append("（现行版本）");
            }
            else
            {
                var label = string.Create(CultureInfo.InvariantCulture, $"：{title}第{version.Version}版");
                body.Append(CultureInfo.InvariantCulture,
                    $"：<a href=\"{PageLayout.Encode(locations.VersionHtmlUrl(report.Year, report.OrganizationId, version.Version))}\">网页版<span class=\"sr\">{label}</span></a>、<a href=\"{PageLayout.Encode(locations.VersionUrl(report.Year, report.OrganizationId, version.Version))}\" type=\"application/pdf\">PDF<span class=\"sr\">{label}</span></a>");
            }
            body.Append("</li>\n");
        }
        body.Append("</ol>\n</div>\n");
    }

    private static void Footer(StringBuilder body) =>
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"subscribe\"><a href=\"{FeedPath}\" type=\"application/atom+xml\">订阅新发布和更正的报告（Atom）</a></p>\n");

    private static string Date(DateTimeOffset instant)
    {
        var date = ChinaStandardTime.DateOf(instant);
        return $"<time datetime=\"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\">{ChineseDate.Format(date)}</time>";
    }
}
