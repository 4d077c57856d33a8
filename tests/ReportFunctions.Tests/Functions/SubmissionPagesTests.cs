using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using ReportFunctions.Core.Model;
using ReportFunctions.Functions;
using ReportFunctions.Organizations;
using ReportFunctions.Pages;
using ReportFunctions.Storage;
using ReportFunctions.Submissions;
using ReportFunctions.Tests.Fixtures;
using ReportFunctions.Tests.Reminders;

namespace ReportFunctions.Tests.Functions;

/// <summary>People get pages, programs keep their JSON: the receipt, the status page, the form reopened, the preview and CORS.</summary>
[Collection(ServicesCollection.Name)]
public sealed class SubmissionPagesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Browser = new() { ["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SubmitReport_FromABrowser_AnswersWithTheReceiptPage_LinkingTheStatusPageByItsAbsoluteAddress()
    {
        var (org, token) = await _host.RegisterAsync();

        var page = await SubmitFormAsync(SubmitReportFunctionTests.FormFields(org.Id, token));

        Assert.Equal((202, "text/html; charset=utf-8"), (page.StatusCode, page.ContentType));
        var id = page.Headers.Location.ToString()["/api/submissions/".Length..];
        Assert.True(SubmissionStore.IsValidId(id));
        Assert.Contains($"<dd class=\"submission-id\">{id}</dd>", page.Body);
        Assert.Contains($"href=\"{TestHost.PublicBaseUrl}/api/submissions/{id}\"", page.Body);
        Assert.Contains("<h1>报告已受理</h1>", page.Body);
        Assert.DoesNotContain("statusUrl", page.Body);
    }

    [Fact]
    public async Task SubmitReport_FromABrowser_WithAFieldTheReaderRefuses_ShowsTheFormAgain_WithWhatWasTypedAndTheFindingAtItsCell()
    {
        var (org, token) = await _host.RegisterAsync();
        var fields = SubmitReportFunctionTests.FormFields(org.Id, token)
            .Select(f => f.Key == "reviewsAndLitigation.review.upheld" ? new KeyValuePair<string, string>(f.Key, "两") : f).ToList();

        var page = await SubmitFormAsync(fields);

        Assert.Equal(400, page.StatusCode);
        Assert.Matches("<input type=\"number\" id=\"reviewsAndLitigation.review.upheld\"[^>]*value=\"两\"[^>]*aria-describedby=\"reviewsAndLitigation.review.upheld-error\" aria-invalid=\"true\"", page.Body);
        Assert.Contains("<a href=\"#reviewsAndLitigation.review.upheld\">", page.Body);
        Assert.Contains("没有报送", page.Body);
    }

    [Fact]
    public async Task SubmitReport_FromABrowser_WithAWrongToken_GetsTheRefusalAsAChinesePage()
    {
        var (org, _) = await _host.RegisterAsync();

        var page = await SubmitFormAsync(SubmitReportFunctionTests.FormFields(org.Id, "wrong"));

        Assert.Equal((403, "text/html; charset=utf-8"), (page.StatusCode, page.ContentType));
        Assert.Contains("<h1>无权提交</h1>", page.Body);
        Assert.Contains("无权以该机构名义提交报告。", page.Body);
    }

    [Fact]
    public async Task GetSubmission_ForABrowser_FollowsAReportFrom已受理To已发布_WithLinksToThePdfAndTheHtmlEdition()
    {
        var (org, token) = await _host.RegisterAsync();
        var id = await SubmitJsonAsync(SampleReports.SeedJson(org.Id), token);

        var received = await StatusPageAsync(id);
        Assert.Contains("<strong class=\"status status-received\">已受理</strong>", received.Body);
        Assert.Contains($"data-poll=\"/api/submissions/{id}\"", received.Body);
        Assert.Contains(PageAssets.Url("status.js"), received.Body);

        await _host.DrainAsync();
        var published = await StatusPageAsync(id);
        var submission = (await _host.Services.GetRequiredService<SubmissionStore>().GetAsync(id, default))!;
        Assert.Contains("<strong class=\"status status-published\">已发布</strong>", published.Body);
        Assert.Contains($"<a href=\"{submission.Url}\">查看PDF版报告</a>", published.Body);
        Assert.Contains($"<a href=\"{submission.HtmlUrl}\">查看网页版报告</a>", published.Body);
        Assert.DoesNotContain("status.js", published.Body);
    }

    [Fact]
    public async Task GetSubmission_ForABrowser_ListsARejectionsFindingsWithTheirPositions_AndLinksTheFormReopenedWithThem()
    {
        var (org, token) = await _host.RegisterAsync();
        var id = await SubmitJsonAsync(SampleReports.InvalidJson(org.Id), token);
        await _host.DrainAsync();

        var page = await StatusPageAsync(id);

        Assert.Contains("<strong class=\"status status-rejected\">未通过校验</strong>", page.Body);
        Assert.Contains($"href=\"/api/form?org={org.Id}&amp;from={id}\"", page.Body);
        Assert.Contains("位置：" + WebUtility.HtmlEncode(FieldLabels.Describe("applications.newlyReceived.total")), page.Body);
        Assert.DoesNotContain("row-total", page.Body);
    }

    [Fact]
    public async Task GetSubmission_ForABrowser_ExplainsAFailureInPlainWords_WithoutInternalDetail()
    {
        var (org, token) = await _host.RegisterAsync();
        var id = await SubmitJsonAsync(SampleReports.SeedJson(org.Id), token);
        var store = _host.Services.GetRequiredService<SubmissionStore>();
        var row = (await store.GetAsync(id, default))!;
        (row.Status, row.Reason) = (nameof(SubmissionStatus.Failed), SubmissionProcessor.FailedReason(id));
        await store.UpdateAsync(row, default);

        var page = await StatusPageAsync(id);

        Assert.Contains("<strong class=\"status status-failed\">处理失败</strong>", page.Body);
        Assert.Contains(WebUtility.HtmlEncode(SubmissionProcessor.FailedReason(id)), page.Body);
        Assert.Contains($"href=\"/api/form?org={org.Id}&amp;from={id}\"", page.Body);
        Assert.DoesNotContain("status.js", page.Body);
    }

    [Fact]
    public async Task GetSubmission_ForABrowser_OfAnUnknownId_IsAChinesePage404()
    {
        var request = _host.Request("GET", "/api/submissions/0123456789abcdef0123456789abcdef", headers: Browser);
        var page = await RenderedResult.ExecuteAsync(await _host.Function<SubmissionStatusFunction>().GetSubmission(request, "0123456789abcdef0123456789abcdef", default), request);

        Assert.Equal((404, "text/html; charset=utf-8"), (page.StatusCode, page.ContentType));
        Assert.Contains("没有编号为", page.Body);
    }

    [Fact]
    public async Task SubmissionForm_From_ReopensARejectedSubmission_WithItsDataAndTheFindingsAtTheirCells()
    {
        var (org, token) = await _host.RegisterAsync();
        var wrongTotal = (long)SampleReports.SeedNode(org.Id)["applications"]!["newlyReceived"]!["total"]! + 1;
        var id = await SubmitJsonAsync(SampleReports.InvalidJson(org.Id), token);
        await _host.DrainAsync();

        var html = await FormAsync($"/api/form?org={org.Id}&from={id}");

        Assert.Matches($"<td class=\"invalid\"><input type=\"number\" id=\"applications.newlyReceived.total\"[^>]*value=\"{wrongTotal}\"[^>]*aria-invalid=\"true\"", html);
        Assert.Contains("<span class=\"cell-error\" id=\"applications.newlyReceived.total-error\">", html);
        Assert.Contains($"受理编号 {id}", html);
        Assert.Contains("<a href=\"#applications.newlyReceived.total\">", html);
        // Someone else's submission is not shown under this organization's link.
        Assert.DoesNotContain("aria-invalid", await FormAsync($"/api/form?org={(await _host.RegisterAsync()).Organization.Id}&from={id}"));
    }

    [Fact]
    public async Task SubmissionForm_ForARegisteredBody_LocksItsRegistryNameAndKind_AndPrefillsLastYearsCarriedForwardRowAndTexts()
    {
        var (registered, token) = await _host.RegisterAsync();
        var org = registered with { Name = "安和县自然资源和规划局", Kind = OrganizationKind.Department };
        await _host.Services.GetRequiredService<OrganizationRegistry>().UpsertAsync(org, default);
        var lastYear = JsonNode.Parse(File.ReadAllText(RepositoryRoot.File("samples", "county-department-2023.json")))!;
        lastYear["organization"]!["id"] = org.Id;
        await SubmitJsonAsync(lastYear.ToJsonString(), token);
        await _host.DrainAsync();
        // In 2025 the report due is 2024's; last year's is 2023's.
        var clock = new SettableTimeProvider(new DateTimeOffset(2025, 1, 10, 2, 0, 0, TimeSpan.Zero));
        var request = _host.Request("GET", $"/api/form?org={org.Id}");
        var function = new SubmissionFormFunction(ActivatorUtilities.CreateInstance<SubmissionFormService>(_host.Services, clock));
        var html = (await RenderedResult.ExecuteAsync(await function.SubmissionForm(request, default), request)).Body;

        Assert.Contains($"<input type=\"text\" id=\"organization.name\" name=\"organization.name\" readonly value=\"{org.Name}\"", html);
        Assert.Contains("<input type=\"hidden\" name=\"organization.kind\" value=\"department\">", html);
        Assert.DoesNotContain("<select", html);
        foreach (var column in ApplicationsTable.Columns)
        {
            var carried = (long)lastYear["applications"]!["carriedForward"]![column.Key]!;
            Assert.Matches($"id=\"applications.carriedOver.{column.Key}\"[^>]*value=\"{carried}\"", html);
        }
        Assert.Contains("参考本机关2023年度报告的这部分文字", html);
        Assert.Contains(WebUtility.HtmlEncode((string)lastYear["overview"]![0]!["heading"]!), html);
    }

    [Fact]
    public async Task PreviewReport_RendersThePdf_StoringNothing_AndAnswers422WithTheFindingsForAReportWithErrors()
    {
        var (org, _) = await _host.RegisterAsync();

        var pdf = await _host.Function<PreviewReportFunction>().PreviewReport(_host.JsonRequest("POST", "/api/reports/preview", SampleReports.SeedJson(org.Id)), default);
        var invalid = Assert.IsType<ContentResult>(await _host.Function<PreviewReportFunction>().PreviewReport(
            _host.JsonRequest("POST", "/api/reports/preview", SampleReports.InvalidJson(org.Id)), default));

        var file = Assert.IsType<FileContentResult>(pdf);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal("%PDF-"u8.ToArray(), file.FileContents[..5]);
        Assert.Equal(422, invalid.StatusCode);
        Assert.Equal("row-total", (string)JsonNode.Parse(invalid.Content!)!["errors"]![0]!["code"]!);
        var stored = _host.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(StorageNames.SubmissionsContainer).GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, org.Id + "/", default);
        Assert.Empty(await stored.ToListAsync());
    }

