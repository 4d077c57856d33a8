using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using ReportFunctions.Core.Calendar;
using ReportFunctions.LocalRunner.Hosting;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Reminders;

/// <summary>
/// The reminder routes through the local runner over real HTTP, as ./run.sh serves them: CSV import, correction
/// notices, the on-demand timer (POST /admin/functions/SendReminders) and the outbox delivered to smtp4dev.
/// </summary>
[Collection(ServicesCollection.Name)]
public sealed class RemindersOverHttpTests(AzuriteFixture azurite, Smtp4devFixture smtp) : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var port = FreePorts.Next();
        var settings = TestHost.Settings(azurite);
        settings["Reports:PublicBaseUrl"] = $"http://127.0.0.1:{port}";
        settings["Smtp:Port"] = smtp.SmtpPort.ToString();
        _app = LocalRunnerApp.Build(port, settings);
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Add("x-functions-key", TestHost.AdminKey);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task ImportIssueResolveAndRunTheTimer_OverHttp()
    {
        var u = Guid.NewGuid().ToString("N")[..8];
        // A deadline 5 days from today (whatever today is), so the timer has a "7 days before" reminder to send.
        var deadline = ChinaStandardTime.Today(TimeProvider.System).AddDays(5);
        var csv = $"\uFEFFid,name,kind,contacts,deadlineOverride\r\nhttp-{u},庚县审计局{u},department,h-{u}@example.gov.cn,{deadline:MM-dd}\r\n";
        var imported = await _http.PostAsync("/api/manage/organizations/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        var issued = await _http.PostAsync("/api/manage/corrections", new StringContent(JsonSerializer.Serialize(new
        {
            organization = $"http-{u}", quarter = "2026Q3", dueDate = "2026-10-15", items = new[] { "栏目更新不及时", "链接失效" },
        }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var id = JsonDocument.Parse(await issued.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();

        var resolved = await _http.PostAsync($"/api/manage/corrections/{id}/items/2/resolve",
            new StringContent("{\"account\":\"已修复全部失效链接\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var item = JsonDocument.Parse(await resolved.Content.ReadAsStringAsync()).RootElement.GetProperty("items")[1];
        Assert.Equal("已修复全部失效链接", item.GetProperty("account").GetString());

        var open = JsonDocument.Parse(await _http.GetStringAsync($"/api/manage/corrections?organization=http-{u}&status=open")).RootElement;
        Assert.Equal(id, Assert.Single(open.EnumerateArray().ToList()).GetProperty("id").GetString());

        var run = await _http.PostAsync("/admin/functions/SendReminders", null);
        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        // The notice was e-mailed when it was issued; the timer adds the annual-report reminder.
        var mails = await smtp.WaitForMessagesToAsync(2, $"h-{u}@example.gov.cn");
        Assert.Contains(mails, m => m.Subject.StartsWith($"【整改通知】庚县审计局{u}2026年第三季度", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.Subject == $"【提醒】庚县审计局{u}{deadline.Year - 1}年政府信息公开工作年度报告将于{ChineseDate.Format(deadline)}到期");

        var poison = await _http.GetAsync("/api/manage/outbox/poison");
        Assert.Equal(HttpStatusCode.OK, poison.StatusCode);
        using var noKey = new HttpClient { BaseAddress = _http.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await noKey.GetAsync("/api/manage/outbox/poison")).StatusCode);
    }
}
