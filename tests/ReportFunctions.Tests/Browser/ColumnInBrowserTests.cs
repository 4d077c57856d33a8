using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ReportFunctions.Core.Model;
using ReportFunctions.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace ReportFunctions.Tests.Browser;

/// <summary>
/// The public column and the HTML edition as a citizen uses them: two bodies' reports (the seed of 2021, corrected
/// once, and the county department's of 2024), found by year and by name, opened as PDF and as HTML, on a desktop
/// and on a 390 px phone, with and without JavaScript. REPORTS_SCREENSHOTS=1 also writes the README's screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ColumnInBrowserTests(BrowserFixture app)
{
    private const string CorrectedTitle = "大岚镇人民政府2021年政府信息公开工作年度报告（更正）";

    [Fact]
    public async Task Column_ListsBothBodiesByYear_ShowsTheCorrection_AndOpensThePdfAndTheHtmlEdition_WithoutJavaScript()
    {
        var (seed, county) = await PublishAsync();
        var page = await app.NewPageAsync(BrowserFixture.Desktop, javaScript: false);

        await page.GotoAsync("/api/column?year=2024");
        await Expect(page).ToHaveTitleAsync("年报专栏 - 政府信息公开工作年度报告");
        await Expect(Item(page, county)).ToContainTextAsync("安和县自然资源和规划局2024年政府信息公开工作年度报告");
        await Expect(Item(page, seed)).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "按年度浏览" }).GetByRole(AriaRole.Link, new() { Name = "2021年度" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/api/column\?year=2021$"));
        var item = Item(page, seed);
        await Expect(item).ToContainTextAsync(CorrectedTitle);
        await Expect(item.GetByText("已更正", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(item.GetByRole(AriaRole.Heading, new() { Name = "更正记录" })).ToBeVisibleAsync();
        await Expect(item.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "第1版" })).ToContainTextAsync("发布");
        await Expect(item.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "第2版" })).ToContainTextAsync("更正（现行版本）");

        // Every PDF link, the current one and version 1's, answers with the PDF.
        foreach (var link in await item.Locator("a[type='application/pdf']").AllAsync())
        {
            using var pdf = await app.Http.GetAsync(await link.GetAttributeAsync("href"));
            Assert.Equal(200, (int)pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        }
        Assert.Equal(2, await item.Locator("a[type='application/pdf']").CountAsync());

        await item.GetByRole(AriaRole.Link, new() { Name = "阅读网页版" }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{app.BaseUrl}/api/reports/2021/{seed}.html");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(CorrectedTitle);

        // axe runs as a script, so the check (and the screenshot) take a page with JavaScript.
        var scripted = await app.NewPageAsync(BrowserFixture.Desktop);
        await scripted.GotoAsync("/api/column?year=2021");
        await Expect(Item(scripted, seed)).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(scripted);
        await ScreenshotAsync(scripted, "column-desktop.png");
    }

    [Fact]
    public async Task Search_ByBodyName_WorksAsAFormWithoutJavaScript_AndAsOneTypesWithIt()
    {
        var (seed, _) = await PublishAsync();

        var plain = await app.NewPageAsync(BrowserFixture.Desktop, javaScript: false);
        await plain.GotoAsync("/api/column?year=2021");
        await plain.GetByLabel("按机关名称查找2021年度报告").FillAsync("安和");
        await plain.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();
        await Expect(plain).ToHaveURLAsync(new Regex(@"q=%E5%AE%89%E5%92%8C"));
        await Expect(plain.GetByRole(AriaRole.Status)).ToContainTextAsync("没有机关名称含“安和”的报告");
        await Expect(Item(plain, seed)).ToBeHiddenAsync();
        await plain.GetByLabel("按机关名称查找2021年度报告").FillAsync("大岚");
        await plain.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();
        await Expect(Item(plain, seed)).ToBeVisibleAsync();
        await Expect(plain.GetByRole(AriaRole.Status)).ToContainTextAsync("机关名称含“大岚”的报告");

        var scripted = await app.NewPageAsync(BrowserFixture.Desktop);
        await scripted.GotoAsync("/api/column?year=2021");
        var search = scripted.GetByLabel("按机关名称查找2021年度报告");
        await search.PressSequentiallyAsync("安和");
        await Expect(Item(scripted, seed)).ToBeHiddenAsync();
        await Expect(scripted.GetByRole(AriaRole.Status)).ToContainTextAsync("没有机关名称含“安和”的报告");
        Assert.EndsWith("/api/column?year=2021", scripted.Url, StringComparison.Ordinal);
        await search.FillAsync("");
        await search.PressSequentiallyAsync("大岚");
        await Expect(Item(scripted, seed)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Column_OnAPhone_HasNoPageScroll_PassesTheAccessibilityCheck_AndLeadsToABodysPage()
    {
        var (seed, _) = await PublishAsync();
        var page = await app.NewPageAsync(BrowserFixture.Phone);

        await page.GotoAsync("/api/column?year=2021");
        await Expect(Item(page, seed)).ToBeVisibleAsync();
        Assert.True(await FitsTheWidthAsync(page), "the column scrolls sideways at 390 px");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await ScreenshotAsync(page, "column-phone.png");

        await Item(page, seed).GetByRole(AriaRole.Link, new() { Name = "大岚镇人民政府", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("大岚镇人民政府年度报告");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2021年度" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = CorrectedTitle })).ToBeVisibleAsync();
        Assert.True(await FitsTheWidthAsync(page), "a body's page scrolls sideways at 390 px");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task HtmlEdition_OnAPhone_IsChineseWithHeadingsAndHeadedTables_FitsTheWidth_AndBreaksTheTitleBetweenWords()
    {
        var (_, county) = await PublishAsync();
        var page = await app.NewPageAsync(BrowserFixture.Phone);

        await page.GotoAsync($"/api/reports/2024/{county}.html");

        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("安和县自然资源和规划局2024年政府信息公开工作年度报告");
        Assert.Equal(6, await page.GetByRole(AriaRole.Heading, new() { Level = 2 }).CountAsync());
        Assert.True(await page.Locator("table").CountAsync() >= 4);
        Assert.Equal(0, await page.Locator("table th:not([scope])").CountAsync());
        Assert.True(await page.Locator("table thead th[scope='colgroup']").CountAsync() > 0);
        Assert.True(await FitsTheWidthAsync(page), "the HTML edition scrolls sideways at 390 px");
        // Each part of the title ("2024年", "政府信息公开工作", "年度报告", …) on one line: no break inside a word.
        var lines = await page.EvaluateAsync<int[]>(
            "() => [...document.querySelectorAll('h1 span')].map(s => Math.round(s.getBoundingClientRect().height / parseFloat(getComputedStyle(s).lineHeight)))");
        Assert.All(lines, l => Assert.Equal(1, l));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await ScreenshotAsync(page, "html-edition-phone.png");
    }

    [Fact]
    public async Task TheColumn_LinksItsAtomFeed_WhichParsesAsAtom()
    {
        var (seed, _) = await PublishAsync();
        var page = await app.NewPageAsync(BrowserFixture.Desktop, javaScript: false);
        await page.GotoAsync("/api/column");

        var href = await page.Locator("head link[rel='alternate'][type='application/atom+xml']").GetAttributeAsync("href");
        using var feed = await app.Http.GetAsync(href);

        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType!.MediaType);
        var root = System.Xml.Linq.XDocument.Parse(await feed.Content.ReadAsStringAsync()).Root!;
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(atom + "feed", root.Name);
        Assert.Contains(root.Elements(atom + "entry"), e => (string?)e.Element(atom + "id") == $"{app.BaseUrl}/api/reports/2021/{seed}.pdf");
    }

    private static ILocator Item(IPage page, string organizationId) =>
        page.Locator("li.report").Filter(new() { Has = page.Locator($"a[href='/api/column?org={organizationId}']") });

    private static Task<bool> FitsTheWidthAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");

    // The README's screenshots, written only when asked for: a look at the pages, not an assertion.
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("REPORTS_SCREENSHOTS") is not { Length: > 0 })
            return;
        await page.ScreenshotAsync(new() { Path = RepositoryRoot.File("docs", "images", name), FullPage = false });
    }

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static (string Seed, string County)? _published;

    /// <summary>The seed (corrected once) and the county department's report, published once for all tests of this class.</summary>
    private async Task<(string Seed, string County)> PublishAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (_published is { } done)
                return done;
            var (seed, seedToken) = await app.RegisterAsync();
            AssertPublished(await app.PublishAsync(SampleReports.SeedJson(seed.Id), seedToken));
            AssertPublished(await app.PublishAsync(SampleReports.SeedJson(seed.Id, r => r["title"] = CorrectedTitle), seedToken));
            var (county, countyToken) = await app.RegisterAsync(OrganizationKind.Department, "安和县自然资源和规划局");
            var countyJson = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryRoot.File("samples", "county-department-2024.json")))!;
            countyJson["organization"]!["id"] = county.Id;
            AssertPublished(await app.PublishAsync(countyJson.ToJsonString(), countyToken));
            _published = (seed.Id, county.Id);
            return _published.Value;
        }
        finally
        {
            Once.Release();
        }
    }

    private static void AssertPublished(JsonNode status) =>
        Assert.True((string?)status["status"] == "Published", status.ToJsonString());
}
