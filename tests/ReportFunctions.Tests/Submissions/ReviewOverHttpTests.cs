using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReportFunctions.Publishing;
using ReportFunctions.Submissions;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Submissions;

/// <summary>
/// Review before publication (先备案后公布) through the local runner over HTTP, with Azurite and smtp4dev: a valid
/// report waits as AwaitingReview with nothing public, a return is e-mailed with its comment and a link to reopen the
/// form, and only an approval publishes.
/// </summary>
[Collection(ServicesCollection.Name)]
public sealed class ReviewOverHttpTests(AzuriteFixture azurite, Smtp4devFixture smtp)
{
    [Fact]
    public async Task SubmitReturnResubmitApprove_PublishesOnlyAfterApproval_WithTheReviewerRecorded()
    {
        await using var app = await RunnerOverHttp.StartAsync(azurite, smtp);
        var (org, token) = await app.RegisterAsync(requiresReview: true);
        var stableUrl = $"/api/reports/2021/{org.Id}.pdf";

        var first = await app.SubmitAsync(SampleReports.SeedJson(org.Id), token);
        var held = await app.OutcomeAsync(first);
        Assert.Equal("AwaitingReview", (string?)held["status"]);
        Assert.Null(held["url"]);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous.GetAsync(stableUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous.GetAsync($"/api/reports/2021/{org.Id}.html")).StatusCode);
        Assert.DoesNotContain(org.Id, await app.Anonymous.GetStringAsync("/api/reports?year=2021"));

