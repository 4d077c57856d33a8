using System.Text;
using System.Text.Json;
using ReportFunctions.Functions;
using ReportFunctions.Tests.Fixtures;
using ReportFunctions.Tests.Reminders;

namespace ReportFunctions.Tests.Corrections;

/// <summary>Issue, list and resolve correction notices over the admin API, against Azurite.</summary>
[Collection(ServicesCollection.Name)]
public sealed class CorrectionNoticeApiTests(AzuriteFixture azurite)
{
    private static async Task<ReminderTestApp> StartAsync(AzuriteFixture azurite)
    {
        var app = await ReminderTestApp.StartAsync(azurite, ReminderTestApp.ClosedPort(), new DateTimeOffset(2026, 10, 9, 2, 0, 0, TimeSpan.Zero));
        var csv = string.Join("\n",
            "id,name,kind,contacts,active",
            $"a-{app.Unique},甲镇人民政府,township,a-{app.Unique}@example.gov.cn,true",
            $"b-{app.Unique},乙镇人民政府,township,b-{app.Unique}@example.gov.cn,true",
            $"off-{app.Unique},丙镇人民政府,township,c-{app.Unique}@example.gov.cn,false");
        var imported = await app.Function<ImportOrganizationsFunction>().ImportOrganizations(
            app.Request("POST", Encoding.UTF8.GetBytes(csv), "text/csv"), CancellationToken.None);
        Assert.Equal(200, ReminderTestApp.Read(imported).Status);
        return app;
    }

