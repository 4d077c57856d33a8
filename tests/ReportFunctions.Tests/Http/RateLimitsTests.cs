using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ReportFunctions.Functions;
using ReportFunctions.Http;
using ReportFunctions.Submissions;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Http;

/// <summary>
/// The limits through the functions, on the real Azurite. Windows of an hour never replenish during a test, and
/// every host is new, so each test counts from zero.
/// </summary>
[Collection(ServicesCollection.Name)]
public sealed class RateLimitsTests(AzuriteFixture azurite)
{
    private const string Hour = "01:00:00";

    [Fact]
    public async Task SubmitReport_Returns429WithRetryAfter_OnTheAttemptAfterNFailedTokenChecksFromOneAddress_WhileACorrectTokenFromAnotherAddressSucceeds()
    {
        await using var host = await StartAsync(new() { ["RateLimits:FailedTokenChecksPerAddress"] = "3", ["RateLimits:FailedTokenChecksPerOrganization"] = "100" });
        var (org, token) = await host.RegisterAsync();
        var json = SampleReports.SeedJson(org.Id);

        for (var attempt = 1; attempt <= 3; attempt++)
            Assert.Equal(403, (await Submit(host, json, $"{org.Id}.wrong-secret-{attempt}", "203.0.113.7")).StatusCode);
        // Refused before the token is looked at: the right token from the same address is refused too.
        var refused = await SubmitRequest(host, json, token, "203.0.113.7");
        var accepted = await Submit(host, json, token, "198.51.100.20");

        AssertTooManyRequests(refused.Result, refused.Request, maxSeconds: 3600);
        Assert.Equal(202, accepted.StatusCode);
    }

    [Fact]
    public async Task SubmitReport_CountsFailedTokenChecksPerOrganization_AcrossAddresses_AndWithoutTokenPerAddress()
    {
        await using var host = await StartAsync(new() { ["RateLimits:FailedTokenChecksPerAddress"] = "2", ["RateLimits:FailedTokenChecksPerOrganization"] = "3" });
        var (attacked, attackedToken) = await host.RegisterAsync();
        var (other, otherToken) = await host.RegisterAsync();

        for (var attempt = 1; attempt <= 3; attempt++)
            Assert.Equal(403, (await Submit(host, SampleReports.SeedJson(attacked.Id), $"{attacked.Id}.guess-{attempt}", $"192.0.2.{attempt}")).StatusCode);
        var attackedFromNewAddress = await Submit(host, SampleReports.SeedJson(attacked.Id), attackedToken, "192.0.2.50");
        var otherFromNewAddress = await Submit(host, SampleReports.SeedJson(other.Id), otherToken, "192.0.2.51");
        // A missing token is a failed check of the address alone.
        Assert.Equal(403, (await Submit(host, SampleReports.SeedJson(other.Id), null, "192.0.2.60")).StatusCode);
        Assert.Equal(403, (await Submit(host, SampleReports.SeedJson(other.Id), null, "192.0.2.60")).StatusCode);
        var third = await SubmitRequest(host, SampleReports.SeedJson(other.Id), otherToken, "192.0.2.60");

        Assert.Equal(429, attackedFromNewAddress.StatusCode);
        Assert.Equal(202, otherFromNewAddress.StatusCode);
        AssertTooManyRequests(third.Result, third.Request, maxSeconds: 3600);
    }

    [Fact]
    public async Task SubmitReport_CountsFormPosts_AndTokensThatNameNoOrganization_AgainstTheReportsOrganization()
    {
        await using var host = await StartAsync(new() { ["RateLimits:FailedTokenChecksPerAddress"] = "100", ["RateLimits:FailedTokenChecksPerOrganization"] = "2" });
        var (org, token) = await host.RegisterAsync();
        var formBody = Encoding.UTF8.GetBytes($"{FormReportConverter.TokenField}={Uri.EscapeDataString(org.Id + ".wrong")}&year=not-a-number");
        var form = From(host.Request("POST", "/api/reports", formBody, "application/x-www-form-urlencoded"), "203.0.113.70");

        Assert.Equal(403, Assert.IsType<ContentResult>(await host.Function<SubmitReportFunction>().SubmitReport(form, default)).StatusCode);
        // A token without "{orgId}." is checked against the organization the report names, once it is read.
        Assert.Equal(403, (await Submit(host, SampleReports.SeedJson(org.Id), "no-organization-named", "203.0.113.71")).StatusCode);
        var refused = await Submit(host, SampleReports.SeedJson(org.Id), token, "203.0.113.72");

        Assert.Equal(429, refused.StatusCode);
    }

    [Fact]
    public async Task ValidateReport_Returns429_AfterNRequestsFromOneAddress_AndServesAnotherAddress()
    {
        await using var host = await StartAsync(new() { ["RateLimits:ValidationsPerAddress"] = "2" });
        var json = SampleReports.SeedJson(TestHost.NewOrganizationId());

        Assert.Equal(200, (await Validate(host, json, "203.0.113.9")).Result.StatusCode);
        Assert.Equal(200, (await Validate(host, json, "203.0.113.9")).Result.StatusCode);
        var refused = await Validate(host, json, "203.0.113.9");
        var other = await Validate(host, json, "203.0.113.10");

        AssertTooManyRequests(refused.Result, refused.Request, maxSeconds: 3600);
        Assert.Equal(200, other.Result.StatusCode);
    }

