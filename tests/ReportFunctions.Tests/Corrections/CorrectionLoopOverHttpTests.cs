using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MimeKit;
using ReportFunctions.Core.Calendar;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Corrections;

/// <summary>
/// The correction loop through the local runner over HTTP, with Azurite and smtp4dev: the notice is e-mailed when it
/// is issued, the organization answers each item with its token, the office sees the answers and resolves the items,
/// and the reminders stop for what is resolved.
/// </summary>
[Collection(ServicesCollection.Name)]
public sealed class CorrectionLoopOverHttpTests(AzuriteFixture azurite, Smtp4devFixture smtp)
{
    private static readonly Dictionary<string, string?> Office = new()
    {
        ["Office:Name"] = "宁海县人民政府办公室（县政务公开办）",
        ["Office:Phone"] = "0574-65560000",
    };

    private static async Task<string> IssueAsync(RunnerOverHttp app, string organizationId, string dueDate, params string[] items)
    {
        var issued = await app.Admin.PostAsJsonAsync("/api/manage/corrections", new { organization = organizationId, quarter = "2026Q3", dueDate, items });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        return (string)(await issued.Content.ReadFromJsonAsync<JsonNode>())!["id"]!;
    }

    private static async Task<HttpResponseMessage> AnswerAsync(RunnerOverHttp app, string id, string organizationId, string? token, object answers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/corrections/{id}?org={organizationId}") { Content = JsonContent.Create(new { answers }) };
        if (token is not null)
            request.Headers.Add("X-Org-Token", token);
        return await app.Anonymous.SendAsync(request);
    }

