using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Azure;
using ReportFunctions.Http;
using ReportFunctions.LocalRunner.Hosting;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.LocalRunner;

/// <summary>Storage that cannot be reached: 503 with Retry-After and a problem document, not a bare 500.</summary>
public sealed class StorageOutageTests
{
    [Fact]
    public async Task ARequest_Answers503WithRetryAfter_WhenStorageGoesDownWhileTheAppRuns()
    {
        // An Azurite of this test's own, stopped once the app has started: every storage call is then refused.
        var azurite = await AzuriteProcess.StartAsync();
        var port = FreePorts.Next();
        var settings = TestHost.Settings(azurite.ConnectionString);
        await using var app = LocalRunnerApp.Build(port, settings);
        await app.StartAsync();
        azurite.Dispose();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };

        using var submit = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        submit.Headers.Add("X-Org-Token", "dalan-town.secret");
        using var response = await http.SendAsync(submit);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter!.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("storage-unavailable", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]!);
        await app.StopAsync();
    }

    [Fact]
    public void Is_TellsStorageOutagesFromOtherFailures()
    {
        Assert.True(StorageOutage.Is(new RequestFailedException(0, "connection refused")));
        Assert.True(StorageOutage.Is(new RequestFailedException(503, "server busy")));
        Assert.True(StorageOutage.Is(new AggregateException(new RequestFailedException(0, "a"), new HttpRequestException("b"))));
        Assert.False(StorageOutage.Is(new RequestFailedException(409, "conflict")));
        Assert.False(StorageOutage.Is(new RequestFailedException(404, "not found")));
        Assert.False(StorageOutage.Is(new AggregateException(new RequestFailedException(0, "a"), new InvalidOperationException())));
        Assert.False(StorageOutage.Is(new InvalidOperationException()));
    }
}
