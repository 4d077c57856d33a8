using System.Text;
using ReportFunctions.Core.Reminders;
using ReportFunctions.Functions;
using ReportFunctions.Reminders;
using ReportFunctions.Submissions;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Reminders;

/// <summary>The timer against Azurite and a real SMTP server (smtp4dev): who gets what, when, and only once.</summary>
[Collection(ServicesCollection.Name)]
public sealed class SendRemindersEndToEndTests(AzuriteFixture azurite, Smtp4devFixture smtp)
{
    private async Task<ReminderTestApp> StartAsync(int year, int month, int day)
    {
        var app = await ReminderTestApp.StartAsync(azurite, smtp.SmtpPort, DateTimeOffset.UnixEpoch);
        app.SetToday(year, month, day);
        return app;
    }

    private static async Task ImportAsync(ReminderTestApp app, string csv)
    {
        var result = await app.Function<ImportOrganizationsFunction>().ImportOrganizations(
            app.Request("POST", Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8"), CancellationToken.None);
        Assert.Equal(200, ReminderTestApp.Read(result).Status);
    }

    [Fact]
    public async Task SendReminders_RunTwiceAcrossTheDeadline_EachOrganizationGetsEachStageOnceWithTheRightRecipients()
    {
        await using var app = await StartAsync(2026, 1, 24);
        var u = app.Unique;
        var (dept, town, late, stopped, done) = ($"dept-{u}", $"town-{u}", $"late-{u}", $"stopped-{u}", $"done-{u}");
        await ImportAsync(app, string.Join("\r\n",
            "id,name,kind,contacts,deadlineOverride,active,supervisorEmail",
            $"{dept},淮安市财政局{u},department,a1-{u}@example.gov.cn;a2-{u}@example.gov.cn,,true,sup-{u}@example.gov.cn",
            $"{town},淮安市清河街道办事处{u},township,t-{u}@example.gov.cn,01-25,,",
            $"{late},淮安市人民政府{u},government,l-{u}@example.gov.cn,01-14,true,",
            $"{stopped},淮安市停用局{u},department,s-{u}@example.gov.cn,,false,",
            $"{done},淮安市已报局{u},department,d-{u}@example.gov.cn,,true,"));
        foreach (var id in new[] { dept, town, late, stopped, done })
            await app.MarkPublishedAsync(id, 2024);
        await app.MarkPublishedAsync(done, 2025);

        await app.RunTimerAsync();
        await app.RunTimerAsync();
        await app.DrainOutboxAsync();

        var deptMail = Assert.Single(await smtp.WaitForMessagesToAsync(1, $"a1-{u}@example.gov.cn"));
        Assert.Equal($"【提醒】淮安市财政局{u}2025年政府信息公开工作年度报告将于2026年1月31日到期", deptMail.Subject);
        Assert.Equal([$"a1-{u}@example.gov.cn", $"a2-{u}@example.gov.cn"], deptMail.To);
        Assert.Equal([$"sup-{u}@example.gov.cn"], deptMail.Cc);
        Assert.Equal("noreply@gk.example.gov.cn", deptMail.From);
        Assert.Contains("2026年1月31日前", deptMail.Text);
        Assert.Contains("距截止日期还有7天", deptMail.Text);
        Assert.Contains(app.FormUrl, deptMail.Text);
        Assert.Contains($"{ReminderTestApp.PublicBaseUrl}/api/reports?year=2025", deptMail.Text);
        Assert.Contains("2026年1月31日", deptMail.Html);

        // No supervisor of its own: the copy goes to Reminders:SupervisingOfficeEmail.
        var townMail = Assert.Single(await smtp.WaitForMessagesToAsync(1, $"t-{u}@example.gov.cn"));
        Assert.Equal($"【提醒】淮安市清河街道办事处{u}2025年政府信息公开工作年度报告将于2026年1月25日到期", townMail.Subject);
        Assert.Equal([app.SupervisingOffice], townMail.Cc);
        Assert.Contains("距截止日期还有1天", townMail.Text);

        var lateMail = Assert.Single(await smtp.WaitForMessagesToAsync(1, $"l-{u}@example.gov.cn"));
        Assert.Equal($"【提醒】淮安市人民政府{u}2025年政府信息公开工作年度报告已逾期10天", lateMail.Subject);
        Assert.Contains("现已逾期10天", lateMail.Text);

        Assert.Empty(await smtp.MessagesToAsync($"s-{u}@example.gov.cn", $"d-{u}@example.gov.cn"));

        // Later the same day, and a catch-up run: nothing new.
        app.Time.Now = app.Time.Now.AddHours(9);
        await app.RunTimerAsync();
        await app.DrainOutboxAsync();
        Assert.Single(await smtp.MessagesToAsync($"a1-{u}@example.gov.cn"));

        // Four days later each organization's next stage goes out, once.
        app.SetToday(2026, 1, 28);
        await app.RunTimerAsync();
        await app.RunTimerAsync();
        await app.DrainOutboxAsync();
        var deptMails = await smtp.WaitForMessagesToAsync(2, $"a1-{u}@example.gov.cn");
        Assert.Equal(2, deptMails.Count);
        Assert.Contains(deptMails, m => m.Text.Contains("距截止日期还有3天"));
        // The town is now 3 days overdue (its "due" stage), the government 14 days (its second overdue week).
        Assert.Equal(2, (await smtp.WaitForMessagesToAsync(2, $"t-{u}@example.gov.cn")).Count);
        Assert.Contains(await smtp.WaitForMessagesToAsync(2, $"l-{u}@example.gov.cn"), m => m.Subject.EndsWith("已逾期14天", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendReminders_QuarterStart_RemindsEveryActiveOrganizationOnce()
    {
        await using var app = await StartAsync(2026, 7, 1);
        var u = app.Unique;
        await ImportAsync(app, string.Join("\n",
            "id,name,kind,contacts,active",
            $"q1-{u},甲县教育局{u},department,q1-{u}@example.gov.cn,true",
            $"q2-{u},乙县卫健委{u},department,q2-{u}@example.gov.cn,false"));
        foreach (var year in new[] { 2024, 2025 })
            await app.MarkPublishedAsync($"q1-{u}", year);

        await app.RunTimerAsync();
        app.SetToday(2026, 7, 2);
        await app.RunTimerAsync();
        await app.DrainOutboxAsync();

        var mail = Assert.Single(await smtp.WaitForMessagesToAsync(1, $"q1-{u}@example.gov.cn"));
        Assert.Equal($"【提醒】甲县教育局{u}请开展2026年第三季度政府信息公开季度检查", mail.Subject);
        Assert.Empty(mail.Cc);
        Assert.Empty(await smtp.MessagesToAsync($"q2-{u}@example.gov.cn"));
    }

    [Fact]
    public async Task SendReminders_RunDiedBetweenClaimAndQueue_AStaleClaimIsTakenOverAndSentOnce()
    {
        await using var app = await StartAsync(2026, 1, 24);
        var u = app.Unique;
        await ImportAsync(app, $"id,name,kind,contacts\ncrash-{u},戊县司法局{u},department,c-{u}@example.gov.cn\n");
        await app.MarkPublishedAsync($"crash-{u}", 2024);
        var key = new ReminderKey($"crash-{u}", ReminderKind.AnnualReport, "2025", "before-7");
        Assert.True(await app.Get<ReminderLog>().TryClaimAsync(key, ReminderRunner.EmailId(key), CancellationToken.None));

        // Another run may still be queueing it: a fresh claim is left alone.
        await app.RunTimerAsync();
        await app.DrainOutboxAsync();
        Assert.Empty(await smtp.MessagesToAsync($"c-{u}@example.gov.cn"));

        app.Time.Now += ReminderLog.StaleClaim + TimeSpan.FromMinutes(1);
        await app.RunTimerAsync();
        await app.RunTimerAsync();
        await app.DrainOutboxAsync();
        var mail = Assert.Single(await smtp.WaitForMessagesToAsync(1, $"c-{u}@example.gov.cn"));
        Assert.Contains("距截止日期还有7天", mail.Text);
    }

    [Fact]
    public async Task SendReminders_OrganizationWithoutContacts_WritesToTheSupervisingOffice()
    {
        await using var app = await StartAsync(2026, 1, 24);
        var u = app.Unique;
        await ImportAsync(app, $"id,name,kind,supervisorEmail\nnobody-{u},己县民政局{u},department,boss-{u}@example.gov.cn\n");
        await app.MarkPublishedAsync($"nobody-{u}", 2024);

        await app.RunTimerAsync();
        await app.DrainOutboxAsync();

        var mail = Assert.Single(await smtp.WaitForMessagesToAsync(1, $"boss-{u}@example.gov.cn"));
        Assert.Equal([$"boss-{u}@example.gov.cn"], mail.To);
        Assert.Empty(mail.Cc);
    }

    [Fact]
    public async Task SendReminders_OrganizationDeactivatedByPut_GetsNoFurtherReminders()
    {
        await using var app = await StartAsync(2026, 1, 24);
        var u = app.Unique;
        await ImportAsync(app, $"id,name,kind,contacts\nquit-{u},辛县撤并局{u},department,q-{u}@example.gov.cn\n");
        await app.MarkPublishedAsync($"quit-{u}", 2024);
        await app.RunTimerAsync();
        await app.DrainOutboxAsync();
        Assert.Single(await smtp.WaitForMessagesToAsync(1, $"q-{u}@example.gov.cn"));

        var put = await app.Function<OrganizationFunctions>().PutOrganization(app.Request("PUT",
            $"{{\"name\":\"辛县撤并局{u}\",\"kind\":\"department\",\"contacts\":[\"q-{u}@example.gov.cn\"],\"active\":false}}"),
            $"quit-{u}", CancellationToken.None);
        Assert.Equal(200, ReminderTestApp.Read(put).Status);
        app.SetToday(2026, 1, 28);
        await app.RunTimerAsync();
        await app.DrainOutboxAsync();

        Assert.Single(await smtp.MessagesToAsync($"q-{u}@example.gov.cn"));
    }

    [Fact]
    public async Task SendReminders_ReportAwaitingReview_IsNotChased_ButAReturnedOneIs()
    {
        await using var app = await ReminderTestApp.StartAsync(azurite, smtp.SmtpPort, DateTimeOffset.UnixEpoch);
        app.SetToday(2026, 4, 10);
        var u = app.Unique;
        var (waiting, returned) = ($"wait-{u}", $"back-{u}");
        var imported = await app.Function<ImportOrganizationsFunction>().ImportOrganizations(app.Request("POST", Encoding.UTF8.GetBytes(
            $"id,name,kind,contacts,requiresReview\n{waiting},甲县人民政府{u},government,{waiting}@example.gov.cn,true\n{returned},乙县人民政府{u},government,{returned}@example.gov.cn,true\n"),
            "text/csv"), CancellationToken.None);
        Assert.Equal(200, ReminderTestApp.Read(imported).Status);
        foreach (var (org, status) in new[] { (waiting, SubmissionStatus.AwaitingReview), (returned, SubmissionStatus.Returned) })
        {
            await app.MarkPublishedAsync(org, 2024);
            await app.Get<SubmissionStore>().AddIfMissingAsync(new SubmissionEntity
            {
                PartitionKey = Guid.NewGuid().ToString("n"), OrganizationId = org, Year = 2025, Status = status.ToString(), ReceivedAt = app.Time.GetUtcNow(),
            }, CancellationToken.None);
        }

        await app.RunTimerAsync();
        await app.DrainOutboxAsync();

        var chased = await smtp.WaitForMessageToAsync($"{returned}@example.gov.cn", m => m.Subject.Contains("2025年政府信息公开工作年度报告已逾期", StringComparison.Ordinal));
        Assert.Equal($"【提醒】乙县人民政府{u}2025年政府信息公开工作年度报告已逾期10天", chased.Subject);
        Assert.DoesNotContain(await smtp.MessagesToAsync($"{waiting}@example.gov.cn"), m => m.Subject.Contains("年度报告", StringComparison.Ordinal));
    }
}
