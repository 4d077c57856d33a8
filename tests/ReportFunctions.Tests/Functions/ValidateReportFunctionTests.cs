using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using ReportFunctions.Functions;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Functions;

[Collection(ServicesCollection.Name)]
public sealed class ValidateReportFunctionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ValidateReport_Returns200Valid_ForTheSeed_WithItsWarnings()
    {
        var result = Assert.IsType<ContentResult>(await _host.Function<ValidateReportFunction>().ValidateReport(
            _host.JsonRequest("POST", "/api/reports/validate", SampleReports.SeedJson(TestHost.NewOrganizationId())), default));

        Assert.Equal(200, result.StatusCode);
        var body = JsonNode.Parse(result.Content!)!;
        Assert.True((bool)body["valid"]!);
        Assert.All(body["errors"]!.AsArray(), e => Assert.Equal("warning", (string)e!["severity"]!));
    }

    [Fact]
    public async Task ValidateReport_Returns200Invalid_WithEveryRuleFinding_AndStoresNothing()
    {
        var result = Assert.IsType<ContentResult>(await _host.Function<ValidateReportFunction>().ValidateReport(
            _host.JsonRequest("POST", "/api/reports/validate", SampleReports.InvalidJson(TestHost.NewOrganizationId())), default));

        Assert.Equal(200, result.StatusCode);
        var body = JsonNode.Parse(result.Content!)!;
        Assert.False((bool)body["valid"]!);
        Assert.Contains(body["errors"]!.AsArray(), e => (string)e!["code"]! == "row-total" && (string)e["path"]! == "applications.newlyReceived.total");
        Assert.Equal(0, await _host.DrainAsync());
    }

    [Fact]
    public async Task ValidateReport_Returns200Invalid_WithReaderErrors_ForJsonThatDoesNotFitTheContract()
    {
        var json = SampleReports.SeedJson(TestHost.NewOrganizationId(), r => r["year"] = "二〇二一");

        var result = Assert.IsType<ContentResult>(await _host.Function<ValidateReportFunction>().ValidateReport(
            _host.JsonRequest("POST", "/api/reports/validate", json), default));

        var body = JsonNode.Parse(result.Content!)!;
        Assert.False((bool)body["valid"]!);
        Assert.Contains(body["errors"]!.AsArray(), e => (string)e!["path"]! == "year");
    }

    [Fact]
    public async Task ValidateReport_Returns400_ForMalformedJson()
    {
        var result = Assert.IsType<ContentResult>(await _host.Function<ValidateReportFunction>().ValidateReport(
            _host.JsonRequest("POST", "/api/reports/validate", "{\"year\": "), default));

        Assert.Equal(400, result.StatusCode);
        Assert.Equal("malformed-json", (string)JsonNode.Parse(result.Content!)!["code"]!);
    }
}