    [Fact]
    public async Task AdminRoutes_Return429_AfterNAdminKeyFailuresFromOneAddress_EvenWithTheRightKey_AndServeAnotherAddress()
    {
        await using var host = await StartAsync(new() { ["RateLimits:AdminKeyFailuresPerAddress"] = "2" });

        Assert.Equal(401, (await ListOrganizations(host, "wrong-1", "203.0.113.30")).Result.StatusCode);
        Assert.Equal(401, (await ListOrganizations(host, "wrong-2", "203.0.113.30")).Result.StatusCode);
        var refused = await ListOrganizations(host, TestHost.AdminKey, "203.0.113.30");
        var other = await ListOrganizations(host, TestHost.AdminKey, "203.0.113.31");

        AssertTooManyRequests(refused.Result, refused.Request, maxSeconds: 3600);
        Assert.Equal(200, other.Result.StatusCode);
    }

    [Fact]
    public async Task ClientAddress_IsTheFirstForwardedAddress_InAzure_AndTheConnectionsPeer_Elsewhere()
    {
        var limits = new Dictionary<string, string?> { ["RateLimits:ValidationsPerAddress"] = "1" };
        await using var azure = await StartAsync(new(limits) { ["WEBSITE_INSTANCE_ID"] = "abc123" });
        await using var local = await StartAsync(limits);
        var json = SampleReports.SeedJson(TestHost.NewOrganizationId());

        // In Azure every request comes from the Functions host; X-Forwarded-For (with the front end's port) tells clients apart.
        Assert.Equal(200, (await Validate(azure, json, "127.0.0.1", "203.0.113.40:51234, 10.0.0.1")).Result.StatusCode);
        Assert.Equal(200, (await Validate(azure, json, "127.0.0.1", "203.0.113.41:51234")).Result.StatusCode);
        Assert.Equal(429, (await Validate(azure, json, "127.0.0.2", "203.0.113.40")).Result.StatusCode);
        // Elsewhere the header is anyone's to write.
        Assert.Equal(200, (await Validate(local, json, "127.0.0.1", "203.0.113.40")).Result.StatusCode);
        Assert.Equal(429, (await Validate(local, json, "127.0.0.1", "203.0.113.41")).Result.StatusCode);
    }

    [Theory]
    [InlineData(true, "203.0.113.5:4711, 10.0.0.1", "203.0.113.5")]
    [InlineData(true, "[2001:db8::1]:4711", "2001:db8::1")]
    [InlineData(true, "2001:db8::2", "2001:db8::2")]
    [InlineData(true, "not-an-address", "192.0.2.1")]
    [InlineData(true, "", "192.0.2.1")]
    [InlineData(false, "203.0.113.5", "192.0.2.1")]
    public void ClientAddress_Of_ReadsTheForwardedHeaderOnlyWhenTrusted(bool trusted, string forwardedFor, string expected)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.1");
        context.Request.Headers[ClientAddress.ForwardedForHeader] = forwardedFor;

        Assert.Equal(expected, ClientAddress.Of(context.Request, trusted));
    }

    private static void AssertTooManyRequests(ContentResult result, HttpRequest request, int maxSeconds)
    {
        Assert.Equal(429, result.StatusCode);
        Assert.Equal(ApiResults.ProblemContentType, result.ContentType);
        var problem = JsonNode.Parse(result.Content!)!;
        Assert.Equal("too-many-requests", (string)problem["code"]!);
        Assert.Equal(429, (int)problem["status"]!);
        Assert.Equal("请求过于频繁", (string)problem["title"]!);
        var seconds = int.Parse(request.HttpContext.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, maxSeconds);
        Assert.Contains($"{seconds}秒", (string)problem["detail"]!);
    }

    private Task<TestHost> StartAsync(Dictionary<string, string?> overrides)
    {
        overrides.TryAdd("RateLimits:Window", Hour);
        return TestHost.StartAsync(azurite, overrides: overrides);
    }

    private static async Task<ContentResult> Submit(TestHost host, string json, string? token, string address) =>
        (await SubmitRequest(host, json, token, address)).Result;

    private static async Task<(ContentResult Result, HttpRequest Request)> SubmitRequest(TestHost host, string json, string? token, string address)
    {
        var headers = token is null ? null : new Dictionary<string, string> { ["X-Org-Token"] = token };
        var request = From(host.JsonRequest("POST", "/api/reports", json, headers), address);
        return (Assert.IsType<ContentResult>(await host.Function<SubmitReportFunction>().SubmitReport(request, default)), request);
    }

    private static async Task<(ContentResult Result, HttpRequest Request)> Validate(TestHost host, string json, string address, string? forwardedFor = null)
    {
        var headers = forwardedFor is null ? null : new Dictionary<string, string> { [ClientAddress.ForwardedForHeader] = forwardedFor };
        var request = From(host.JsonRequest("POST", "/api/reports/validate", json, headers), address);
        return (Assert.IsType<ContentResult>(await host.Function<ValidateReportFunction>().ValidateReport(request, default)), request);
    }

    private static async Task<(ContentResult Result, HttpRequest Request)> ListOrganizations(TestHost host, string key, string address)
    {
        var request = From(host.Request("GET", "/api/manage/organizations", headers: new Dictionary<string, string> { [AdminKey.Header] = key }), address);
        return (Assert.IsType<ContentResult>(await host.Function<OrganizationFunctions>().ListOrganizations(request, default)), request);
    }

    private static HttpRequest From(HttpRequest request, string address)
    {
        request.HttpContext.Connection.RemoteIpAddress = IPAddress.Parse(address);
        return request;
    }
}
