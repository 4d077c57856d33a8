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
    public async Task ValidateReport_WarnsLate_AgainstTheRegisteredOrganizationsDeadline()
    {
        var (org, _) = await _host.RegisterAsync();
        var signedLate = (string id) => SampleReports.SeedJson(id, r => r["signature"]!["date"] = "2022-02-10");

        var registered = JsonNode.Parse(((ContentResult)await _host.Function<ValidateReportFunction>().ValidateReport(
            _host.JsonRequest("POST", "/api/reports/validate", signedLate(org.Id)), default)).Content!)!;
        var unregistered = JsonNode.Parse(((ContentResult)await _host.Function<ValidateReportFunction>().ValidateReport(
            _host.JsonRequest("POST", "/api/reports/validate", signedLate(TestHost.NewOrganizationId())), default)).Content!)!;

        // A township's report for 2021 is due on 2022-01-31 (条例 第四十九条 as the registry applies it).
        var late = Assert.Single(registered["errors"]!.AsArray(), e => (string)e!["code"]! == "late")!;
        Assert.Equal("warning", (string)late["severity"]!);
        Assert.Contains("10", (string)late["message"]!);
        Assert.DoesNotContain(unregistered["errors"]!.AsArray(), e => (string)e!["code"]! == "late");
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

    [Theory]
    [InlineData(5_000)]
    [InlineData(500_000)]
    public async Task ValidateReport_OfBodiesOfMistakes_AnswersNoLargerThanAFewValidReports(int wrongParagraphs)
    {
        var seed = SampleReports.SeedJson(TestHost.NewOrganizationId());
        var json = SampleReports.SeedJson(TestHost.NewOrganizationId(), r => r["overview"] = new JsonArray([.. Enumerable.Repeat(0, wrongParagraphs).Select(n => (JsonNode)n)]));
        Assert.InRange(json.Length, 0, 1_048_576);

        var result = Assert.IsType<ContentResult>(await _host.Function<ValidateReportFunction>().ValidateReport(
            _host.JsonRequest("POST", "/api/reports/validate", json), default));

        var body = JsonNode.Parse(result.Content!)!;
        Assert.False((bool)body["valid"]!);
        var errors = body["errors"]!.AsArray();
        if (wrongParagraphs > Core.Reading.ReportReader.MaxValues)
            Assert.Equal("too-many-values", (string)Assert.Single(errors)!["code"]!);
        else
        {
            Assert.True((bool)body["truncated"]!);
            Assert.Equal(Core.Reading.ReportReader.MaxErrors, errors.Count);
        }
        Assert.InRange(result.Content!.Length, 0, 4 * seed.Length);
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