        var waiting = (await app.Admin.GetFromJsonAsync<JsonArray>("/api/manage/review"))!;
        var listed = Assert.Single(waiting, w => (string?)w!["id"] == first)!;
        Assert.Equal(org.Id, (string?)listed["organizationId"]);
        Assert.Equal("大岚镇人民政府", (string?)listed["organizationName"]);
        var preview = await app.Admin.GetAsync((string)listed["previewUrl"]!);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("application/pdf", preview.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await preview.Content.ReadAsByteArrayAsync())[..5]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous.GetAsync((string)listed["previewUrl"]!)).StatusCode);

        const string comment = "第二部分表格中“规章”本年新制发件数与政府网站公布数不一致，请核实后重新报送。";
        var returned = await app.Admin.PostAsJsonAsync($"/api/manage/review/{first}/return", new { reviewer = "县政务公开办 张敏", comment });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var status = (await app.Anonymous.GetFromJsonAsync<JsonNode>($"/api/submissions/{first}"))!;
        Assert.Equal(("Returned", comment), ((string?)status["status"], (string?)status["comment"]));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous.GetAsync(stableUrl)).StatusCode);

        var returnMail = Assert.Single(await smtp.WaitForMessagesToAsync(1, org.Contacts[0]));
        Assert.Equal("【已退回】大岚镇人民政府2021年政府信息公开工作年度报告", returnMail.Subject);
        Assert.Contains(comment, returnMail.Text);
        var formLink = $"{app.BaseUrl}/api/form?org={org.Id}&from={first}";
        Assert.Contains(formLink, returnMail.Text);
        Assert.Contains($"href=\"{formLink.Replace("&", "&amp;")}\"", returnMail.Html);
        Assert.Contains($"{app.BaseUrl}/api/submissions/{first}?org={org.Id}", returnMail.Text);

        var second = await app.SubmitAsync(SampleReports.SeedJson(org.Id), token);
        Assert.Equal("AwaitingReview", (string?)(await app.OutcomeAsync(second))["status"]);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous.GetAsync(stableUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict,
            (await app.Admin.PostAsJsonAsync($"/api/manage/review/{first}/approve", new { reviewer = "张敏" })).StatusCode);

        var approved = await app.Admin.PostAsJsonAsync($"/api/manage/review/{second}/approve", new { reviewer = "县政务公开办 张敏", note = "已核实" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var published = (await app.Anonymous.GetFromJsonAsync<JsonNode>($"/api/submissions/{second}"))!;
        Assert.Equal(("Published", 1), ((string?)published["status"], (int?)published["version"]));
        Assert.NotNull(published["reviewedAt"]);
        var pdf = await app.Anonymous.GetAsync(stableUrl);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal((string?)published["sha256"], Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await pdf.Content.ReadAsByteArrayAsync())));
        Assert.Contains(org.Id, await app.Anonymous.GetStringAsync("/api/reports?year=2021"));

        var record = (await app.Admin.GetFromJsonAsync<JsonNode>($"/api/manage/review/{second}"))!;
        Assert.Equal(("Published", "县政务公开办 张敏", "已核实"), ((string?)record["status"], (string?)record["reviewedBy"], (string?)record["comment"]));
        Assert.Null(record["previewUrl"]);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Admin.GetAsync($"/api/manage/review/{second}/preview.pdf")).StatusCode);
        Assert.False(await app.Services.GetRequiredService<Azure.Storage.Blobs.BlobServiceClient>()
            .GetBlobContainerClient("review").GetBlobClient($"{second}.pdf").ExistsAsync());
        Assert.DoesNotContain(await app.Admin.GetFromJsonAsync<JsonArray>("/api/manage/review") ?? [], w => (string?)w!["organizationId"] == org.Id);
        var mails = await smtp.WaitForMessagesToAsync(2, org.Contacts[0]);
        Assert.Contains(mails, m => m.Subject == "【已发布】大岚镇人民政府2021年政府信息公开工作年度报告");
    }

    [Fact]
    public async Task ReviewRoutes_RefuseWhatCannotBeDone()
    {
        await using var app = await RunnerOverHttp.StartAsync(azurite, smtp);
        var (org, token) = await app.RegisterAsync(requiresReview: true);
        var id = await app.SubmitAsync(SampleReports.SeedJson(org.Id), token);
        Assert.Equal("AwaitingReview", (string?)(await app.OutcomeAsync(id))["status"]);

        async Task<(HttpStatusCode Status, string Detail)> PostAsync(string path, object body, HttpClient? client = null)
        {
            var response = await (client ?? app.Admin).PostAsJsonAsync(path, body);
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length > 0 && text[0] == '{' ? (string?)JsonNode.Parse(text)!["detail"] ?? "" : "");
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync($"/api/manage/review/{id}/approve", new { reviewer = " " })).Status);
        var noComment = await PostAsync($"/api/manage/review/{id}/return", new { reviewer = "张敏", comment = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noComment.Status);
        Assert.Contains("退回意见", noComment.Detail);
        var unknownWarning = await PostAsync($"/api/manage/review/{id}/approve",
            new { reviewer = "张敏", acknowledgements = new[] { new { code = "no-such-warning", path = "overview", note = "已知悉" } } });
        Assert.Equal(HttpStatusCode.BadRequest, unknownWarning.Status);
        Assert.Contains("没有对应本次报送的提示", unknownWarning.Detail);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync($"/api/manage/review/{new string('0', 32)}/approve", new { reviewer = "张敏" })).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync($"/api/manage/review/{id}/approve", new { reviewer = "张敏" }, app.Anonymous)).Status);

        // Nothing above changed it: it still waits, and nothing is public.
        Assert.Equal("AwaitingReview", (string?)(await app.Anonymous.GetFromJsonAsync<JsonNode>($"/api/submissions/{id}"))!["status"]);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous.GetAsync($"/api/reports/2021/{org.Id}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Admin.PostAsJsonAsync($"/api/manage/review/{id}/return", new { reviewer = "张敏", comment = "请补充" })).StatusCode);
        var again = await PostAsync($"/api/manage/review/{id}/return", new { reviewer = "张敏", comment = "再次退回" });
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("已退回", again.Detail);
    }

    [Fact]
    public async Task Approve_WithANoteOnAWarning_RecordsTheAcknowledgementWithThePublication()
    {
        await using var app = await RunnerOverHttp.StartAsync(azurite, smtp);
        var (org, token) = await app.RegisterAsync(requiresReview: true);
        // Signed almost a year after the deadline: valid, with warnings for the reviewer to weigh.
        var id = await app.SubmitAsync(SampleReports.SeedJson(org.Id, r => r["signature"]!["date"] = "2022-12-15"), token);
        Assert.Equal("AwaitingReview", (string?)(await app.OutcomeAsync(id))["status"]);
        var waiting = (await app.Admin.GetFromJsonAsync<JsonNode>($"/api/manage/review/{id}"))!;
        var warning = waiting["warnings"]!.AsArray().First()!;
        Assert.Equal("warning", (string?)warning["severity"]);

        var approved = await app.Admin.PostAsJsonAsync($"/api/manage/review/{id}/approve", new
        {
            reviewer = "县政务公开办 李华",
            acknowledgements = new[] { new { code = (string?)warning["code"], path = (string?)warning["path"], note = "已电话核实，报告系补报，同意公布" } },
        });

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var record = (await app.Admin.GetFromJsonAsync<JsonNode>($"/api/manage/review/{id}"))!;
        var acknowledged = Assert.Single(record["acknowledgements"]!.AsArray())!;
        Assert.Equal(((string?)warning["code"], (string?)warning["path"], "已电话核实，报告系补报，同意公布"),
            ((string?)acknowledged["code"], (string?)acknowledged["path"], (string?)acknowledged["note"]));
        Assert.Equal(("Published", 1), ((string?)record["status"], (int?)record["version"]));
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous.GetAsync($"/api/reports/2021/{org.Id}.pdf")).StatusCode);
    }

    [Fact]
    public async Task Approve_ThatStoppedAfterAllocatingTheVersion_IsFinishedByApprovingAgain_AndCannotBeReturned()
    {
        await using var app = await RunnerOverHttp.StartAsync(azurite, smtp);
        var (org, token) = await app.RegisterAsync(requiresReview: true);
        var id = await app.SubmitAsync(SampleReports.SeedJson(org.Id), token);
        Assert.Equal("AwaitingReview", (string?)(await app.OutcomeAsync(id))["status"]);
        // What an approval leaves when its instance dies right after writing the version to the row.
        var store = app.Services.GetRequiredService<SubmissionStore>();
        var row = (await store.GetAsync(id, default))!;
        row.Version = await app.Services.GetRequiredService<ReportPublisher>().AllocateVersionAsync(2021, org.Id, id, default);
        await store.UpdateAsync(row, default);

        Assert.Equal(HttpStatusCode.Conflict,
            (await app.Admin.PostAsJsonAsync($"/api/manage/review/{id}/return", new { reviewer = "张敏", comment = "退回" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Admin.PostAsJsonAsync($"/api/manage/review/{id}/approve", new { reviewer = "张敏" })).StatusCode);

        var status = (await app.Anonymous.GetFromJsonAsync<JsonNode>($"/api/submissions/{id}"))!;
        Assert.Equal(("Published", 1), ((string?)status["status"], (int?)status["version"]));
    }

    [Fact]
    public async Task RequiredByDefault_HoldsOrganizationsWithoutASetting_AndAnOrganizationCanOptOut()
    {
        await using var app = await RunnerOverHttp.StartAsync(azurite, smtp, new Dictionary<string, string?> { ["Review:RequiredByDefault"] = "true" });
        var (byDefault, defaultToken) = await app.RegisterAsync(requiresReview: null);
        var (optedOut, optedOutToken) = await app.RegisterAsync(requiresReview: false);

        var held = await app.SubmitAsync(SampleReports.SeedJson(byDefault.Id), defaultToken);
        var published = await app.SubmitAsync(SampleReports.SeedJson(optedOut.Id), optedOutToken);

        Assert.Equal("AwaitingReview", (string?)(await app.OutcomeAsync(held))["status"]);
        Assert.Equal("Published", (string?)(await app.OutcomeAsync(published))["status"]);
    }
}
