using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using ReportFunctions.Functions;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Functions;

[Collection(ServicesCollection.Name)]
public sealed class ListReportsFunctionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/api/reports")]
    [InlineData("/api/reports?year=twenty")]
    [InlineData("/api/reports?year=-2021")]
    public async Task ListReports_Returns400_WithoutAValidYear(string path)
    {
        var result = (ContentResult)await _host.Function<ListReportsFunction>().ListReports(_host.Request("GET", path), default);

        Assert.Equal(400, result.StatusCode);
        Assert.Equal("invalid-request", (string)JsonNode.Parse(result.Content!)!["code"]!);
    }

    [Fact]
    public async Task ListReports_ReturnsAnEmptyList_ForAYearWithoutReports()
    {
        var result = (ContentResult)await _host.Function<ListReportsFunction>().ListReports(_host.Request("GET", "/api/reports?year=2003"), default);

        Assert.Equal(200, result.StatusCode);
        Assert.Empty(JsonNode.Parse(result.Content!)!.AsArray());
    }
}
