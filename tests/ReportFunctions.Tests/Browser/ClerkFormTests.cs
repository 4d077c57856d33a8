using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using ReportFunctions.Core.Model;
using ReportFunctions.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace ReportFunctions.Tests.Browser;

/// <summary>
/// The clerk's workspace in Chromium: the form adds up totals and checks while they type, previews the PDF, keeps a
/// draft, and the receipt and status pages follow the report to 已发布 or back to the form, without any JSON.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClerkFormTests(BrowserFixture app)
{
    private const string RowTotal = "applications.newlyReceived.total";

    [Fact]
    public async Task Seed_TotalsAppear_ABrokenTotalIsFlaggedAtItsCellAndInTheSummary_ThenPreviewSubmitAndFollowToThePublishedPdf()
    {
        var (org, token) = await app.RegisterAsync();
        var seed = SampleReports.SeedNode(org.Id);
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/api/form?org={org.Id}");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await ClerkForm.FillAsync(page, ClerkForm.Fields(seed));
        await page.GetByLabel("报送令牌").FillAsync(token);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await ClerkForm.CaptureAsync(page, "form-print", fullPage: true);
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // Every total the clerk did not type is the sum the sample has.
        foreach (var path in new[] { RowTotal, "applications.total.naturalPerson", "applications.total.total", "reviewsAndLitigation.review.total" })
            await Expect(ClerkForm.ById(page, path)).ToHaveValueAsync(Value(seed, path));

        var total = ClerkForm.ById(page, RowTotal);
        await total.FillAsync("9999");
        await Expect(ClerkForm.ById(page, RowTotal + "-error")).ToContainTextAsync("不符");
        await Expect(total).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(total).ToHaveAttributeAsync("aria-describedby", RowTotal + "-error");
        var link = page.Locator("#error-summary a", new() { HasTextString = "不符" }).First;
        await Expect(link).ToBeVisibleAsync();
        await link.ClickAsync();
        await Expect(total).ToBeFocusedAsync();
        await ClerkForm.CaptureAsync(page, "form-error-at-cell");

        await total.FillAsync(Value(seed, RowTotal));
        await Expect(ClerkForm.ById(page, RowTotal + "-error")).ToHaveCountAsync(0);
        await Expect(total).Not.ToHaveAttributeAsync("aria-invalid", "true");
        // The seed's one warning (署名日期) may stay; no error does.
        await Expect(page.Locator("#error-summary .severity.error")).ToHaveCountAsync(0);
        // Warnings never block, but the clerk sees them: 检查 lists the seed's one (署名日期早于统计期结束) as 提示.
        await page.GetByRole(AriaRole.Button, new() { Name = "检查", Exact = true }).ClickAsync();
        var warning = page.Locator("#error-summary li", new() { HasTextString = "署名日期" }).First;
        await Expect(warning).ToContainTextAsync("提示");

        var opened = page.Context.WaitForPageAsync();
        var preview = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "预览PDF" }).ClickAsync(),
            r => r.Url.EndsWith("/api/reports/preview", StringComparison.Ordinal));
        Assert.Equal(200, preview.Status);
        Assert.Equal("application/pdf", preview.Headers["content-type"]);
        // The new tab shows the PDF from memory (its bytes are checked in SubmissionPagesTests): nothing was stored to link to.
        var tab = await opened;
        await tab.WaitForURLAsync(url => url.StartsWith("blob:", StringComparison.Ordinal));
        await tab.CloseAsync();
        await Expect(page.Locator("#live-status")).ToContainTextAsync("预览PDF已在新标签页打开");

        await page.GetByRole(AriaRole.Button, new() { Name = "提交报告" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("报告已受理");
        var id = (await page.Locator(".submission-id").TextContentAsync())!;
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await ClerkForm.CaptureAsync(page, "receipt");

        await page.GetByRole(AriaRole.Link, new() { Name = "查看处理情况" }).ClickAsync();
        Assert.EndsWith($"/api/submissions/{id}", page.Url, StringComparison.Ordinal);
        // The page follows the report by itself until it is published.
        await Expect(page.Locator(".status")).ToHaveTextAsync("已发布", new() { Timeout = 60_000 });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await ClerkForm.CaptureAsync(page, "status-published");
        var pdfUrl = await page.GetByRole(AriaRole.Link, new() { Name = "查看PDF版报告" }).GetAttributeAsync("href");
        var pdf = await page.Context.APIRequest.GetAsync(pdfUrl!);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.Equal("%PDF-"u8.ToArray(), (await pdf.BodyAsync())[..5]);
    }

    [Fact]
    public async Task CountySample_TotalsAppear_AndTheCheckButtonFindsNoError()
    {
        var county = JsonNode.Parse(File.ReadAllText(RepositoryRoot.File("samples", "county-department-2024.json")))!;
        var (org, _) = await app.RegisterAsync(OrganizationKind.Department, (string)county["organization"]!["name"]!);
        county["organization"]!["id"] = org.Id;
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/api/form?org={org.Id}");

        await ClerkForm.FillAsync(page, ClerkForm.Fields(county));

        foreach (var path in ApplicationsTable.Columns.Select(ApplicationsTable.Row(ApplicationsRowRole.Total).CellPath))
            await Expect(ClerkForm.ById(page, path)).ToHaveValueAsync(Value(county, path));
        await Expect(ClerkForm.ById(page, "reviewsAndLitigation.litigationAfterReview.total")).ToHaveValueAsync(Value(county, "reviewsAndLitigation.litigationAfterReview.total"));
        // How the text will be split is shown under it.
        await Expect(ClerkForm.ById(page, "overview-preview")).ToContainTextAsync("个小标题");
        await page.GetByRole(AriaRole.Button, new() { Name = "检查" }).ClickAsync();
        await Expect(page.Locator("#live-status")).ToHaveTextAsync("检查完成：没有发现错误。");
        await Expect(page.Locator(".error-message, .cell-error")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AReloadMidway_OffersTheDraft_WhichRestoresWhatWasTyped_AndTheTokenStaysForTheTabOnly()
    {
        var (org, token) = await app.RegisterAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/api/form?org={org.Id}");
        await page.GetByLabel("报送令牌").FillAsync(token);
        await ClerkForm.ById(page, "overview").FillAsync("（一）加强领导\n第一段。");
        await ClerkForm.ById(page, "applications.granted.naturalPerson").FillAsync("7");
        await page.WaitForFunctionAsync("() => Object.keys(localStorage).some(k => k.startsWith('report-draft:') && localStorage[k].includes('加强领导'))");
        Assert.DoesNotContain(token, await page.EvaluateAsync<string>("() => JSON.stringify(localStorage)"), StringComparison.Ordinal);

        await page.ReloadAsync();
        var offer = page.Locator("#draft-offer");
        await Expect(offer).ToContainTextAsync("尚未提交的草稿");
        await Expect(ClerkForm.ById(page, "overview")).ToHaveValueAsync("");
        await Expect(page.GetByLabel("报送令牌")).ToHaveValueAsync(token);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.EvaluateAsync("() => scrollTo(0, 0)");
        await ClerkForm.CaptureAsync(page, "form-draft-offer");
        await offer.GetByRole(AriaRole.Button, new() { Name = "恢复草稿" }).ClickAsync();
        await Expect(ClerkForm.ById(page, "overview")).ToHaveValueAsync("（一）加强领导\n第一段。");
        await Expect(ClerkForm.ById(page, "applications.granted.total")).ToHaveValueAsync("7");
        await Expect(offer).ToBeHiddenAsync();

        await page.ReloadAsync();
        await offer.GetByRole(AriaRole.Button, new() { Name = "清除草稿" }).ClickAsync();
        await Expect(offer).ToBeHiddenAsync();
        await page.ReloadAsync();
        await Expect(page.Locator("#live-status")).ToBeAttachedAsync();
        Assert.False(await offer.IsVisibleAsync());

        // A new tab of the same browser has the draft but not the token.
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync($"/api/form?org={org.Id}");
        await Expect(other.GetByLabel("报送令牌")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task ARejectedSubmission_IsReopenedWithItsDataAndTheFindingAtItsCell_AndCanBeFixedAndSentAgain()
    {
        var (org, token) = await app.RegisterAsync();
        var seed = SampleReports.SeedNode(org.Id);
        using (var rejected = await SubmitJsonAsync(SampleReports.InvalidJson(org.Id), token))
        {
            var statusUrl = rejected.Headers.Location!.ToString();
            await WaitUntilProcessedAsync(statusUrl);
            var page = await app.NewPageAsync();
            await page.GotoAsync(statusUrl);
            await Expect(page.Locator(".status")).ToHaveTextAsync("未通过校验");
            await Expect(page.Locator("ol.findings")).ToContainTextAsync("位置：" + FieldLabels.Describe(RowTotal));
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await ClerkForm.CaptureAsync(page, "status-rejected");

            await page.GetByRole(AriaRole.Link, new() { Name = "打开填报表修改" }).ClickAsync();
            var total = ClerkForm.ById(page, RowTotal);
            var wrong = ((long)seed["applications"]!["newlyReceived"]!["total"]! + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Expect(total).ToHaveValueAsync(wrong);
            await Expect(total).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(ClerkForm.ById(page, RowTotal + "-error")).ToBeVisibleAsync();
            await Expect(ClerkForm.ById(page, "overview")).ToHaveValueAsync(ClerkForm.Fields(seed)["overview"]);
            await Expect(page.Locator("#error-summary")).ToBeFocusedAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);

            await total.FillAsync(Value(seed, RowTotal));
            await Expect(ClerkForm.ById(page, RowTotal + "-error")).ToHaveCountAsync(0);
            await page.GetByLabel("报送令牌").FillAsync(token);
            await page.GetByRole(AriaRole.Button, new() { Name = "提交报告" }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("报告已受理");
            await page.GetByRole(AriaRole.Link, new() { Name = "查看处理情况" }).ClickAsync();
            await Expect(page.Locator(".status")).ToHaveTextAsync("已发布", new() { Timeout = 60_000 });
        }
    }

    [Fact]
    public async Task OnAPhone_ThePageNeverScrollsSideways_AndEveryNumberCellTakesSevenDigits()
    {
        var (org, _) = await app.RegisterAsync();
        var page = await app.NewPageAsync(BrowserFixture.Phone);
        await page.GotoAsync($"/api/form?org={org.Id}");

        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= BrowserFixture.Phone.Width);
        // The narrowest input measured against seven digits in its own font and padding.
        var shortfall = await page.EvaluateAsync<double>("""
            () => {
              const canvas = document.createElement("canvas").getContext("2d");
              let worst = Infinity;
              for (const input of document.querySelectorAll("main input:not([type=hidden]), main select, main textarea")) {
                const style = getComputedStyle(input);
                canvas.font = `${style.fontSize} ${style.fontFamily}`;
                const inner = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                worst = Math.min(worst, inner - canvas.measureText("8888888").width);
              }
              return worst;
            }
            """);
        Assert.True(shortfall >= 0, $"an input is {-shortfall:0.#} px too narrow for 7 digits");
        // Table 三 scrolls inside its own box and keeps its row labels in view.
        var scroller = page.Locator(".table-scroll:has(table.applications)");
        await scroller.EvaluateAsync("box => box.scrollLeft = box.scrollWidth");
        var label = page.Locator("table.applications th", new() { HasTextString = "1.属于国家秘密" });
        var boxLeft = (await scroller.BoundingBoxAsync())!.X;
        Assert.InRange((await label.BoundingBoxAsync())!.X - boxLeft, -1, 2);
        await label.EvaluateAsync("th => scrollTo(0, th.getBoundingClientRect().top + scrollY - 300)");
        await ClerkForm.CaptureAsync(page, "form-phone");
    }

    [Fact]
    public async Task WithoutJavaScript_TheFormStillChecksAndPosts_AndTheReceiptLeadsToTheStatusPage()
    {
        var (org, token) = await app.RegisterAsync();
        var page = await app.NewPageAsync(javaScript: false);
        await page.GotoAsync($"/api/form?org={org.Id}");
        var fields = ClerkForm.Fields(SampleReports.SeedNode(org.Id));
        foreach (var name in new[] { "year", "overview", "problemsAndImprovements", "otherMatters", "signature.issuer", "signature.date" })
            await ClerkForm.ById(page, name).FillAsync(fields[name]);
        await page.GetByLabel("报送令牌").FillAsync(token);

        await page.GetByRole(AriaRole.Button, new() { Name = "检查" }).ClickAsync();
        await Expect(page.Locator("#form-notice")).ToContainTextAsync("检查完成");
        Assert.Equal(fields["overview"], await ClerkForm.ById(page, "overview").InputValueAsync());

        await page.GetByLabel("报送令牌").FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交报告" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("报告已受理");
        var statusUrl = await page.GetByRole(AriaRole.Link, new() { Name = "查看处理情况" }).GetAttributeAsync("href");
        await WaitUntilProcessedAsync(statusUrl!);
        await page.GetByRole(AriaRole.Link, new() { Name = "查看处理情况" }).ClickAsync();
        await Expect(page.Locator(".status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(已发布|未通过校验)$"));
        await Expect(page.Locator("body")).Not.ToContainTextAsync("\"status\"");
    }

    private async Task<HttpResponseMessage> SubmitJsonAsync(string json, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Org-Token", token);
        var response = await app.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response;
    }

    private async Task WaitUntilProcessedAsync(string statusUrl)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((string?)(await app.Http.GetFromJsonAsync<JsonNode>(statusUrl, timeout.Token))!["status"] == "Received")
            await Task.Delay(100, timeout.Token);
    }

    private static string Value(JsonNode report, string path) =>
        path.Split('.').Aggregate((JsonNode?)report, (node, key) => node?[key])!.ToString();
}
