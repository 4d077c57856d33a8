using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using ReportFunctions.LocalRunner.Hosting;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.LocalRunner;

/// <summary>The local runner hosting the app over real HTTP on a free port, as ./run.sh starts it.</summary>
[Collection(ServicesCollection.Name)]
public sealed class LocalRunnerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _http = null!;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        var port = FreePorts.Next();
        _baseUrl = $"http://127.0.0.1:{port}";
        var settings = TestHost.Settings(azurite);
        settings["Reports:PublicBaseUrl"] = _baseUrl;
        _app = LocalRunnerApp.Build(port, settings);
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_baseUrl), Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task TheSiteRoot_LeadsToThePublicColumn()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_baseUrl) };

        using var response = await http.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/api/column", response.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/column")).StatusCode);
    }

    [Fact]
    public void EveryRouteButTheRoot_IsUnderApi_AsTheHostServesThemWithRoutePrefixEmpty()
    {
        var host = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepositoryRoot.File("host.json")))!;
        Assert.Equal("", (string)host["extensions"]!["http"]!["routePrefix"]!);

        var routes = FunctionCatalog.Discover(typeof(ServiceCollectionExtensions).Assembly).Where(f => f.Http is not null).ToList();

        Assert.All(routes.Where(f => f.Name != nameof(ReportFunctions.Functions.SiteRootFunction.SiteRoot)), f => Assert.StartsWith("/api/", FunctionCatalog.RouteOf(f), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Health_Answers200()
    {
        var response = await _http.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!);
    }

    [Fact]
    public async Task ASubmissionOverHttp_IsPublished_AndThePdfIsServedAtItsUrlWithETagRangeAndHead()
    {
        var orgId = TestHost.NewOrganizationId();
        var token = await RegisterAsync(orgId);

        var submit = new HttpRequestMessage(HttpMethod.Post, "/api/reports")
        {
            Content = new StringContent(SampleReports.SeedJson(orgId), Encoding.UTF8, "application/json"),
        };
        submit.Headers.Add("X-Org-Token", token);
        var accepted = await _http.SendAsync(submit);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var statusUrl = accepted.Headers.Location!.ToString();

        var status = await PollAsync(statusUrl);
        Assert.Equal("Published", (string)status["status"]!);
        var url = (string)status["url"]!;
        Assert.Equal($"{_baseUrl}/api/reports/2021/{orgId}.pdf", url);

        var pdf = await _http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", pdf.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("大岚镇人民政府2021年政府信息公开工作年度报告.pdf", pdf.Content.Headers.ContentDisposition.FileNameStar);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal((long)status["bytes"]!, bytes.LongLength);
        var etag = pdf.Headers.ETag!;

        var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await _http.SendAsync(conditional)).StatusCode);

        var range = new HttpRequestMessage(HttpMethod.Get, url);
        range.Headers.Range = new RangeHeaderValue(0, 9);
        var partial = await _http.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(bytes[..10], await partial.Content.ReadAsByteArrayAsync());
        Assert.Equal(bytes.LongLength, partial.Content.Headers.ContentRange!.Length);

        var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(bytes.LongLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());

        var version = await _http.GetAsync($"/api/reports/2021/{orgId}/v1.pdf");
        Assert.Equal(HttpStatusCode.OK, version.StatusCode);
        Assert.Equal(bytes, await version.Content.ReadAsByteArrayAsync());

        // Page 1 as an image, for the status page: a PNG, immutable like the version; the status page shows it.
        var preview = await _http.GetAsync($"/api/reports/2021/{orgId}/v1-page1.png");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("image/png", preview.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await preview.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Contains("immutable", preview.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        using var statusPage = new HttpRequestMessage(HttpMethod.Get, statusUrl);
        statusPage.Headers.Accept.ParseAdd("text/html");
        Assert.Contains($"<img src=\"{_baseUrl}/api/reports/2021/{orgId}/v1-page1.png\"", await (await _http.SendAsync(statusPage)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync($"/api/reports/2021/{orgId}/v01-page1.png")).StatusCode);

        // One URL per document: other spellings of the year or version are not the same resource.
        foreach (var other in new[] { $"/api/reports/02021/{orgId}.pdf", $"/api/reports/2021/{orgId}/v01.pdf", $"/api/reports/02021/{orgId}/v1.pdf" })
            Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(other)).StatusCode);

        var listing = JsonNode.Parse(await _http.GetStringAsync("/api/reports?year=2021"))!.AsArray();
        var entry = listing.Single(r => (string)r!["organizationId"]! == orgId)!;
        Assert.Equal(url, (string)entry["url"]!);
        Assert.Equal(1, (int)entry["version"]!);
    }

    [Fact]
    public async Task APublishedReport_HasItsHtmlEditionBesideThePdf_ServedAsAPageWithTheSecurityHeaders()
    {
        var orgId = TestHost.NewOrganizationId();
        var token = await RegisterAsync(orgId);
        var submit = new HttpRequestMessage(HttpMethod.Post, "/api/reports")
        {
            Content = new StringContent(SampleReports.SeedJson(orgId), Encoding.UTF8, "application/json"),
        };
        submit.Headers.Add("X-Org-Token", token);
        var status = await PollAsync((await _http.SendAsync(submit)).Headers.Location!.ToString());
        Assert.Equal("Published", (string)status["status"]!);
        var htmlUrl = (string)status["htmlUrl"]!;
        Assert.Equal($"{_baseUrl}/api/reports/2021/{orgId}.html", htmlUrl);

        var page = await _http.GetAsync(htmlUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", page.Content.Headers.ContentType.CharSet);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<table", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">", html, StringComparison.Ordinal);
        // The seed's narrative count and its table cells (all 0 in the seed).
        Assert.Contains("主动公开政府信息150条", html, StringComparison.Ordinal);
        Assert.Contains("<td>0</td>", html, StringComparison.Ordinal);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("public, max-age=300", page.Headers.CacheControl!.ToString());

        var version = await _http.GetAsync($"/api/reports/2021/{orgId}/v1.html");
        Assert.Equal(HttpStatusCode.OK, version.StatusCode);
        Assert.Equal(html, await version.Content.ReadAsStringAsync());
        Assert.Equal("public, max-age=31536000, immutable", version.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", version.Headers.GetValues("X-Content-Type-Options").Single());

        var conditional = new HttpRequestMessage(HttpMethod.Get, htmlUrl);
        conditional.Headers.IfNoneMatch.Add(page.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _http.SendAsync(conditional)).StatusCode);
        var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, htmlUrl));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(Encoding.UTF8.GetByteCount(html), head.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync($"/api/reports/2021/{orgId}/v01.html")).StatusCode);

        var listing = JsonNode.Parse(await _http.GetStringAsync("/api/reports?year=2021"))!.AsArray();
        Assert.Equal(htmlUrl, (string)listing.Single(r => (string)r!["organizationId"]! == orgId)!["htmlUrl"]!);
    }

    [Fact]
    public async Task AFormPostOverHttp_IsAccepted()
    {
        var orgId = TestHost.NewOrganizationId();
        var token = await RegisterAsync(orgId);
        var fields = Functions.SubmitReportFunctionTests.FormFields(orgId, token);

        var accepted = await _http.PostAsync("/api/reports", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal("Published", (string)(await PollAsync(accepted.Headers.Location!.ToString()))["status"]!);
    }

    [Fact]
    public async Task MissingPdf_Is404ProblemJson()
    {
        var response = await _http.GetAsync($"/api/reports/2021/{TestHost.NewOrganizationId()}.pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task AdminRoutes_Return401_WithoutTheKey()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.GetAsync("/api/manage/organizations")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.PostAsync("/admin/functions/SendReminders", null)).StatusCode);
    }

    [Fact]
    public async Task AdminRoutes_RefuseTheKeyInTheQueryString()
    {
        var code = Uri.EscapeDataString(TestHost.AdminKey);

        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.GetAsync($"/api/manage/organizations?code={code}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.PostAsync($"/admin/functions/SendReminders?code={code}", null)).StatusCode);
        using var header = new HttpRequestMessage(HttpMethod.Get, "/api/manage/organizations");
        header.Headers.Add("x-functions-key", TestHost.AdminKey);
        Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(header)).StatusCode);
    }

    [Fact]
    public async Task TimerFunctions_RunOnDemandThroughTheAdminApi()
    {
        var run = new HttpRequestMessage(HttpMethod.Post, "/admin/functions/SendReminders") { Content = JsonContent.Create(new { input = "" }) };
        run.Headers.Add("x-functions-key", TestHost.AdminKey);
        Assert.Equal(HttpStatusCode.Accepted, (await _http.SendAsync(run)).StatusCode);

        var unknown = new HttpRequestMessage(HttpMethod.Post, "/admin/functions/NoSuchTimer");
        unknown.Headers.Add("x-functions-key", TestHost.AdminKey);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.SendAsync(unknown)).StatusCode);
    }

    private async Task<string> RegisterAsync(string orgId)
    {
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/manage/organizations/{orgId}")
        {
            Content = new StringContent("""{"name": "大岚镇人民政府", "kind": "township", "contacts": ["office@dalan.example.gov.cn"]}""", Encoding.UTF8, "application/json"),
        };
        put.Headers.Add("x-functions-key", TestHost.AdminKey);
        Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(put)).StatusCode);
        var issue = new HttpRequestMessage(HttpMethod.Post, $"/api/manage/organizations/{orgId}/token");
        issue.Headers.Add("x-functions-key", TestHost.AdminKey);
        var response = await _http.SendAsync(issue);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["token"]!;
    }

    private async Task<JsonNode> PollAsync(string statusUrl)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var status = JsonNode.Parse(await _http.GetStringAsync(statusUrl))!;
            if ((string)status["status"]! != "Received" || DateTime.UtcNow > deadline)
                return status;
            await Task.Delay(100);
        }
    }
}
