using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using ReportFunctions.Core.Model;
using ReportFunctions.Functions;
using ReportFunctions.Organizations;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Functions;

[Collection(ServicesCollection.Name)]
public sealed class OrganizationFunctionsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Admin = new() { ["x-functions-key"] = TestHost.AdminKey };
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AdminRoutes_Return401_WithoutOrWithAWrongKey()
    {
        var functions = _host.Function<OrganizationFunctions>();
        var id = TestHost.NewOrganizationId();
        foreach (var headers in new[] { null, new Dictionary<string, string> { ["x-functions-key"] = "wrong" } })
        {
            Assert.Equal(401, Status(await functions.PutOrganization(_host.JsonRequest("PUT", $"/api/manage/organizations/{id}", Body, headers), id, default)));
            Assert.Equal(401, Status(await functions.ListOrganizations(_host.Request("GET", "/api/manage/organizations", headers: headers), default)));
            Assert.Equal(401, Status(await functions.IssueOrganizationToken(_host.Request("POST", $"/api/manage/organizations/{id}/token", headers: headers), id, default)));
        }
    }

    [Fact]
    public async Task PutOrganization_RegistersIt_AndTheListShowsIt_WithDefaultsForActive()
    {
        var id = TestHost.NewOrganizationId();
        var functions = _host.Function<OrganizationFunctions>();

        var put = (ContentResult)await functions.PutOrganization(_host.JsonRequest("PUT", $"/api/manage/organizations/{id}", Body, Admin), id, default);

        Assert.Equal(200, put.StatusCode);
        var list = (ContentResult)await functions.ListOrganizations(_host.Request("GET", "/api/manage/organizations", headers: Admin), default);
        var entry = JsonNode.Parse(list.Content!)!.AsArray().Single(o => (string)o!["id"]! == id)!;
        Assert.Equal("大岚镇人民政府", (string)entry["name"]!);
        Assert.Equal("township", (string)entry["kind"]!);
        Assert.Equal("01-15", (string)entry["deadlineOverride"]!);
        Assert.True((bool)entry["active"]!);
        Assert.Null(entry["token"]);
        var stored = await _host.Services.GetRequiredService<OrganizationRegistry>().GetAsync(id, default);
        Assert.Equal(OrganizationKind.Township, stored!.Kind);
        Assert.Equal(["office@dalan.example.gov.cn"], stored.Contacts);
        Assert.Equal("supervisor@ningbo.example.gov.cn", stored.SupervisorEmail);
    }

    [Fact]
    public async Task PutOrganization_Returns400ProblemJson_ListingEveryInvalidField()
    {
        const string id = "Bad_Id";
        var body = """{"name": "", "kind": "village", "contacts": ["not-an-address"], "deadlineOverride": "02-30"}""";

        var result = (ContentResult)await _host.Function<OrganizationFunctions>().PutOrganization(
            _host.JsonRequest("PUT", $"/api/manage/organizations/{id}", body, Admin), id, default);

        Assert.Equal(400, result.StatusCode);
        Assert.StartsWith("application/problem+json", result.ContentType);
        var paths = JsonNode.Parse(result.Content!)!["errors"]!.AsArray().Select(e => (string)e!["path"]!).ToHashSet();
        Assert.Equal(["contacts.0", "deadlineOverride", "id", "kind", "name"], paths.Order());
    }

    [Fact]
    public async Task IssueOrganizationToken_ReturnsATokenThatVerifies_AndRotatingItRevokesTheOldOne()
    {
        var id = TestHost.NewOrganizationId();
        var functions = _host.Function<OrganizationFunctions>();
        await functions.PutOrganization(_host.JsonRequest("PUT", $"/api/manage/organizations/{id}", Body, Admin), id, default);
        var registry = _host.Services.GetRequiredService<OrganizationRegistry>();

        var first = Token(await functions.IssueOrganizationToken(_host.Request("POST", $"/api/manage/organizations/{id}/token", headers: Admin), id, default));
        Assert.True(await registry.VerifyTokenAsync(id, first, default));
        var second = Token(await functions.IssueOrganizationToken(_host.Request("POST", $"/api/manage/organizations/{id}/token", headers: Admin), id, default));

        Assert.NotEqual(first, second);
        Assert.False(await registry.VerifyTokenAsync(id, first, default));
        Assert.True(await registry.VerifyTokenAsync(id, second, default));
    }

    [Fact]
    public async Task IssueOrganizationToken_Returns404_ForAnUnregisteredOrganization()
    {
        var id = TestHost.NewOrganizationId();

        var result = await _host.Function<OrganizationFunctions>().IssueOrganizationToken(
            _host.Request("POST", $"/api/manage/organizations/{id}/token", headers: Admin), id, default);

        Assert.Equal(404, Status(result));
    }

    [Fact]
    public async Task Registry_StoresOnlyASaltedHashOfTheToken()
    {
        var (org, token) = await _host.RegisterAsync();
        var tables = _host.Services.GetRequiredService<Azure.Data.Tables.TableServiceClient>().GetTableClient(ReportFunctions.Storage.StorageNames.OrganizationsTable);

        await foreach (var row in tables.QueryAsync<Azure.Data.Tables.TableEntity>(e => e.RowKey == org.Id))
            Assert.DoesNotContain(((IDictionary<string, object>)row).Values, v => v is string s && s.Contains(token));
    }

    [Fact]
    public async Task PutOrganization_KeepsItsReviewSetting_AndWithoutOneFollowsTheDefault()
    {
        var (reviewed, unset) = (TestHost.NewOrganizationId(), TestHost.NewOrganizationId());
        var functions = _host.Function<OrganizationFunctions>();
        var withReview = Body.Replace("\"kind\"", "\"requiresReview\": true, \"kind\"", StringComparison.Ordinal);

        var put = (ContentResult)await functions.PutOrganization(_host.JsonRequest("PUT", $"/api/manage/organizations/{reviewed}", withReview, Admin), reviewed, default);
        await functions.PutOrganization(_host.JsonRequest("PUT", $"/api/manage/organizations/{unset}", Body, Admin), unset, default);

        Assert.True((bool)JsonNode.Parse(put.Content!)!["requiresReview"]!);
        var registry = _host.Services.GetRequiredService<OrganizationRegistry>();
        Assert.True((await registry.GetAsync(reviewed, default))!.RequiresReview);
        Assert.Null((await registry.GetAsync(unset, default))!.RequiresReview);
    }

    private const string Body = """
        {"name": "大岚镇人民政府", "kind": "township", "contacts": ["office@dalan.example.gov.cn"],
         "deadlineOverride": "01-15", "supervisorEmail": "supervisor@ningbo.example.gov.cn"}
        """;

    private static int? Status(IActionResult result) => Assert.IsType<ContentResult>(result).StatusCode;

    private static string Token(IActionResult result) => (string)JsonNode.Parse(Assert.IsType<ContentResult>(result).Content!)!["token"]!;
}