    private static async Task<(int Status, JsonElement Body)> IssueAsync(ReminderTestApp app, object body, bool admin = true)
    {
        var (status, text, _) = ReminderTestApp.Read(await app.Function<CorrectionNoticeFunctions>().IssueCorrectionNotice(
            app.Request("POST", JsonSerializer.Serialize(body), admin: admin), CancellationToken.None));
        return (status, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static async Task<(int Status, JsonElement Body)> ListAsync(ReminderTestApp app, string query)
    {
        var (status, text, _) = ReminderTestApp.Read(await app.Function<CorrectionNoticeFunctions>().ListCorrectionNotices(
            app.Request("GET", query: query), CancellationToken.None));
        return (status, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static async Task<(int Status, JsonElement Body)> ResolveAsync(ReminderTestApp app, string id, int n, string? account)
    {
        var (status, text, _) = ReminderTestApp.Read(await app.Function<CorrectionNoticeFunctions>().ResolveCorrectionItem(
            app.Request("POST", JsonSerializer.Serialize(new { account })), id, n, CancellationToken.None));
        return (status, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Issue_ThenResolveEveryItem_NoticeBecomesResolved()
    {
        await using var app = await StartAsync(azurite);
        var org = $"a-{app.Unique}";

        var (status, notice) = await IssueAsync(app, new
        {
            organization = org, quarter = "2026Q3", dueDate = "2026-10-15",
            items = new[] { "政策解读栏目超过6个月未更新", "依申请公开指南未更新联系电话" },
        });

        Assert.Equal(201, status);
        var id = notice.GetProperty("id").GetString()!;
        Assert.StartsWith($"2026Q3-{org}-", id);
        Assert.Equal(("open", "2026-10-15", 2), (notice.GetProperty("status").GetString(), notice.GetProperty("dueDate").GetString(),
            notice.GetProperty("items").GetArrayLength()));
        Assert.Equal("政策解读栏目超过6个月未更新", notice.GetProperty("items")[0].GetProperty("problem").GetString());

        var (first, afterFirst) = await ResolveAsync(app, id, 1, "已于10月10日更新政策解读12篇");
        Assert.Equal(200, first);
        Assert.Equal("open", afterFirst.GetProperty("status").GetString());
        Assert.True(afterFirst.GetProperty("items")[0].GetProperty("resolved").GetBoolean());
        Assert.Equal("已于10月10日更新政策解读12篇", afterFirst.GetProperty("items")[0].GetProperty("account").GetString());

        var (again, _) = await ResolveAsync(app, id, 1, "重复提交");
        Assert.Equal(409, again);

        var (_, resolved) = await ResolveAsync(app, id, 2, "已更新");
        Assert.Equal("resolved", resolved.GetProperty("status").GetString());

        var (_, open) = await ListAsync(app, $"?organization={org}&status=open");
        Assert.Equal(0, open.GetArrayLength());
        var (_, done) = await ListAsync(app, $"?organization={org}&quarter=2026Q3&status=resolved");
        Assert.Equal(id, Assert.Single(done.EnumerateArray().ToList()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task List_FiltersByOrganizationQuarterAndStatus()
    {
        await using var app = await StartAsync(azurite);
        var (a, b) = ($"a-{app.Unique}", $"b-{app.Unique}");
        await IssueAsync(app, new { organization = a, quarter = "2026Q3", dueDate = "2026-10-15", items = new[] { "问题一" } });
        await IssueAsync(app, new { organization = a, quarter = "2026Q2", dueDate = "2026-07-15", items = new[] { "问题二" } });
        await IssueAsync(app, new { organization = b, quarter = "2026Q3", dueDate = "2026-10-20", items = new[] { "问题三" } });

        Assert.Equal(2, (await ListAsync(app, $"?organization={a}")).Body.GetArrayLength());
        Assert.Equal(1, (await ListAsync(app, $"?organization={a}&quarter=2026Q2")).Body.GetArrayLength());
        Assert.Equal(1, (await ListAsync(app, $"?organization={b}&status=open")).Body.GetArrayLength());
        Assert.Equal(400, (await ListAsync(app, "?quarter=2026Q5")).Status);
        Assert.Equal(400, (await ListAsync(app, "?status=closed")).Status);
    }

    [Theory]
    [InlineData("2026Q5", "2026-10-15", "季度“2026Q5”无效")]
    [InlineData("2026Q3", "2026/10/15", "整改期限“2026/10/15”无效")]
    [InlineData("2026Q3", "2026-06-30", "早于2026年第三季度开始日期")]
    public async Task Issue_InvalidQuarterOrDate_Is400ProblemInChinese(string quarter, string dueDate, string message)
    {
        await using var app = await StartAsync(azurite);

        var (status, problem) = await IssueAsync(app, new { organization = $"a-{app.Unique}", quarter, dueDate, items = new[] { "问题" } });

        Assert.Equal(400, status);
        Assert.Contains(message, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Issue_UnknownOrInactiveOrganizationNoItemsOrNoKey_IsRefused()
    {
        await using var app = await StartAsync(azurite);

        Assert.Equal(404, (await IssueAsync(app, new { organization = $"x-{app.Unique}", quarter = "2026Q3", dueDate = "2026-10-15", items = new[] { "问题" } })).Status);
        Assert.Equal(400, (await IssueAsync(app, new { organization = $"off-{app.Unique}", quarter = "2026Q3", dueDate = "2026-10-15", items = new[] { "问题" } })).Status);
        Assert.Equal(400, (await IssueAsync(app, new { organization = $"a-{app.Unique}", quarter = "2026Q3", dueDate = "2026-10-15", items = Array.Empty<string>() })).Status);
        Assert.Equal(400, (await IssueAsync(app, new { organization = $"a-{app.Unique}", quarter = "2026Q3", dueDate = "2026-10-15", items = new[] { " " } })).Status);
        Assert.Equal(401, (await IssueAsync(app, new { organization = $"a-{app.Unique}", quarter = "2026Q3", dueDate = "2026-10-15", items = new[] { "问题" } }, admin: false)).Status);
    }

    [Fact]
    public async Task Resolve_ItemAlreadyResolved_Is409ConflictProblemAndKeepsTheFirstAccount()
    {
        await using var app = await StartAsync(azurite);
        var (_, notice) = await IssueAsync(app, new { organization = $"a-{app.Unique}", quarter = "2026Q3", dueDate = "2026-10-15", items = new[] { "问题一", "问题二" } });
        var id = notice.GetProperty("id").GetString()!;
        Assert.Equal(200, (await ResolveAsync(app, id, 1, "第一次说明")).Status);

        var (status, text, contentType) = ReminderTestApp.Read(await app.Function<CorrectionNoticeFunctions>().ResolveCorrectionItem(
            app.Request("POST", JsonSerializer.Serialize(new { account = "第二次说明" })), id, 1, CancellationToken.None));

        Assert.Equal(409, status);
        Assert.StartsWith("application/problem+json", contentType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(("conflict", 409), (problem.GetProperty("code").GetString(), problem.GetProperty("status").GetInt32()));
        Assert.Equal("urn:reportfunctions:problem:conflict", problem.GetProperty("type").GetString());
        Assert.Contains("第1项已标记为完成整改", problem.GetProperty("detail").GetString());
        var (_, listed) = await ListAsync(app, $"?organization=a-{app.Unique}");
        Assert.Equal("第一次说明", listed[0].GetProperty("items")[0].GetProperty("account").GetString());
    }

    [Fact]
    public async Task Resolve_UnknownNoticeOrItemOrEmptyAccount_IsRefused()
    {
        await using var app = await StartAsync(azurite);
        var (_, notice) = await IssueAsync(app, new { organization = $"a-{app.Unique}", quarter = "2026Q3", dueDate = "2026-10-15", items = new[] { "问题" } });
        var id = notice.GetProperty("id").GetString()!;

        Assert.Equal(404, (await ResolveAsync(app, "2026Q3-nobody-00000000", 1, "说明")).Status);
        Assert.Equal(404, (await ResolveAsync(app, id, 2, "说明")).Status);
        Assert.Equal(400, (await ResolveAsync(app, id, 1, "  ")).Status);
        Assert.Equal(400, (await ResolveAsync(app, id, 1, new string('整', 501))).Status);
    }
}
