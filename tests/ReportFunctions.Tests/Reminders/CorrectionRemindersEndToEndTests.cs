using System.Text;
using System.Text.Json;
using ReportFunctions.Functions;
using ReportFunctions.Organizations;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Reminders;

/// <summary>Correction reminders over a notice's life: the open items listed, resolved ones dropped, nothing after resolution.</summary>
[Collection(ServicesCollection.Name)]
public sealed class CorrectionRemindersEndToEndTests(AzuriteFixture azurite, Smtp4devFixture smtp)
{
    [Fact]
    public async Task SendReminders_OpenNotice_ListsOpenItemsUntilResolved()
    {
        await using var app = await ReminderTestApp.StartAsync(azurite, smtp.SmtpPort, DateTimeOffset.UnixEpoch);
        app.SetToday(2026, 10, 8);
        var u = app.Unique;
        var contact = $"zg-{u}@example.gov.cn";
        var imported = await app.Function<ImportOrganizationsFunction>().ImportOrganizations(app.Request("POST",
            Encoding.UTF8.GetBytes($"id,name,kind,contacts\nzg-{u},丁镇人民政府{u},township,{contact}\n"), "text/csv"), CancellationToken.None);
        Assert.Equal(200, ReminderTestApp.Read(imported).Status);
        foreach (var year in new[] { 2024, 2025 })
            await app.MarkPublishedAsync($"zg-{u}", year);
        var issued = ReminderTestApp.Read(await app.Function<CorrectionNoticeFunctions>().IssueCorrectionNotice(app.Request("POST",
            JsonSerializer.Serialize(new { organization = $"zg-{u}", quarter = "2026Q3", dueDate = "2026-10-15", items = new[] { "政策文件栏目未更新", "政务新媒体账号长期未更新" } })),
            CancellationToken.None));
        var id = JsonDocument.Parse(issued.Body).RootElement.GetProperty("id").GetString()!;

        await app.RunTimerAsync();
        await app.DrainOutboxAsync();
        // The notice itself went out when it was issued; the run adds the first reminder.
        var received = await smtp.WaitForMessagesToAsync(2, contact);
        Assert.Equal(2, received.Count);
        Assert.Single(received, m => m.Subject.StartsWith("【整改通知】", StringComparison.Ordinal));
        var first = Assert.Single(received, m => m.Subject.StartsWith("【整改提醒】", StringComparison.Ordinal));
        Assert.Equal($"【整改提醒】丁镇人民政府{u}2026年第三季度整改事项将于2026年10月15日到期", first.Subject);
        Assert.Contains("1. 政策文件栏目未更新", first.Text);
        Assert.Contains("2. 政务新媒体账号长期未更新", first.Text);

        await app.Function<CorrectionNoticeFunctions>().ResolveCorrectionItem(
            app.Request("POST", JsonSerializer.Serialize(new { account = "已补充发布文件8件" })), id, 1, CancellationToken.None);
        app.SetToday(2026, 10, 14);
        await app.RunTimerAsync();
        await app.DrainOutboxAsync();
        var second = (await smtp.WaitForMessagesToAsync(3, contact)).Single(m => received.All(r => r.Id != m.Id));
        Assert.Contains("尚有1项问题未完成整改", second.Text);
        Assert.DoesNotContain("政策文件栏目未更新", second.Text);
        Assert.Contains("1. 政务新媒体账号长期未更新", second.Text);

        await app.Function<CorrectionNoticeFunctions>().ResolveCorrectionItem(
            app.Request("POST", JsonSerializer.Serialize(new { account = "已恢复更新" })), id, 2, CancellationToken.None);
        app.SetToday(2026, 10, 22);
        await app.RunTimerAsync();
        await app.DrainOutboxAsync();
        Assert.Equal(3, (await smtp.MessagesToAsync(contact)).Count);
    }

    [Fact]
    public async Task SendReminders_AfterTheDueDate_SkipsAnsweredAndResolvedNotices_AndMarksAnsweredOpenItems()
    {
        await using var app = await ReminderTestApp.StartAsync(azurite, smtp.SmtpPort, DateTimeOffset.UnixEpoch);
        app.SetToday(2026, 10, 1);
        var u = app.Unique;
        var (closed, open) = ($"closed-{u}", $"open-{u}");
        var imported = await app.Function<ImportOrganizationsFunction>().ImportOrganizations(app.Request("POST", Encoding.UTF8.GetBytes(
            $"id,name,kind,contacts\n{closed},戊镇人民政府{u},township,{closed}@example.gov.cn\n{open},己镇人民政府{u},township,{open}@example.gov.cn\n"),
            "text/csv"), CancellationToken.None);
        Assert.Equal(200, ReminderTestApp.Read(imported).Status);
        foreach (var org in new[] { closed, open })
        {
            foreach (var year in new[] { 2024, 2025 })
                await app.MarkPublishedAsync(org, year);
        }

        async Task<string> IssueAndAnswerAsync(string org)
        {
            var issued = ReminderTestApp.Read(await app.Function<CorrectionNoticeFunctions>().IssueCorrectionNotice(app.Request("POST",
                JsonSerializer.Serialize(new { organization = org, quarter = "2026Q3", dueDate = "2026-10-15", items = new[] { "政府信息公开指南未更新" } })),
                CancellationToken.None));
            var id = JsonDocument.Parse(issued.Body).RootElement.GetProperty("id").GetString()!;
            var token = await app.Get<OrganizationRegistry>().IssueTokenAsync(org, CancellationToken.None);
            var request = app.Request("POST", JsonSerializer.Serialize(new { answers = new[] { new { number = 1, text = "已更新指南" } } }), query: $"?org={org}", admin: false);
            request.Headers["X-Org-Token"] = token;
            Assert.Equal(200, ReminderTestApp.Read(await app.Function<CorrectionAnswerFunctions>().AnswerCorrectionNotice(request, id, CancellationToken.None)).Status);
            return id;
        }

        var closedId = await IssueAndAnswerAsync(closed);
        await IssueAndAnswerAsync(open);
        Assert.Equal(200, ReminderTestApp.Read(await app.Function<CorrectionNoticeFunctions>().ResolveCorrectionItem(
            app.Request("POST", "{}"), closedId, 1, CancellationToken.None)).Status);

        // A week overdue: the open notice's escalation stage is due; the closed one has none.
        app.SetToday(2026, 10, 22);
        await app.RunTimerAsync();
        await app.DrainOutboxAsync();

        var reminder = await smtp.WaitForMessageToAsync($"{open}@example.gov.cn", m => m.Subject.StartsWith("【整改提醒】", StringComparison.Ordinal));
        Assert.Equal($"【整改提醒】己镇人民政府{u}2026年第三季度整改事项已逾期7天", reminder.Subject);
        Assert.Contains("1. 政府信息公开指南未更新（已报送整改情况，待主管部门确认）", reminder.Text);
        Assert.DoesNotContain(await smtp.MessagesToAsync($"{closed}@example.gov.cn"), m => m.Subject.StartsWith("【整改提醒】", StringComparison.Ordinal));
    }
}
