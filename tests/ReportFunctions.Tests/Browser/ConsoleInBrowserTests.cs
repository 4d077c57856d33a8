using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Reminders;
using ReportFunctions.Corrections;
using ReportFunctions.Email;
using ReportFunctions.Organizations;
using ReportFunctions.Oversight;
using ReportFunctions.Reminders;
using ReportFunctions.Storage;
using ReportFunctions.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace ReportFunctions.Tests.Browser;

/// <summary>The supervising office's console in Chromium, signed in with the admin key as a person would type it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsoleInBrowserTests(BrowserFixture app)
{
    [Fact]
    public async Task SignIn_WithTheKey_KeepsItInThisTabOnly_AndNeverPutsItInAUrl()
    {
        var page = await app.NewPageAsync();
        var urls = new List<string>();
        page.Request += (_, request) => urls.Add(request.Url);

        var shell = await page.GotoAsync("/api/console");
        Assert.Equal(401, shell!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "使用管理密钥登录" })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Capture(page, "console-sign-in");

        await page.GetByLabel("管理密钥").FillAsync("wrong-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("管理密钥不正确");
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('reports-console-key')"));

        await page.GetByLabel("管理密钥").FillAsync(TestHost.AdminKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page.Locator("header.site h1")).ToContainTextAsync("年度报告报送情况");
        Assert.Equal(TestHost.AdminKey, await page.EvaluateAsync<string>("sessionStorage.getItem('reports-console-key')"));

        // A reload keeps the sign-in (the shell loads the page with the kept key); signing out forgets it.
        await page.ReloadAsync();
        await Expect(page.Locator("nav.console-nav")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "使用管理密钥登录" })).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('reports-console-key')"));
        Assert.DoesNotContain(urls, u => u.Contains(TestHost.AdminKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task YearTable_ShowsEveryBodysStatus_FiltersAndSorts_AndExportsTheSameRowsAsXlsxAndCsv()
    {
        var tag = Guid.NewGuid().ToString("n")[..6];
        var (published, publishedToken) = await app.RegisterAsync(OrganizationKind.Township, $"甲镇{tag}人民政府");
        var (rejected, rejectedToken) = await app.RegisterAsync(OrganizationKind.Department, $"乙局{tag}");
        var (silent, _) = await app.RegisterAsync(OrganizationKind.Government, $"丙县{tag}人民政府");
        await app.PublishAsync(SampleReports.SeedJson(published.Id), publishedToken);
        await app.PublishAsync(SampleReports.InvalidJson(rejected.Id), rejectedToken);
        await app.Services.GetRequiredService<CorrectionNotices>().IssueAsync(
            new IssueCorrectionNoticeRequest(silent.Id, "2026Q1", "2026-03-31", ["未按时报送年度报告", "栏目更新不及时"]), CancellationToken.None);

        var reminders = app.Services.GetRequiredService<ReminderLog>();
        var reminder = new ReminderKey(silent.Id, ReminderKind.AnnualReport, "2021", "overdue-7");
        Assert.True(await reminders.TryClaimAsync(reminder, "reminder-test", CancellationToken.None));
        await reminders.MarkQueuedAsync(reminder, CancellationToken.None);

        var page = await SignedInAsync("/api/console?year=2021");
        var table = page.Locator("table.year");
        await Expect(Row(table, silent.Name)).ToContainTextAsync("2021年度报告催报（逾期7天）");
        await Expect(Row(table, rejected.Name)).ToContainTextAsync("未催报");
        await Expect(Row(table, published.Name)).ToContainTextAsync("已发布");
        await Expect(Row(table, published.Name)).ToContainTextAsync("第1版");
        await Expect(Row(table, rejected.Name)).ToContainTextAsync("未通过校验");
        await Expect(Row(table, silent.Name)).ToContainTextAsync("未报送");
        await Expect(Row(table, silent.Name)).ToContainTextAsync("逾期");
        await Expect(Row(table, silent.Name)).ToContainTextAsync("2项");
        await Expect(page.Locator("ul.counts")).ToContainTextAsync("逾期未发布");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Capture(page, "console-year");

        await page.GetByLabel("状态", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "未报送" });
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("status=NotSubmitted"));
        await Expect(Row(table, silent.Name)).ToBeVisibleAsync();
        await Expect(Row(table, published.Name)).ToHaveCountAsync(0);
        await Expect(Row(table, rejected.Name)).ToHaveCountAsync(0);

        var csv = await DownloadTextAsync(page, "CSV");
        Assert.Contains(silent.Id, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(published.Id, csv, StringComparison.Ordinal);
        Assert.StartsWith("机构标识,机构名称", csv, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "清除筛选" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("console\\?year=2021$"));
        await page.GetByLabel("机构类型", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "政府部门" });
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Expect(Row(table, rejected.Name)).ToBeVisibleAsync();
        await Expect(Row(table, silent.Name)).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "清除筛选" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("console\\?year=2021$"));
        await page.GetByRole(AriaRole.Link, new() { Name = "机构名称" }).ClickAsync();
        await Expect(page.Locator("th[aria-sort=ascending]")).ToContainTextAsync("机构名称");
        await page.GetByRole(AriaRole.Link, new() { Name = "机构名称 ▲" }).ClickAsync();
        await Expect(page.Locator("th[aria-sort=descending]")).ToContainTextAsync("机构名称");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Excel（XLSX）" }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        await using var file = File.OpenRead(await download.PathAsync());
        using var workbook = new XLWorkbook(file);
        var sheet = workbook.Worksheet(1);
        Assert.Equal(YearTableExport.Headers, Enumerable.Range(1, YearTableExport.Headers.Count).Select(c => sheet.Cell(1, c).GetString()));
        var rows = sheet.RowsUsed().Skip(1).ToDictionary(r => r.Cell(1).GetString(), r => r);
        Assert.Equal("已发布", rows[published.Id].Cell(5).GetString());
        Assert.Equal(1, rows[published.Id].Cell(7).GetValue<int>());
        Assert.Equal("未通过校验", rows[rejected.Id].Cell(5).GetString());
        Assert.Equal(2, rows[silent.Id].Cell(9).GetValue<int>());
        // Sorted by name, descending, as on screen.
        var names = sheet.RowsUsed().Skip(1).Select(r => r.Cell(2).GetString()).ToList();
        Assert.Equal(names.OrderDescending().ToList(), names);
    }

    [Fact]
    public async Task YearTable_FitsAPhone_AndItsFiltersWorkFromThere()
    {
        var (body, _) = await app.RegisterAsync(OrganizationKind.Township, $"丁乡{Guid.NewGuid().ToString("n")[..6]}人民政府");
        var page = await SignedInAsync("/api/console?year=2021", BrowserFixture.Phone);

        await Expect(Row(page.Locator("table.year"), body.Name)).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Capture(page, "console-year-phone", fullPage: false);
        await page.GetByLabel("只看逾期未发布").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("overdue=1"));
        await Expect(Row(page.Locator("table.year"), body.Name)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ABodysPage_ShowsItsSubmissionsVersionsFindingsAndEmails()
    {
        var (body, token) = await app.RegisterAsync(OrganizationKind.Township, $"戊镇{Guid.NewGuid().ToString("n")[..6]}人民政府");
        await app.PublishAsync(SampleReports.InvalidJson(body.Id), token);
        await app.PublishAsync(SampleReports.SeedJson(body.Id), token);

        var page = await SignedInAsync("/api/console?year=2021");
        await page.GetByRole(AriaRole.Link, new() { Name = body.Name }).ClickAsync();
        await Expect(page.Locator("header.site h1")).ToHaveTextAsync(body.Name);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/api/console/bodies/{body.Id}$"));

        var years = page.Locator("table", new() { HasText = "已发布版本" });
        await Expect(years).ToContainTextAsync("2021年度");
        await Expect(years.GetByRole(AriaRole.Link, new() { Name = "第1版" })).ToHaveAttributeAsync("href", $"/api/reports/2021/{body.Id}/v1.pdf");
        var submissions = page.Locator("ol.submissions > li");
        await Expect(submissions).ToHaveCountAsync(2);
        await Expect(submissions.Nth(0)).ToContainTextAsync("已发布为第1版");
        await Expect(submissions.Nth(1)).ToContainTextAsync("未通过校验");
        await submissions.Nth(1).Locator("summary").ClickAsync();
        await Expect(submissions.Nth(1).Locator(".finding-error").First).ToContainTextAsync("错误");
        // The published one's warning (署名日期) is shown to the reviewer too.
        await submissions.Nth(0).Locator("summary").ClickAsync();
        await Expect(submissions.Nth(0).Locator(".finding-warning").First).ToContainTextAsync("署名日期");
        var emails = page.Locator("table", new() { HasText = "投递情况" });
        await Expect(emails).ToContainTextAsync("2021年度报告第1版发布通知");
        await Expect(emails).ToContainTextAsync("2021年度报告未通过校验通知");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Capture(page, "console-body");

        await page.SetViewportSizeAsync(BrowserFixture.Phone.Width, BrowserFixture.Phone.Height);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
    }

    [Fact]
    public async Task Organizations_RegisterIssueATokenShownOnce_DeactivateAndImport()
    {
        var tag = Guid.NewGuid().ToString("n")[..8];
        var id = $"console-{tag}";
        var name = $"己街道{tag}办事处";
        var registry = app.Services.GetRequiredService<OrganizationRegistry>();
        var page = await SignedInAsync("/api/console/organizations");

        await page.GetByLabel("机构标识").FillAsync(id);
        await page.GetByLabel("机构名称").FillAsync(name);
        await page.GetByLabel("机构类型").SelectOptionAsync(new SelectOptionValue { Label = "乡镇（街道）" });
        await page.GetByLabel("联系邮箱").FillAsync($"{id}@gk.example.gov.cn");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("机构信息已保存");
        Assert.Equal(name, (await registry.GetAsync(id, CancellationToken.None))!.Name);

        await page.GetByRole(AriaRole.Button, new() { Name = $"签发令牌：{name}" }).ClickAsync();
        var issued = page.GetByLabel("报送令牌");
        await Expect(issued).ToHaveValueAsync(new System.Text.RegularExpressions.Regex($"^{id}\\."));
        var token = await issued.InputValueAsync();
        Assert.True(await registry.VerifyTokenAsync(id, token, CancellationToken.None));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Capture(page, "console-token");

        await page.GetByRole(AriaRole.Link, new() { Name = "机构管理" }).ClickAsync();
        await Expect(page.GetByLabel("报送令牌")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登记新机构" })).ToBeVisibleAsync();
        Assert.DoesNotContain(token, await page.ContentAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = $"停用：{name}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("机构已停用");
        Assert.False((await registry.GetAsync(id, CancellationToken.None))!.Active);
        Assert.False(await registry.VerifyTokenAsync(id, token, CancellationToken.None));

        var csv = $"id,name,kind,contacts\nimp-a-{tag},庚镇{tag},township,a-{tag}@gk.example.gov.cn\nimp-b-{tag},辛局{tag},department,b-{tag}@gk.example.gov.cn\n";
        await page.GetByLabel("机构名单文件").SetInputFilesAsync(new FilePayload { Name = "机构.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已导入2个机构");
        Assert.NotNull(await registry.GetAsync($"imp-b-{tag}", CancellationToken.None));

        await page.GetByLabel("机构名单文件").SetInputFilesAsync(new FilePayload { Name = "坏.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes("id,name\nx,壬\n") });
        await page.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("未导入任何机构");
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeFocusedAsync();
    }

    [Fact]
    public async Task CorrectionNotices_AreIssuedWithTheirItems_AndResolvedItemByItem()
    {
        var (body, _) = await app.RegisterAsync(OrganizationKind.Department, $"癸局{Guid.NewGuid().ToString("n")[..6]}");
        var page = await SignedInAsync($"/api/console/corrections?organization={body.Id}");

        await page.GetByLabel("季度").FillAsync("2026Q4");
        await page.GetByLabel("整改期限").FillAsync("2027-01-15");
        await page.GetByLabel("存在的问题").FillAsync("政府信息公开指南未更新\n依申请公开答复超期");
        await page.GetByRole(AriaRole.Button, new() { Name = "下发整改通知" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("整改通知已下发");

        var notice = page.Locator("section.correction", new() { HasText = body.Name });
        await Expect(notice).ToContainTextAsync("2026Q4整改通知（整改中）");
        await Expect(notice.Locator("ol.items > li")).ToHaveCountAsync(2);
        await notice.GetByLabel("第1项整改情况").FillAsync("已于2026年10月更新指南并在网站公布");
        await notice.GetByRole(AriaRole.Button, new() { Name = "确认已整改" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已确认该项整改完成");
        await Expect(notice.Locator(".resolved")).ToContainTextAsync("已于2026年10月更新指南");
        await Expect(notice).ToContainTextAsync("整改中");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var stored = await app.Services.GetRequiredService<CorrectionNotices>().ListAsync(body.Id, null, null, CancellationToken.None);
        Assert.Equal([true, false], Assert.Single(stored).Items.Select(i => i.Resolved));

        await page.GetByLabel("整改期限").FillAsync("2020-01-01");
        await page.GetByLabel("季度").FillAsync("2026Q4");
        await page.GetByLabel("存在的问题").FillAsync("问题");
        await page.GetByRole(AriaRole.Button, new() { Name = "下发整改通知" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("早于");
    }

    [Fact]
    public async Task APoisonedEmail_ResentFromTheConsole_IsDeliveredExactlyOnce()
    {
        var address = $"resend-{Guid.NewGuid().ToString("n")[..8]}@gk.example.gov.cn";
        var email = new OutboxEmail($"test-resend-{Guid.NewGuid():n}", [address], [], $"整改提醒（重发测试{address[7..15]}）", "正文", "<p>正文</p>");
        var queues = app.Services.GetRequiredService<QueueServiceClient>();
        var outboxName = app.Services.GetRequiredService<IOptions<QueueOptions>>().Value.EmailOutbox;
        var poison = queues.GetQueueClient(outboxName + StorageNames.PoisonSuffix);
        await poison.CreateIfNotExistsAsync();
        await PoisonAsync(poison, email);

        var page = await SignedInAsync("/api/console/outbox");
        await Expect(page.Locator("table")).ToContainTextAsync("SmtpCommandException");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Capture(page, "console-outbox");
        await page.GetByRole(AriaRole.Button, new() { Name = $"重新发送：{email.Subject}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已重新发送1封邮件");
        Assert.Single(await app.Smtp.WaitForMessagesToAsync(1, address));
        await OutboxEmptyAsync(queues.GetQueueClient(outboxName));

        // A second copy of the same e-mail left in the poison queue: re-sending everything delivers nothing more.
        await PoisonAsync(poison, email, recordFailure: false);
        await page.GetByRole(AriaRole.Link, new() { Name = "发送失败的邮件" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^全部重新发送") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已重新发送");
        await OutboxEmptyAsync(queues.GetQueueClient(outboxName));
        Assert.Single(await app.Smtp.MessagesToAsync(address));
        Assert.Equal(EmailDeliveries.Sent, (await app.Services.GetRequiredService<EmailDeliveries>().GetAsync(email.Id, CancellationToken.None))!.Status);
    }

    private async Task PoisonAsync(QueueClient poison, OutboxEmail email, bool recordFailure = true)
    {
        // What the host leaves after maxDequeueCount failed sends: the message on -poison and the last error recorded.
        await poison.SendMessageAsync(JsonSerializer.Serialize(email, OutboxJsonContext.Web.OutboxEmail));
        if (recordFailure)
            await app.Services.GetRequiredService<EmailDeliveries>().RecordFailureAsync(email.Id, 5, "SmtpCommandException: 451 4.3.0 Mailbox temporarily unavailable", CancellationToken.None);
    }

    private static async Task OutboxEmptyAsync(QueueClient outbox)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await outbox.GetPropertiesAsync(timeout.Token)).Value.ApproximateMessagesCount > 0)
            await Task.Delay(100, timeout.Token);
    }

    private async Task<IPage> SignedInAsync(string path, ViewportSize? viewport = null)
    {
        var page = await app.NewPageAsync(viewport);
        await page.GotoAsync(path);
        await page.GetByLabel("管理密钥").FillAsync(TestHost.AdminKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page.Locator("nav.console-nav")).ToBeVisibleAsync();
        return page;
    }

    private static ILocator Row(ILocator table, string name) => table.Locator("tbody tr", new() { HasText = name });

    private static async Task<string> DownloadTextAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync());
        return (await File.ReadAllTextAsync(await download.PathAsync(), Encoding.UTF8)).TrimStart('\uFEFF');
    }

    /// <summary>For docs/images (copied by hand after looking at them); not an assertion.</summary>
    private static async Task Capture(IPage page, string name, bool fullPage = true)
    {
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), name + ".png"), FullPage = fullPage });
    }
}
