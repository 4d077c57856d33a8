using System.Text.Json.Nodes;
using System.Xml.Linq;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using ReportFunctions.Core.Calendar;
using ReportFunctions.Functions;
using ReportFunctions.Publishing;
using ReportFunctions.Storage;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Functions;

[Collection(ServicesCollection.Name)]
public sealed class ColumnFunctionsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private const string CorrectedTitle = "大岚镇人民政府2021年政府信息公开工作年度报告（更正）";

    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Column_ListsTheYearsReport_WithItsChinaDate_TheCorrectionHistory_AndLinksToEveryVersion()
    {
        var org = await PublishCorrectedSeedAsync();

        var (status, html) = await ColumnAsync("/api/column?year=2021");

        Assert.Equal(200, status);
        var item = ItemOf(html, org);
        var today = ChineseDate.Format(ChinaStandardTime.Today(TimeProvider.System));
        Assert.Contains($"发布日期：<time datetime=\"{ChinaStandardTime.Today(TimeProvider.System):yyyy-MM-dd}\">{today}</time>", item, StringComparison.Ordinal);
        Assert.Contains("已更正", item, StringComparison.Ordinal);
        Assert.Contains("现为第2版", item, StringComparison.Ordinal);
        Assert.Contains($"第1版，<time datetime=", item, StringComparison.Ordinal);
        Assert.Contains("第2版，", item, StringComparison.Ordinal);
        Assert.Contains("（现行版本）", item, StringComparison.Ordinal);
        Assert.Contains($"href=\"{TestHost.PublicBaseUrl}/api/reports/2021/{org}.pdf\"", item, StringComparison.Ordinal);
        Assert.Contains($"href=\"{TestHost.PublicBaseUrl}/api/reports/2021/{org}.html\"", item, StringComparison.Ordinal);
        Assert.Contains($"href=\"{TestHost.PublicBaseUrl}/api/reports/2021/{org}/v1.pdf\"", item, StringComparison.Ordinal);
        Assert.Contains($"href=\"{TestHost.PublicBaseUrl}/api/reports/2021/{org}/v1.html\"", item, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/api/column?year=2021\" aria-current=\"page\">2021年度</a>", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Column_SearchByBodyName_HidesTheOtherBodies_AndSaysHowManyMatch()
    {
        var org = await PublishCorrectedSeedAsync();

        var (_, found) = await ColumnAsync("/api/column?year=2021&q=%E5%A4%A7%E5%B2%9A%E9%95%87"); // 大岚镇
        var (_, missed) = await ColumnAsync("/api/column?year=2021&q=%E4%B8%8D%E5%AD%98%E5%9C%A8"); // 不存在

        Assert.False(IsHidden(ItemOf(found, org)));
        Assert.Contains("机关名称含“大岚镇”的报告", found, StringComparison.Ordinal);
        Assert.True(IsHidden(ItemOf(missed, org)));
        Assert.Contains("没有机关名称含“不存在”的报告", missed, StringComparison.Ordinal);
        Assert.Contains("value=\"不存在\"", missed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Column_ForOneBody_ListsItsReports_AndAnUnknownBodyIs404()
    {
        var org = await PublishCorrectedSeedAsync();

        var (status, html) = await ColumnAsync($"/api/column?org={org}");
        var (unknown, _) = await ColumnAsync($"/api/column?org={TestHost.NewOrganizationId()}");
        var (invalid, _) = await ColumnAsync("/api/column?org=..%2Fx");

        Assert.Equal(200, status);
        Assert.Contains("<title>大岚镇人民政府年度报告 - 政府信息公开工作年度报告</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"year-2021\">2021年度</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"<h3>{CorrectedTitle}</h3>", html, StringComparison.Ordinal);
        Assert.Equal(404, unknown);
        Assert.Equal(404, invalid);
    }

    [Fact]
    public async Task Column_ShowsARowWrittenBeforeVersionsWereKept_WithItsFirstPublicationAndLastCorrection()
    {
        var org = TestHost.NewOrganizationId();
        var published = new DateTimeOffset(2022, 1, 20, 17, 0, 0, TimeSpan.Zero); // 2022-01-21 01:00 in China
        var tables = _host.Services.GetRequiredService<TableServiceClient>();
        await tables.GetTableClient(StorageNames.PublishedReportsTable).AddEntityAsync(new PublishedReportEntity
        {
            PartitionKey = "2021",
            RowKey = org,
            AllocatedVersion = 3,
            Version = 3,
            OrganizationName = "旧数据镇人民政府",
            Title = "旧数据镇人民政府2021年政府信息公开工作年度报告",
            Url = $"{TestHost.PublicBaseUrl}/api/reports/2021/{org}.pdf",
            PublishedAt = published,
            CorrectedAt = published.AddDays(40),
        });

        var (_, html) = await ColumnAsync("/api/column?year=2021");

        var item = ItemOf(html, org);
        Assert.Contains("发布日期：<time datetime=\"2022-01-21\">2022年1月21日</time>", item, StringComparison.Ordinal);
        Assert.Contains("第1版，<time datetime=\"2022-01-21\">2022年1月21日</time>发布", item, StringComparison.Ordinal);
        Assert.Contains("第3版，<time datetime=\"2022-03-02\">2022年3月2日</time>更正（现行版本）", item, StringComparison.Ordinal);
        Assert.DoesNotContain("阅读网页版", item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/column?year=twenty")]
    [InlineData("/api/column?year=99999")]
    public async Task Column_Returns400_ForAYearThatIsNoYear(string path)
    {
        var (status, html) = await ColumnAsync(path);

        Assert.Equal(400, status);
        Assert.Contains("应为四位数字", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Column_ShowsTheNewestYearWithReports_WhenNoYearIsAsked()
    {
        await PublishCorrectedSeedAsync();
        var years = await _host.Services.GetRequiredService<PublishedReportIndex>().ListYearsAsync(default);

        var (_, html) = await ColumnAsync("/api/column");

        Assert.Contains(2021, years);
        Assert.Equal(years.OrderDescending(), years);
        Assert.Contains($"<h2 id=\"list-heading\">{years[0]}年度报告</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_IsAtom_WithTheCorrectionAsAnUpdatedEntry_LinkingThePdfAndTheHtmlEdition()
    {
        // The feed covers the two newest years, and other tests publish 2023 and 2024 reports into the same tables:
        // last year's report is always in it.
        var year = ChinaStandardTime.Today(TimeProvider.System).Year - 1;
        var org = await PublishCorrectedSeedAsync(year);

        var result = (FileContentResult)await _host.Function<ColumnFunctions>().ColumnFeed(_host.Request("GET", "/api/column/feed.atom"), default);

        Assert.Equal("application/atom+xml; charset=utf-8", result.ContentType);
        var feed = XDocument.Parse(System.Text.Encoding.UTF8.GetString(result.FileContents)).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal($"{TestHost.PublicBaseUrl}/api/column/feed.atom", (string?)feed.Element(Atom + "id"));
        Assert.False(string.IsNullOrEmpty((string?)feed.Element(Atom + "title")));
        Assert.NotNull((DateTimeOffset?)feed.Element(Atom + "updated"));
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        var entry = feed.Elements(Atom + "entry").Single(e => (string?)e.Element(Atom + "id") == $"{TestHost.PublicBaseUrl}/api/reports/{year}/{org}.pdf");
        Assert.Equal(CorrectedTitle, (string?)entry.Element(Atom + "title"));
        Assert.True((DateTimeOffset)entry.Element(Atom + "updated")! > (DateTimeOffset)entry.Element(Atom + "published")!);
        var links = entry.Elements(Atom + "link").ToDictionary(l => (string)l.Attribute("type")!, l => (string)l.Attribute("href")!);
        Assert.Equal($"{TestHost.PublicBaseUrl}/api/reports/{year}/{org}.pdf", links["application/pdf"]);
        Assert.Equal($"{TestHost.PublicBaseUrl}/api/reports/{year}/{org}.html", links["text/html"]);
        Assert.Contains("第2版", (string?)entry.Element(Atom + "summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListReports_SendsABrowserToTheColumn_AndGivesProgramsJson()
    {
        var function = _host.Function<ListReportsFunction>();
        var browser = _host.Request("GET", "/api/reports?year=2021", headers: new Dictionary<string, string>
        {
            ["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        });
        var program = _host.Request("GET", "/api/reports?year=2003", headers: new Dictionary<string, string> { ["Accept"] = "application/json" });
        var anything = _host.Request("GET", "/api/reports?year=2003", headers: new Dictionary<string, string> { ["Accept"] = "*/*" });

        var redirect = (RedirectResult)await function.ListReports(browser, default);
        var json = (ContentResult)await function.ListReports(program, default);
        var any = (ContentResult)await function.ListReports(anything, default);

        Assert.Equal("/api/column?year=2021", redirect.Url);
        Assert.Equal("Accept", browser.HttpContext.Response.Headers.Vary);
        Assert.Empty(JsonNode.Parse(json.Content!)!.AsArray());
        Assert.Equal("Accept", program.HttpContext.Response.Headers.Vary);
        Assert.Equal(200, any.StatusCode);
    }

    /// <summary>Publishes the seed for a new organization, then a correction of it (version 2).</summary>
    /// <param name="year">Another year than the seed's 2021: the seed signed on 15 January of the year after.</param>
    private async Task<string> PublishCorrectedSeedAsync(int? year = null)
    {
        var (org, token) = await _host.RegisterAsync();
        void InYear(System.Text.Json.Nodes.JsonNode r)
        {
            if (year is not { } y)
                return;
            r["year"] = y;
            r["signature"]!["date"] = $"{y + 1}-01-15";
        }
        await SubmitAsync(SampleReports.SeedJson(org.Id, InYear), token);
        await _host.DrainAsync();
        await SubmitAsync(SampleReports.SeedJson(org.Id, r => { InYear(r); r["title"] = CorrectedTitle; }), token);
        await _host.DrainAsync();
        return org.Id;
    }

    private async Task SubmitAsync(string json, string token)
    {
        var result = (ContentResult)await _host.Function<SubmitReportFunction>().SubmitReport(
            _host.JsonRequest("POST", "/api/reports", json, new Dictionary<string, string> { ["X-Org-Token"] = token }), default);
        Assert.Equal(202, result.StatusCode);
    }

    private async Task<(int Status, string Html)> ColumnAsync(string path)
    {
        var request = _host.Request("GET", path);
        var result = await _host.Function<ColumnFunctions>().Column(request, default);
        var context = new ActionContext { HttpContext = request.HttpContext };
        await result.ExecuteResultAsync(context);
        var body = request.HttpContext.Response.Body;
        body.Position = 0;
        Assert.Equal("public, max-age=60", request.HttpContext.Response.Headers.CacheControl);
        return (request.HttpContext.Response.StatusCode, await new StreamReader(body).ReadToEndAsync());
    }

    /// <summary>The list item of the organization's report, from its opening tag to the next item or the list's end.</summary>
    private static string ItemOf(string html, string organizationId)
    {
        var link = html.IndexOf($"/api/column?org={organizationId}\"", StringComparison.Ordinal);
        Assert.True(link >= 0, $"no item for {organizationId}");
        var start = html.LastIndexOf("<li class=\"report\"", link, StringComparison.Ordinal);
        var next = html.IndexOf("<li class=\"report\"", link, StringComparison.Ordinal);
        var end = html.IndexOf("</section>", link, StringComparison.Ordinal);
        return html[start..(next >= 0 && next < end ? next : end)];
    }

    private static bool IsHidden(string item) => item[..item.IndexOf('>', StringComparison.Ordinal)].EndsWith(" hidden", StringComparison.Ordinal);
}
