using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ReportFunctions.Functions;
using ReportFunctions.Publishing;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Functions;

/// <summary>What the PDF routes ask of storage: properties for HEAD and 304, only the range for a Range request.</summary>
[Collection(ServicesCollection.Name)]
public sealed class ReportDocumentFunctionsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestHost _host = null!;
    private StorageRequests _storage = null!;
    private ReportDocumentFunctions _functions = null!;
    private string _orgId = "";
    private byte[] _pdf = [];

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(azurite);
        var (org, token) = await _host.RegisterAsync();
        _orgId = org.Id;
        var submitted = (ContentResult)await _host.Function<SubmitReportFunction>().SubmitReport(
            _host.JsonRequest("POST", "/api/reports", SampleReports.SeedJson(_orgId), new Dictionary<string, string> { ["X-Org-Token"] = token }), default);
        Assert.Equal(202, submitted.StatusCode);
        Assert.Equal(1, await _host.DrainAsync());
        _pdf = (await _host.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient("reports")
            .GetBlobClient($"2021/{_orgId}.pdf").DownloadContentAsync()).Value.Content.ToArray();

        // The same index the app uses, over a client that records every request it sends.
        _storage = new StorageRequests();
        var options = new BlobClientOptions();
        options.AddPolicy(_storage, HttpPipelinePosition.PerCall);
        var index = ActivatorUtilities.CreateInstance<PublishedReportIndex>(_host.Services, new BlobServiceClient(azurite.ConnectionString, options));
        _functions = new ReportDocumentFunctions(index);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Head_ReadsOnlyTheProperties_AndAnswersTheLengthAndHeaders()
    {
        var (status, headers, body) = await GetAsync("HEAD");

        Assert.Equal(200, status);
        Assert.Empty(body);
        Assert.Equal(_pdf.LongLength, headers.ContentLength);
        Assert.Equal("application/pdf", headers.ContentType);
        Assert.Equal("bytes", headers.AcceptRanges);
        Assert.Equal("public, max-age=300", headers.CacheControl);
        Assert.StartsWith("inline; filename=\"report.pdf\"; filename*=UTF-8''", headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        Assert.Equal(["HEAD"], _storage.Methods);
    }

    [Fact]
    public async Task IfNoneMatch_WithTheCurrentETag_Is304_FromOnePropertiesRequest()
    {
        var etag = (await GetAsync("HEAD")).Headers.ETag.ToString();
        _storage.Clear();

        var (status, headers, body) = await GetAsync("GET", new() { ["If-None-Match"] = etag });

        Assert.Equal(304, status);
        Assert.Empty(body);
        Assert.Equal(etag, headers.ETag.ToString());
        Assert.Equal(["HEAD"], _storage.Methods);
    }

    [Fact]
    public async Task IfModifiedSince_NotBeforeLastModified_Is304_FromOnePropertiesRequest()
    {
        var lastModified = (await GetAsync("HEAD")).Headers.LastModified.ToString();
        _storage.Clear();

        var (status, _, _) = await GetAsync("GET", new() { ["If-Modified-Since"] = lastModified });

        Assert.Equal(304, status);
        Assert.Equal(["HEAD"], _storage.Methods);
    }

    [Fact]
    public async Task IfNoneMatch_WithAnotherETag_IsTheWholePdf()
    {
        var (status, _, body) = await GetAsync("GET", new() { ["If-None-Match"] = "\"0x8D000000000000\"" });

        Assert.Equal(200, status);
        Assert.Equal(_pdf, body);
        Assert.Equal(["HEAD", "GET"], _storage.Methods);
        Assert.Null(_storage.Ranges[1]);
    }

    [Fact]
    public async Task IfMatch_WithAnotherETag_Is412_WithoutADownload()
    {
        var (status, _, body) = await GetAsync("GET", new() { ["If-Match"] = "\"0x8D000000000000\"" });

        Assert.Equal(412, status);
        Assert.Empty(body);
        Assert.Equal(["HEAD"], _storage.Methods);
    }

    [Fact]
    public async Task ARange_Is206_ReadingOnlyThatRangeFromStorage()
    {
        var (status, headers, body) = await GetAsync("GET", new() { ["Range"] = "bytes=100-199" });

        Assert.Equal(206, status);
        Assert.Equal(_pdf[100..200], body);
        Assert.Equal($"bytes 100-199/{_pdf.Length}", headers.ContentRange.ToString());
        Assert.Equal(100, headers.ContentLength);
        Assert.Equal(["HEAD", "GET"], _storage.Methods);
        Assert.Equal("bytes=100-199", _storage.Ranges[1]);
        Assert.Equal(100, _storage.ResponseLengths[1]);
    }

    [Fact]
    public async Task ASuffixRange_IsTheLastBytes()
    {
        var (status, headers, body) = await GetAsync("GET", new() { ["Range"] = "bytes=-16" });

        Assert.Equal(206, status);
        Assert.Equal(_pdf[^16..], body);
        Assert.Equal($"bytes {_pdf.Length - 16}-{_pdf.Length - 1}/{_pdf.Length}", headers.ContentRange.ToString());
    }

    [Fact]
    public async Task ARangeBeyondTheEnd_Is416_WithTheLength_AndNothingDownloaded()
    {
        var (status, headers, body) = await GetAsync("GET", new() { ["Range"] = $"bytes={_pdf.Length}-" });

        Assert.Equal(416, status);
        Assert.Empty(body);
        Assert.Equal($"bytes */{_pdf.Length}", headers.ContentRange.ToString());
        Assert.Equal(["HEAD"], _storage.Methods);
    }

    [Fact]
    public async Task ARangeWithAnIfRangeOfAnotherVersion_IsTheWholePdf()
    {
        var (status, _, body) = await GetAsync("GET", new() { ["Range"] = "bytes=0-9", ["If-Range"] = "\"0x8D000000000000\"" });

        Assert.Equal(200, status);
        Assert.Equal(_pdf, body);
    }

    [Fact]
    public async Task AFullGet_StreamsTheBlobInOneDownload()
    {
        var (status, headers, body) = await GetAsync("GET", version: 1);

        Assert.Equal(200, status);
        Assert.Equal(_pdf, body);
        Assert.Equal("public, max-age=31536000, immutable", headers.CacheControl);
        Assert.Equal(["HEAD", "GET"], _storage.Methods);
    }

    [Fact]
    public async Task AMissingVersion_Is404_AfterOnePropertiesRequest()
    {
        var (status, _, _) = await GetAsync("GET", version: 9);

        Assert.Equal(404, status);
        Assert.Equal(["HEAD"], _storage.Methods);
    }

    private async Task<(int Status, IHeaderDictionary Headers, byte[] Body)> GetAsync(string method, Dictionary<string, string>? headers = null, int? version = null)
    {
        var path = version is { } v ? $"/api/reports/2021/{_orgId}/v{v}.pdf" : $"/api/reports/2021/{_orgId}.pdf";
        var request = _host.Request(method, path, headers: headers);
        var result = version is { } n
            ? await _functions.GetReportPdfVersion(request, 2021, _orgId, n, default)
            : await _functions.GetReportPdf(request, 2021, _orgId, default);
        var context = request.HttpContext;
        // Errors are problem+json ContentResults, whose executor lives in the Functions host's MVC services.
        if (result is ContentResult problem)
            return (problem.StatusCode ?? 200, context.Response.Headers, []);
        using var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        return (context.Response.StatusCode, context.Response.Headers, body.ToArray());
    }

    /// <summary>Every blob request: its method, its x-ms-range and the length of the answer's body.</summary>
    private sealed class StorageRequests : HttpPipelinePolicy
    {
        private readonly ConcurrentQueue<(string Method, string? Range, long? Length)> _requests = new();

        public IReadOnlyList<string> Methods => _requests.Select(r => r.Method).ToList();

        public IReadOnlyList<string?> Ranges => _requests.Select(r => r.Range).ToList();

        public IReadOnlyList<long?> ResponseLengths => _requests.Select(r => r.Length).ToList();

        public void Clear() => _requests.Clear();

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            ProcessNext(message, pipeline);
            Record(message);
        }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            Record(message);
        }

        private void Record(HttpMessage message) => _requests.Enqueue((
            message.Request.Method.Method,
            message.Request.Headers.TryGetValue("x-ms-range", out var range) ? range : null,
            message.Response.Headers.ContentLength));
    }
}
