using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using ReportFunctions.Functions;
using ReportFunctions.Http;
using ReportFunctions.Storage;
using ReportFunctions.Submissions;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Functions;

[Collection(ServicesCollection.Name)]
public sealed class SubmitReportFunctionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SubmitReport_Returns202WithLocation_AfterStoringBodyStatusRowAndMessage()
    {
        var (org, token) = await _host.RegisterAsync();
        var json = SampleReports.SeedJson(org.Id);
        var request = _host.JsonRequest("POST", "/api/reports", json, new Dictionary<string, string> { ["X-Org-Token"] = token });

        var result = Assert.IsType<ContentResult>(await _host.Function<SubmitReportFunction>().SubmitReport(request, default));

        Assert.Equal(202, result.StatusCode);
        var accepted = JsonNode.Parse(result.Content!)!;
        var id = (string)accepted["id"]!;
        Assert.Equal("Received", (string)accepted["status"]!);
        Assert.Equal($"/api/submissions/{id}", (string)accepted["statusUrl"]!);
        Assert.Equal($"/api/submissions/{id}", request.HttpContext.Response.Headers.Location.ToString());

        var blob = _host.Services.GetRequiredService<BlobServiceClient>()
            .GetBlobContainerClient(StorageNames.SubmissionsContainer).GetBlobClient($"{org.Id}/2021/{id}.json");
        Assert.Equal(json, (await blob.DownloadContentAsync()).Value.Content.ToString());
        var row = await _host.Services.GetRequiredService<SubmissionStore>().GetAsync(id, default);
        Assert.Equal("Received", row!.Status);
        var message = (await _host.Services.GetRequiredService<QueueServiceClient>().GetQueueClient(_host.SubmissionsQueue).PeekMessageAsync()).Value;
        Assert.Contains(id, message.Body.ToString());
    }

    [Fact]
    public async Task SubmitReport_Returns403WithNoDetail_WithoutTokenWithWrongTokenOrForAnUnregisteredOrInactiveOrganization()
    {
        var (org, token) = await _host.RegisterAsync();
        var (inactive, inactiveToken) = await _host.RegisterAsync(active: false);
        var cases = new (string OrgId, string? Token)[]
        {
            (org.Id, null),
            (org.Id, token + "x"),
            (org.Id, ""),
            (TestHost.NewOrganizationId(), token),
            (inactive.Id, inactiveToken),
        };
        var bodies = new HashSet<string>();
        foreach (var (orgId, presented) in cases)
        {
            var headers = presented is null ? null : new Dictionary<string, string> { ["X-Org-Token"] = presented };
            var result = Assert.IsType<ContentResult>(await _host.Function<SubmitReportFunction>().SubmitReport(
                _host.JsonRequest("POST", "/api/reports", SampleReports.SeedJson(orgId), headers), default));
            Assert.Equal(403, result.StatusCode);
            Assert.StartsWith("application/problem+json", result.ContentType);
            bodies.Add(result.Content!);
        }
        Assert.Single(bodies);
    }

    [Fact]
    public async Task SubmitReport_Returns403_WhenTheReportNamesAnotherOrganization()
    {
        var (_, token) = await _host.RegisterAsync();
        var (other, _) = await _host.RegisterAsync();

        var result = Assert.IsType<ContentResult>(await _host.Function<SubmitReportFunction>().SubmitReport(
            _host.JsonRequest("POST", "/api/reports", SampleReports.SeedJson(other.Id), new Dictionary<string, string> { ["X-Org-Token"] = token }), default));

        Assert.Equal(403, result.StatusCode);
    }

    [Fact]
    public async Task SubmitReport_RefusesAWrongOrMissingToken_BeforeParsingTheBody()
    {
        var (org, token) = await _host.RegisterAsync();
        // Not JSON at all: a 400 would mean the body was parsed before the token was checked.
        var body = "{\"counts\": [" + string.Join(",", Enumerable.Range(0, 50_000)) + "], oops";
        foreach (var presented in new[] { null, $"{org.Id}.wrong-secret", token[..^1] })
        {
            var headers = presented is null ? null : new Dictionary<string, string> { ["X-Org-Token"] = presented };
            var result = Assert.IsType<ContentResult>(await _host.Function<SubmitReportFunction>().SubmitReport(
                _host.JsonRequest("POST", "/api/reports", body, headers), default));
            Assert.Equal(403, result.StatusCode);
        }

        var formBody = Encoding.UTF8.GetBytes($"{FormReportConverter.TokenField}={Uri.EscapeDataString(org.Id + ".wrong")}&year=not-a-number");
        var form = Assert.IsType<ContentResult>(await _host.Function<SubmitReportFunction>().SubmitReport(
            _host.Request("POST", "/api/reports", formBody, "application/x-www-form-urlencoded"), default));
        Assert.Equal(403, form.StatusCode);
    }

    [Fact]
    public async Task SubmitReport_NamesTheOrganizationInTheToken_AndStillTakesATokenIssuedBeforeTokensNamedIt()
    {
        var (org, token) = await _host.RegisterAsync();
        Assert.StartsWith(org.Id + ".", token, StringComparison.Ordinal);

        // A token as issued before tokens named their organization, stored as the registry stores every token.
        var legacy = "legacy-token-without-organization";
        var salt = new byte[16];
        await _host.Services.GetRequiredService<Azure.Data.Tables.TableServiceClient>().GetTableClient(StorageNames.OrganizationsTable)
            .UpsertEntityAsync(new global::ReportFunctions.Organizations.OrganizationTokenEntity { RowKey = org.Id, Salt = salt, Hash = global::ReportFunctions.Organizations.OrganizationRegistry.Hash(salt, legacy) });

        var result = Assert.IsType<ContentResult>(await _host.Function<SubmitReportFunction>().SubmitReport(
            _host.JsonRequest("POST", "/api/reports", SampleReports.SeedJson(org.Id), new Dictionary<string, string> { ["X-Org-Token"] = legacy }), default));
        Assert.Equal(202, result.StatusCode);
    }

    [Fact]
    public async Task SubmitReport_Returns413_WhenTheBodyIsOver1MiB()
    {
        var (org, token) = await _host.RegisterAsync();
        var huge = SampleReports.SeedJson(org.Id, r => r["preface"] = new JsonArray(new string('政', 400_000)));

        var result = Assert.IsType<ContentResult>(await _host.Function<SubmitReportFunction>().SubmitReport(
            _host.JsonRequest("POST", "/api/reports", huge, new Dictionary<string, string> { ["X-Org-Token"] = token }), default));

        Assert.Equal(413, result.StatusCode);
        Assert.Equal("payload-too-large", (string)JsonNode.Parse(result.Content!)!["code"]!);
    }

    [Fact]
    public async Task SubmitReport_Returns413_WhenAChunkedBodyExceeds1MiBWithoutContentLength()
    {
        var (org, token) = await _host.RegisterAsync();
        var request = _host.Request("POST", "/api/reports", new byte[(1 << 20) + 1], "application/json", new Dictionary<string, string> { ["X-Org-Token"] = token });
        request.ContentLength = null;

        var result = Assert.IsType<ContentResult>(await _host.Function<SubmitReportFunction>().SubmitReport(request, default));

        Assert.Equal(413, result.StatusCode);
        Assert.NotNull(org);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData(null)]
    public async Task SubmitReport_Returns415_ForOtherContentTypes(string? contentType)
    {
        var (org, token) = await _host.RegisterAsync();

        var result = Assert.IsType<ContentResult>(await _host.Function<SubmitReportFunction>().SubmitReport(
            _host.Request("POST", "/api/reports", Encoding.UTF8.GetBytes(SampleReports.SeedJson(org.Id)), contentType,
                new Dictionary<string, string> { ["X-Org-Token"] = token }), default));

        Assert.Equal(415, result.StatusCode);
        Assert.Equal("unsupported-media-type", (string)JsonNode.Parse(result.Content!)!["code"]!);
    }

    [Fact]
    public async Task SubmitReport_Returns400ProblemJsonWithLineAndColumn_ForMalformedJson()
    {
        var (_, token) = await _host.RegisterAsync();
        var result = Assert.IsType<ContentResult>(await _host.Function<SubmitReportFunction>().SubmitReport(
            _host.JsonRequest("POST", "/api/reports", "{\n  \"formatVersion\": \"2021\",\n  \"year\": 20x1\n}",
                new Dictionary<string, string> { ["X-Org-Token"] = token }), default));

        Assert.Equal(400, result.StatusCode);
        Assert.Equal("application/problem+json; charset=utf-8", result.ContentType);
        var problem = JsonNode.Parse(result.Content!)!;
        Assert.Equal("malformed-json", (string)problem["code"]!);
        Assert.Equal(400, (int)problem["status"]!);
        Assert.Equal(3, (int)problem["line"]!);
        Assert.True((int)problem["column"]! > 0);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", (string)problem["title"]!);
        var error = problem["errors"]![0]!;
        Assert.Equal("malformed-json", (string)error["code"]!);
        Assert.Equal("error", (string)error["severity"]!);
    }

    [Fact]
    public async Task SubmitReport_Returns400WithPaths_WhenTheJsonDoesNotFitTheContract()
    {
        var (org, token) = await _host.RegisterAsync();
        var json = SampleReports.SeedJson(org.Id, r => r["applications"]!["granted"]!["naturalPerson"] = "三");

        var result = Assert.IsType<ContentResult>(await _host.Function<SubmitReportFunction>().SubmitReport(
            _host.JsonRequest("POST", "/api/reports", json, new Dictionary<string, string> { ["X-Org-Token"] = token }), default));

        Assert.Equal(400, result.StatusCode);
        var problem = JsonNode.Parse(result.Content!)!;
        Assert.Equal("invalid-report", (string)problem["code"]!);
        Assert.Contains(problem["errors"]!.AsArray(), e => (string)e!["path"]! == "applications.granted.naturalPerson");
    }

    [Fact]
    public async Task SubmitReport_ReturnsTheSameSubmission_WhenRetriedWithTheSameIdempotencyKey()
    {
        var (org, token) = await _host.RegisterAsync();
        var json = SampleReports.SeedJson(org.Id);
        var headers = new Dictionary<string, string> { ["X-Org-Token"] = token, ["Idempotency-Key"] = "form-42" };

        var first = (ContentResult)await _host.Function<SubmitReportFunction>().SubmitReport(_host.JsonRequest("POST", "/api/reports", json, headers), default);
        var retry = (ContentResult)await _host.Function<SubmitReportFunction>().SubmitReport(_host.JsonRequest("POST", "/api/reports", json, headers), default);

        Assert.Equal(202, retry.StatusCode);
        Assert.Equal((string)JsonNode.Parse(first.Content!)!["id"]!, (string)JsonNode.Parse(retry.Content!)!["id"]!);
        await _host.DrainAsync();
        var id = (string)JsonNode.Parse(first.Content!)!["id"]!;
        Assert.Equal("Published", (await _host.Services.GetRequiredService<SubmissionStore>().GetAsync(id, default))!.Status);
        var afterPublishing = (ContentResult)await _host.Function<SubmitReportFunction>().SubmitReport(_host.JsonRequest("POST", "/api/reports", json, headers), default);
        Assert.Equal(id, (string)JsonNode.Parse(afterPublishing.Content!)!["id"]!);
        Assert.Equal(0, await _host.DrainAsync());
    }

    [Fact]
    public async Task SubmitReport_RetriedWithItsIdempotencyKey_CompletesAnIntakeWhoseQueueMessageWasLost()
    {
        var (org, token) = await _host.RegisterAsync();
        var json = SampleReports.SeedJson(org.Id);
        var headers = new Dictionary<string, string> { ["X-Org-Token"] = token, ["Idempotency-Key"] = "form-44" };
        var first = (ContentResult)await _host.Function<SubmitReportFunction>().SubmitReport(_host.JsonRequest("POST", "/api/reports", json, headers), default);
        var id = (string)JsonNode.Parse(first.Content!)!["id"]!;
        // As if the first attempt had stopped after writing the status row.
        await _host.Services.GetRequiredService<QueueServiceClient>().GetQueueClient(_host.SubmissionsQueue).ClearMessagesAsync();

        var retry = (ContentResult)await _host.Function<SubmitReportFunction>().SubmitReport(_host.JsonRequest("POST", "/api/reports", json, headers), default);
        await _host.DrainAsync();

        Assert.Equal(id, (string)JsonNode.Parse(retry.Content!)!["id"]!);
        Assert.Equal("Published", (await _host.Services.GetRequiredService<SubmissionStore>().GetAsync(id, default))!.Status);
    }

    [Fact]
    public async Task SubmitReport_Returns409_WhenAnIdempotencyKeyIsReusedWithADifferentBody()
    {
        var (org, token) = await _host.RegisterAsync();
        var headers = new Dictionary<string, string> { ["X-Org-Token"] = token, ["Idempotency-Key"] = "form-43" };
        await _host.Function<SubmitReportFunction>().SubmitReport(_host.JsonRequest("POST", "/api/reports", SampleReports.SeedJson(org.Id), headers), default);

        var result = (ContentResult)await _host.Function<SubmitReportFunction>().SubmitReport(
            _host.JsonRequest("POST", "/api/reports", SampleReports.SeedJson(org.Id, r => r["title"] = "另一个标题"), headers), default);

        Assert.Equal(409, result.StatusCode);
        Assert.Equal("idempotency-conflict", (string)JsonNode.Parse(result.Content!)!["code"]!);
    }

    [Fact]
    public async Task SubmitReport_AcceptsAnUrlEncodedFormWithDottedFieldNames_AndStoresTheConvertedContractJson()
    {
        var (org, token) = await _host.RegisterAsync();
        var form = FormFields(org.Id, token);
        var body = Encoding.UTF8.GetBytes(string.Join("&", form.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")));

        var result = (ContentResult)await _host.Function<SubmitReportFunction>().SubmitReport(
            _host.Request("POST", "/api/reports", body, "application/x-www-form-urlencoded"), default);

        Assert.Equal(202, result.StatusCode);
        var stored = await StoredJsonAsync(org.Id, (string)JsonNode.Parse(result.Content!)!["id"]!);
        Assert.Equal(1, (long)stored["applications"]!["denied"]!["stateSecret"]!["naturalPerson"]!);
        Assert.Equal("2021-12-29", (string)stored["signature"]!["date"]!);
        Assert.Equal("township", (string)stored["organization"]!["kind"]!);
        var overview = stored["overview"]!.AsArray();
        Assert.Equal("（一）加强领导保障，健全公开机制", (string)overview[0]!["heading"]!);
        Assert.Equal(2, overview[0]!["paragraphs"]!.AsArray().Count);
        Assert.Equal("（二）完善公开流程", (string)overview[1]!["heading"]!);
        Assert.Equal(2, stored["preface"]!.AsArray().Count);
        Assert.Null(stored["orgToken"]);
        await _host.DrainAsync();
    }

    [Fact]
    public async Task SubmitReport_AcceptsAMultipartForm_WithTheTokenInTheHeader()
    {
        var (org, token) = await _host.RegisterAsync();
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in FormFields(org.Id, token: null))
            content.Add(new StringContent(value, Encoding.UTF8), name);
        var body = await content.ReadAsByteArrayAsync();

        var result = (ContentResult)await _host.Function<SubmitReportFunction>().SubmitReport(
            _host.Request("POST", "/api/reports", body, content.Headers.ContentType!.ToString(), new Dictionary<string, string> { ["X-Org-Token"] = token }), default);

        Assert.Equal(202, result.StatusCode);
        var stored = await StoredJsonAsync(org.Id, (string)JsonNode.Parse(result.Content!)!["id"]!);
        Assert.Equal(1, (long)stored["applications"]!["total"]!["naturalPerson"]!);
    }

    [Fact]
    public async Task SubmitReport_AcceptsARunawayTitle_AndTheWorkerRejectsIt()
    {
        var (org, token) = await _host.RegisterAsync();
        var json = SampleReports.SeedJson(org.Id, r => r["title"] = new string('报', 40_000));

        var result = (ContentResult)await _host.Function<SubmitReportFunction>().SubmitReport(
            _host.JsonRequest("POST", "/api/reports", json, new Dictionary<string, string> { ["X-Org-Token"] = token }), default);

        Assert.Equal(202, result.StatusCode);
        await _host.DrainAsync();
        var row = await _host.Services.GetRequiredService<SubmissionStore>().GetAsync((string)JsonNode.Parse(result.Content!)!["id"]!, default);
        Assert.Equal("Rejected", row!.Status);
    }

    [Fact]
    public async Task SubmitReport_Returns400_ForAFormFieldNameNestedTooDeep()
    {
        var (org, token) = await _host.RegisterAsync();
        var fields = FormFields(org.Id, token);
        fields.Add(new(string.Join('.', Enumerable.Repeat("a", 500)), "1"));
        var body = Encoding.UTF8.GetBytes(string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")));

        var result = (ContentResult)await _host.Function<SubmitReportFunction>().SubmitReport(
            _host.Request("POST", "/api/reports", body, "application/x-www-form-urlencoded"), default);

        Assert.Equal(400, result.StatusCode);
        Assert.Equal(ApiResults.ProblemContentType, result.ContentType);
    }

    [Fact]
    public async Task SubmitReport_Returns403_ForAFormWithoutToken()
    {
        var (org, _) = await _host.RegisterAsync();
        var body = Encoding.UTF8.GetBytes(string.Join("&", FormFields(org.Id, null).Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")));

        var result = (ContentResult)await _host.Function<SubmitReportFunction>().SubmitReport(
            _host.Request("POST", "/api/reports", body, "application/x-www-form-urlencoded"), default);

        Assert.Equal(403, result.StatusCode);
    }

    [Theory]
    [InlineData("multipart/form-data; boundary=xyz", "--xyz\r\nnot a part header\r\n")]
    [InlineData("multipart/form-data", "a=b")]
    [InlineData("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n2021\r\n--xyz\r\nContent-Disposition: form-data; name=\"overview\"\r\n\r\n本年度")]
    public async Task SubmitReport_RejectsABrokenMultipartBody_WithAProblem(string contentType, string body)
    {
        var result = (ContentResult)await _host.Function<SubmitReportFunction>().SubmitReport(
            _host.Request("POST", "/api/reports", Encoding.UTF8.GetBytes(body), contentType), default);

        Assert.True(result.StatusCode is 400 or 415, $"status {result.StatusCode}");
        Assert.StartsWith("application/problem+json", result.ContentType);
    }

    private async Task<JsonNode> StoredJsonAsync(string orgId, string id)
    {
        var blob = _host.Services.GetRequiredService<BlobServiceClient>()
            .GetBlobContainerClient(StorageNames.SubmissionsContainer).GetBlobClient($"{orgId}/2021/{id}.json");
        return JsonNode.Parse((await blob.DownloadContentAsync()).Value.Content.ToString())!;
    }

    /// <summary>The seed as a web form would post it: every leaf under its dotted path, narratives as textareas.</summary>
    internal static List<KeyValuePair<string, string>> FormFields(string orgId, string? token)
    {
        var seed = SampleReports.SeedNode(orgId, r =>
        {
            // One application, granted, so a number other than 0 travels through the form.
            foreach (var row in new[] { "newlyReceived", "total" })
                r["applications"]![row]!["naturalPerson"] = 1;
            r["applications"]!["denied"]!["stateSecret"]!["naturalPerson"] = 1;
            r["applications"]!["newlyReceived"]!["total"] = 1;
            r["applications"]!["total"]!["total"] = 1;
            r["applications"]!["denied"]!["stateSecret"]!["total"] = 1;
        });
        var fields = new List<KeyValuePair<string, string>>();
        void Leaves(JsonNode node, string path)
        {
            if (node is JsonObject obj)
            {
                foreach (var (key, child) in obj)
                    Leaves(child!, path.Length == 0 ? key : $"{path}.{key}");
            }
            else if (node is JsonValue value)
            {
                fields.Add(new(path, value.ToString()));
            }
        }
        foreach (var (key, child) in seed.AsObject())
        {
            if (key is "preface" or "overview" or "problemsAndImprovements" or "otherMatters")
                continue;
            if (key == "activeDisclosure")
            {
                foreach (var (sub, node) in child!.AsObject())
                {
                    if (sub != "narrative")
                        Leaves(node!, $"activeDisclosure.{sub}");
                }
                continue;
            }
            Leaves(child!, key);
        }
        fields.Add(new("preface", "第一段导语。\n　　第二段导语。"));
        fields.Add(new("overview", "（一）加强领导保障，健全公开机制\n第一段。\n\n第二段。\n\n（二）完善公开流程\n第三段。"));
        fields.Add(new("problemsAndImprovements", "存在的问题。\n\n改进措施。"));
        fields.Add(new("otherMatters", "无其他需要报告的事项。"));
        if (token is not null)
            fields.Add(new("orgToken", token));
        return fields;
    }
}