    [Fact]
    public async Task IssueAnswerResolve_EmailsTheNotice_ShowsTheAnswers_AndStopsTheReminders()
    {
        await using var app = await RunnerOverHttp.StartAsync(azurite, smtp, Office);
        var (org, token) = await app.RegisterAsync();
        var contact = org.Contacts[0];
        // Due in 7 days: the reminder run today has a "7 days before" correction reminder to send.
        var due = ChinaStandardTime.Today(TimeProvider.System).AddDays(7);
        var id = await IssueAsync(app, org.Id, due.ToString("yyyy-MM-dd"), "政策解读栏目超过6个月未更新", "依申请公开指南未更新联系电话");

        var notice = Assert.Single(await smtp.WaitForMessagesToAsync(1, contact));
        Assert.StartsWith("【整改通知】大岚镇人民政府2026年第三季度", notice.Subject, StringComparison.Ordinal);
        Assert.Contains("1. 政策解读栏目超过6个月未更新", notice.Text);
        Assert.Contains("2. 依申请公开指南未更新联系电话", notice.Text);
        Assert.Contains($"请于{ChineseDate.Format(due)}前完成整改", notice.Text);
        var pageUrl = $"{app.BaseUrl}/api/corrections/{id}?org={org.Id}";
        Assert.Contains(pageUrl, notice.Text);
        Assert.Contains($"宁海县人民政府办公室（县政务公开办）\n联系电话：0574-65560000\n{ChineseDate.Format(ChinaStandardTime.Today(TimeProvider.System))}\n", notice.Text.ReplaceLineEndings("\n"));

        Assert.Equal(HttpStatusCode.Forbidden, (await AnswerAsync(app, id, org.Id, "wrong." + token, new[] { new { number = 1, text = "已更新" } })).StatusCode);
        var answered = await AnswerAsync(app, id, org.Id, token, new[]
        {
            new { number = 1, text = "已于本月更新政策解读12篇，并建立每月更新机制。", url = "https://www.example.gov.cn/zwgk/zcjd/" },
        });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        var listed = (await app.Admin.GetFromJsonAsync<JsonArray>($"/api/manage/corrections?organization={org.Id}"))!;
        var items = Assert.Single(listed)!["items"]!.AsArray();
        Assert.Equal("已于本月更新政策解读12篇，并建立每月更新机制。", (string?)items[0]!["answer"]);
        Assert.Equal("https://www.example.gov.cn/zwgk/zcjd/", (string?)items[0]!["answerUrl"]);
        Assert.True((bool)items[0]!["answered"]!);
        Assert.False((bool)items[0]!["resolved"]!);
        Assert.False((bool)items[1]!["answered"]!);

        // Resolved without an account of the office's own: the organization's answer is the account.
        var resolved = await app.Admin.PostAsync($"/api/manage/corrections/{id}/items/1/resolve", JsonContent.Create(new { }));
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.Equal("已于本月更新政策解读12篇，并建立每月更新机制。", (string?)(await resolved.Content.ReadFromJsonAsync<JsonNode>())!["items"]![0]!["account"]);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await AnswerAsync(app, id, org.Id, token, new[] { new { number = 1, text = "再改一次" } })).StatusCode);

        Assert.Equal(HttpStatusCode.Accepted, (await app.Admin.PostAsync("/admin/functions/SendReminders", null)).StatusCode);
        var reminder = await smtp.WaitForMessageToAsync(contact, m => m.Subject.StartsWith("【整改提醒】", StringComparison.Ordinal));
        Assert.Contains("尚有1项问题未完成整改", reminder.Text);
        Assert.DoesNotContain("政策解读栏目", reminder.Text);
        Assert.Contains("1. 依申请公开指南未更新联系电话", reminder.Text);
        Assert.Contains(pageUrl, reminder.Text);

        // The second item answered and resolved too: the notice is closed, so the reminder run has nothing left of it
        // (CorrectionRemindersEndToEndTests runs the timer past the due date on a settable clock).
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(app, id, org.Id, token, new[] { new { number = 2, text = "已更新联系电话" } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Admin.PostAsync($"/api/manage/corrections/{id}/items/2/resolve", JsonContent.Create(new { }))).StatusCode);
        Assert.Empty((await app.Admin.GetFromJsonAsync<JsonArray>($"/api/manage/corrections?organization={org.Id}&status=open"))!);
        Assert.Equal("resolved", (string?)(await app.Anonymous.GetFromJsonAsync<JsonNode>($"/api/corrections/{id}?org={org.Id}"))!["status"]);
    }

    [Fact]
    public async Task Answer_RefusesBadInputAndOtherOrganizations_AndLimitsFailedTokens()
    {
        await using var app = await RunnerOverHttp.StartAsync(azurite, smtp,
            new Dictionary<string, string?> { ["RateLimits:FailedTokenChecksPerOrganization"] = "3", ["RateLimits:FailedTokenChecksPerAddress"] = "100" });
        var (org, token) = await app.RegisterAsync();
        var (other, otherToken) = await app.RegisterAsync();
        var id = await IssueAsync(app, org.Id, "2026-12-31", "问题一", "问题二");

        var invalid = await AnswerAsync(app, id, org.Id, token, new object[]
        {
            new { number = 1, text = "", url = "ftp://example.gov.cn/x" },
            new { number = 3, text = "没有这一项" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonNode>())!["errors"]!.AsArray().Select(e => ((string?)e!["path"], (string?)e["message"])).ToList();
        Assert.Contains(("items.1.text", "请填写第1项的整改情况。"), errors);
        Assert.Contains(errors, e => e.Item1 == "items.1.url" && e.Item2!.Contains("http:// 或 https://", StringComparison.Ordinal));
        Assert.Contains(("items", "整改通知没有第3项。"), errors);

        Assert.Equal(HttpStatusCode.NotFound, (await AnswerAsync(app, id, other.Id, otherToken, new[] { new { number = 1, text = "冒名" } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous.GetAsync($"/api/corrections/{id}?org={other.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await AnswerAsync(app, id, org.Id, otherToken, new[] { new { number = 1, text = "冒名" } })).StatusCode);

        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Forbidden, (await AnswerAsync(app, id, org.Id, null, new[] { new { number = 1, text = "猜" } })).StatusCode);
        var limited = await AnswerAsync(app, id, org.Id, token, new[] { new { number = 1, text = "已整改" } });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        var notice = (await app.Anonymous.GetFromJsonAsync<JsonNode>($"/api/corrections/{id}?org={org.Id}"))!;
        Assert.False((bool)notice["items"]![0]!["answered"]!);
    }

    [Fact]
    public async Task Emails_AreMultipartTextAndHtml_SignedByTheOffice()
    {
        await using var app = await RunnerOverHttp.StartAsync(azurite, smtp, Office);
        var (org, _) = await app.RegisterAsync();
        await IssueAsync(app, org.Id, "2026-12-31", "政务新媒体账号长期未更新");

        var mail = Assert.Single(await smtp.WaitForMessagesToAsync(1, org.Contacts[0]));
        using var source = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(await smtp.SourceAsync(mail.Id)));
        var message = await MimeMessage.LoadAsync(source);

        // One Message-ID per logical e-mail (the notice), so a receiving system can drop a re-sent duplicate.
        Assert.Matches("^correction-issued-[^@]+@reportfunctions$", message.MessageId);
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        var parts = alternative.OfType<TextPart>().ToList();
        Assert.Equal(["text/plain", "text/html"], parts.Select(p => p.ContentType.MimeType));
        Assert.Contains("宁海县人民政府办公室（县政务公开办）", parts[0].Text);
        Assert.Contains("联系电话：0574-65560000", parts[0].Text);
        Assert.Contains("宁海县人民政府办公室（县政务公开办）<br>联系电话：0574-65560000<br>", parts[1].Text);
        Assert.Contains($"href=\"{app.BaseUrl}/api/corrections/", parts[1].Text);
        Assert.Contains($"?org={org.Id}\"", parts[1].Text);
    }
}
