using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ReportFunctions.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace ReportFunctions.Tests.Browser;

/// <summary>
/// The correction answer page as the organization's clerk uses it: opened from the notice e-mail, answered on a
/// phone without JavaScript, errors summarised and linked to their fields, then the confirmation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CorrectionAnswerPageTests(BrowserFixture app)
{
    private async Task<(string PageUrl, string Token, string OrganizationId)> IssueAsync()
    {
        var (org, token) = await app.RegisterAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/manage/corrections")
        {
            Content = JsonContent.Create(new
            {
                organization = org.Id, quarter = "2026Q3", dueDate = "2026-12-31",
                items = new[] { "政策解读栏目超过6个月未更新", "依申请公开指南中的联系电话已停用" },
            }),
        };
        request.Headers.Add("x-functions-key", TestHost.AdminKey);
        using var issued = await app.Http.SendAsync(request);
        issued.EnsureSuccessStatusCode();
        // The page is reached as the clerk reaches it: from the link in the notice e-mail.
        var mail = await app.Smtp.WaitForMessageToAsync(org.Contacts[0], m => m.Subject.StartsWith("【整改通知】", StringComparison.Ordinal));
        var link = PageLink().Match(mail.Text).Value;
        Assert.StartsWith(app.BaseUrl, link, StringComparison.Ordinal);
        Assert.EndsWith($"?org={org.Id}", link, StringComparison.Ordinal);
        return (link, token, org.Id);
    }

    [Fact]
    public async Task Phone_WithoutJavaScript_ErrorsAreSummarisedAndLinked_ThenTheAnswerIsConfirmed()
    {
        var (link, token, organizationId) = await IssueAsync();
        var page = await app.NewPageAsync(BrowserFixture.Phone, javaScript: false);

        await page.GotoAsync(link);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("整改情况报送");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "第1项：政策解读栏目超过6个月未更新" })).ToBeVisibleAsync();
        await Capture(page, "correction-answer-phone.png");

        var first = page.GetByRole(AriaRole.Group, new() { Name = "第1项：政策解读栏目超过6个月未更新" });
        await first.GetByLabel("整改情况").FillAsync("已于12月更新政策解读12篇，并建立每月更新机制。");
        await first.GetByLabel("整改后内容的网址（选填）").FillAsync("www.example.gov.cn/zcjd");
        await page.GetByLabel("报送令牌").FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交整改情况" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync("提交的内容有1处需要修改");
        await Expect(summary).ToBeFocusedAsync();
        var url = first.GetByLabel("整改后内容的网址（选填）");
        await Expect(url).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(url).ToHaveAccessibleDescriptionAsync(new Regex("第1项的网址“www.example.gov.cn/zcjd”无效"));
        // What was typed is still there; the token is not echoed back.
        await Expect(first.GetByLabel("整改情况")).ToHaveValueAsync("已于12月更新政策解读12篇，并建立每月更新机制。");
        await Expect(page.GetByLabel("报送令牌")).ToHaveValueAsync("");
        await AssertNoHorizontalScrollAsync(page);
        await Capture(page, "correction-answer-error-phone.png");

        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(url).ToBeFocusedAsync();
        await url.FillAsync("https://www.example.gov.cn/zwgk/zcjd/");
        await page.GetByLabel("报送令牌").FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交整改情况" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("整改情况已报送");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已收到贵单位报送的第1项整改情况");
        await Expect(page.GetByText("整改情况：已于12月更新政策解读12篇，并建立每月更新机制。")).ToBeVisibleAsync();
        await Expect(page.GetByText("尚未报送整改情况")).ToBeVisibleAsync();
        await AssertNoHorizontalScrollAsync(page);
        await Capture(page, "correction-answer-done-phone.png");

        // The office sees the answer.
        using var list = new HttpRequestMessage(HttpMethod.Get, $"/api/manage/corrections?organization={organizationId}");
        list.Headers.Add("x-functions-key", TestHost.AdminKey);
        var notice = (await (await app.Http.SendAsync(list)).Content.ReadFromJsonAsync<JsonArray>())![0]!;
        Assert.Equal("https://www.example.gov.cn/zwgk/zcjd/", (string?)notice["items"]![0]!["answerUrl"]);
    }

    [Fact]
    public async Task Desktop_WrongToken_IsRefusedAtTheTokenField_AndEveryStateHasNoSeriousAccessibilityViolation()
    {
        var (link, token, _) = await IssueAsync();
        var page = await app.NewPageAsync(BrowserFixture.Desktop);

        await page.GotoAsync(link);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Capture(page, "correction-answer-desktop.png");

        await page.GetByRole(AriaRole.Group, new() { Name = "第2项：依申请公开指南中的联系电话已停用" }).GetByLabel("整改情况").FillAsync("已更新联系电话。");
        await page.GetByLabel("报送令牌").FillAsync("not-the-token");
        var refused = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "提交整改情况" }).ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(403, refused.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("报送令牌不正确");
        await Expect(page.GetByLabel("报送令牌")).ToHaveAttributeAsync("aria-invalid", "true");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByLabel("报送令牌").FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交整改情况" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已收到贵单位报送的第2项整改情况");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    private static async Task AssertNoHorizontalScrollAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
            "The page scrolls horizontally at this width.");

    /// <summary>Screenshots for people (docs/images), taken only when SCREENSHOTS_DIR is set; never an assertion.</summary>
    private static async Task Capture(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("SCREENSHOTS_DIR") is { Length: > 0 } directory)
            await page.ScreenshotAsync(new() { Path = Path.Combine(directory, name), FullPage = true });
    }

    [GeneratedRegex(@"http://\S+/api/corrections/\S+")]
    private static partial Regex PageLink();
}