    [Fact]
    public async Task PreviewAndValidate_ShareTheValidationRateLimit()
    {
        await using var host = await TestHost.StartAsync(azurite, overrides: new Dictionary<string, string?> { ["RateLimits:ValidationsPerAddress"] = "1" });
        var json = SampleReports.SeedJson(TestHost.NewOrganizationId());

        await host.Function<ValidateReportFunction>().ValidateReport(host.JsonRequest("POST", "/api/reports/validate", json), default);
        var refused = Assert.IsType<ContentResult>(await host.Function<PreviewReportFunction>().PreviewReport(host.JsonRequest("POST", "/api/reports/preview", json), default));

        Assert.Equal(429, refused.StatusCode);
    }

    [Fact]
    public async Task Cors_AnswersPreflightAndCallsFromConfiguredOriginsOnly()
    {
        await using var host = await TestHost.StartAsync(azurite, overrides: new Dictionary<string, string?> { ["Cors:AllowedOrigins"] = "https://www.example.gov.cn, https://gk.example.gov.cn/" });
        var allowed = new Dictionary<string, string> { ["Origin"] = "https://gk.example.gov.cn", ["Access-Control-Request-Method"] = "POST" };
        var other = new Dictionary<string, string> { ["Origin"] = "https://evil.example.com", ["Access-Control-Request-Method"] = "POST" };

        var preflight = host.Request("OPTIONS", "/api/reports/validate", headers: allowed);
        var answered = await RenderedResult.ExecuteAsync(await host.Function<ValidateReportFunction>().ValidateReport(preflight, default), preflight);
        var refusedPreflight = host.Request("OPTIONS", "/api/reports", headers: other);
        var refused = await RenderedResult.ExecuteAsync(await host.Function<SubmitReportFunction>().SubmitReport(refusedPreflight, default), refusedPreflight);
        var call = host.JsonRequest("POST", "/api/reports/validate", SampleReports.SeedJson(TestHost.NewOrganizationId()), allowed);
        var validated = Assert.IsType<ContentResult>(await host.Function<ValidateReportFunction>().ValidateReport(call, default));

        Assert.Equal(204, answered.StatusCode);
        Assert.Equal("https://gk.example.gov.cn", answered.Headers.AccessControlAllowOrigin.ToString());
        Assert.Contains("X-Org-Token", answered.Headers.AccessControlAllowHeaders.ToString());
        Assert.Equal(204, refused.StatusCode);
        Assert.Empty(refused.Headers.AccessControlAllowOrigin.ToString());
        Assert.Equal((200, "https://gk.example.gov.cn"), (validated.StatusCode, call.HttpContext.Response.Headers.AccessControlAllowOrigin.ToString()));
        Assert.Contains("Origin", call.HttpContext.Response.Headers.Vary.ToString());
    }

