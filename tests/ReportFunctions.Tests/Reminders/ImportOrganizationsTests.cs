using System.Text;
using System.Text.Json;
using ReportFunctions.Core.Model;
using ReportFunctions.Functions;
using ReportFunctions.Organizations;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Reminders;

/// <summary>POST /api/manage/organizations/import: all rows or none, every bad row reported by number.</summary>
[Collection(ServicesCollection.Name)]
public sealed class ImportOrganizationsTests(AzuriteFixture azurite)
{
    private static async Task<(int Status, JsonElement Body)> ImportAsync(ReminderTestApp app, byte[] body, string contentType = "text/csv")
    {
        var (status, text, _) = ReminderTestApp.Read(await app.Function<ImportOrganizationsFunction>().ImportOrganizations(
            app.Request("POST", body, contentType), CancellationToken.None));
        return (status, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Import_Utf8WithBomQuotesAndCrLf_RegistersEveryRow()
    {
        await using var app = await ReminderTestApp.StartAsync(azurite, ReminderTestApp.ClosedPort(), DateTimeOffset.UtcNow);
        var u = app.Unique;
        var csv = "\uFEFFid,name,kind,contacts,deadlineOverride,active,supervisorEmail\r\n"
            + $"fin-{u},\"淮安市财政局（含\"\"国库\"\"中心）,一处\",department,\"a-{u}@example.gov.cn; b-{u}@example.gov.cn\",02-20,TRUE,sup-{u}@example.gov.cn\r\n"
            + $"town-{u},清河街道办事处,township,t-{u}@example.gov.cn,,false,\r\n";

        var (status, body) = await ImportAsync(app, Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8");

        Assert.Equal(200, status);
        Assert.Equal(2, body.GetProperty("imported").GetInt32());
        var registry = app.Get<OrganizationRegistry>();
        var fin = await registry.GetAsync($"fin-{u}", CancellationToken.None);
        Assert.NotNull(fin);
        Assert.Equal(("淮安市财政局（含\"国库\"中心）,一处", OrganizationKind.Department, "02-20", true, $"sup-{u}@example.gov.cn"),
            (fin.Name, fin.Kind, fin.DeadlineOverride, fin.Active, fin.SupervisorEmail));
        Assert.Equal([$"a-{u}@example.gov.cn", $"b-{u}@example.gov.cn"], fin.Contacts);
        var town = await registry.GetAsync($"town-{u}", CancellationToken.None);
        Assert.Equal((OrganizationKind.Township, false, null, null), (town?.Kind, town?.Active, town?.DeadlineOverride, town?.SupervisorEmail));
    }

    [Fact]
    public async Task Import_BadRows_ReportsEveryRowAndImportsNothing()
    {
        await using var app = await ReminderTestApp.StartAsync(azurite, ReminderTestApp.ClosedPort(), DateTimeOffset.UtcNow);
        var u = app.Unique;
        var csv = string.Join("\n",
            "id,name,kind,contacts,deadlineOverride,active,supervisorEmail",
            $"good-{u},好单位,department,g-{u}@example.gov.cn,,,",
            $"bad-{u},坏类型,ministry,x-{u}@example.gov.cn,,,",
            $"date-{u},坏日期,department,y-{u}@example.gov.cn,02-30,,",
            $"good-{u},重复,department,z-{u}@example.gov.cn,,,",
            $"Bad_Id,坏标识,other,not-an-email,,maybe,");

        var (status, problem) = await ImportAsync(app, Encoding.UTF8.GetBytes(csv));

        Assert.Equal(400, status);
        var messages = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList();
        Assert.Contains(messages, m => m.StartsWith("第3行：", StringComparison.Ordinal) && m.Contains("ministry"));
        Assert.Contains(messages, m => m.StartsWith("第4行：", StringComparison.Ordinal) && m.Contains("02-30"));
        Assert.Contains(messages, m => m.StartsWith("第5行：", StringComparison.Ordinal) && m.Contains("与第2行重复"));
        Assert.Contains(messages, m => m.StartsWith("第6行：", StringComparison.Ordinal) && m.Contains("Bad_Id"));
        Assert.Contains(messages, m => m.StartsWith("第6行：", StringComparison.Ordinal) && m.Contains("not-an-email"));
        Assert.Contains(messages, m => m.StartsWith("第6行：", StringComparison.Ordinal) && m.Contains("maybe"));
        Assert.DoesNotContain(messages, m => m.StartsWith("第2行", StringComparison.Ordinal));
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString() == "rows.3.kind");
        Assert.Null(await app.Get<OrganizationRegistry>().GetAsync($"good-{u}", CancellationToken.None));
    }

    [Fact]
    public async Task Import_NotUtf8OrNotCsvOrNoKeyOrUnknownColumn_IsRefused()
    {
        await using var app = await ReminderTestApp.StartAsync(azurite, ReminderTestApp.ClosedPort(), DateTimeOffset.UtcNow);
        // "单位" in GBK, as a spreadsheet saves "CSV" on a Chinese Windows.
        byte[] gbk = [.. Encoding.ASCII.GetBytes("id,name,kind\nx-1,"), 0xB5, 0xA5, 0xCE, 0xBB, .. Encoding.ASCII.GetBytes(",other\n")];

        var (status, problem) = await ImportAsync(app, gbk);
        Assert.Equal(400, status);
        Assert.Contains("UTF-8", problem.GetProperty("detail").GetString());

        Assert.Equal(400, (await ImportAsync(app, Encoding.UTF8.GetBytes("id,name,kind\n"), "application/json")).Status);
        Assert.Equal(400, (await ImportAsync(app, Encoding.UTF8.GetBytes("id,name,kind\n"))).Status);
        var (unknown, unknownProblem) = await ImportAsync(app, Encoding.UTF8.GetBytes("id,name,kind,phone\nx-1,名,other,123\n"));
        Assert.Equal(400, unknown);
        Assert.Contains("phone", unknownProblem.GetProperty("detail").GetString());

        var unauthorized = await app.Function<ImportOrganizationsFunction>().ImportOrganizations(
            app.Request("POST", Encoding.UTF8.GetBytes("id,name,kind\n"), "text/csv", admin: false), CancellationToken.None);
        Assert.Equal(401, ReminderTestApp.Read(unauthorized).Status);
    }
}