    private async Task<RenderedResult> SubmitFormAsync(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var body = Encoding.UTF8.GetBytes(string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")));
        var request = _host.Request("POST", "/api/reports", body, "application/x-www-form-urlencoded", Browser);
        return await RenderedResult.ExecuteAsync(await _host.Function<SubmitReportFunction>().SubmitReport(request, default), request);
    }

    private async Task<string> SubmitJsonAsync(string json, string token)
    {
        var result = Assert.IsType<ContentResult>(await _host.Function<SubmitReportFunction>().SubmitReport(
            _host.JsonRequest("POST", "/api/reports", json, new Dictionary<string, string> { ["X-Org-Token"] = token }), default));
        Assert.Equal(202, result.StatusCode);
        return (string)JsonNode.Parse(result.Content!)!["id"]!;
    }

    private async Task<RenderedResult> StatusPageAsync(string id)
    {
        var request = _host.Request("GET", $"/api/submissions/{id}", headers: Browser);
        var page = await RenderedResult.ExecuteAsync(await _host.Function<SubmissionStatusFunction>().GetSubmission(request, id, default), request);
        Assert.Equal((200, "text/html; charset=utf-8"), (page.StatusCode, page.ContentType));
        return page;
    }

    private async Task<string> FormAsync(string path)
    {
        var request = _host.Request("GET", path);
        var page = await RenderedResult.ExecuteAsync(await _host.Function<SubmissionFormFunction>().SubmissionForm(request, default), request);
        Assert.Equal(200, page.StatusCode);
        return page.Body;
    }
}
