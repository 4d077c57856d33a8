using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using MsOptions = Microsoft.Extensions.Options.Options;
using ReportFunctions.Email;
using ReportFunctions.Functions;
using ReportFunctions.Publishing;
using ReportFunctions.Storage;
using ReportFunctions.Submissions;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Submissions;

[Collection(ServicesCollection.Name)]
public sealed class SubmissionProcessingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private SubmissionStore Store => _host.Services.GetRequiredService<SubmissionStore>();

    private BlobContainerClient Reports => _host.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(StorageNames.ReportsContainer);

    [Fact]
    public async Task ProcessSubmission_PublishesTheVersionTheCurrentPdfAndTheReportJson_AndTheStatusSaysWhere()
    {
        var (org, token) = await _host.RegisterAsync();
        var id = await SubmitAsync(SampleReports.SeedJson(org.Id), token);

        Assert.Equal(1, await _host.DrainAsync());

        var status = await StatusAsync(id);
        Assert.Equal("Published", (string)status["status"]!);
        Assert.Equal($"{TestHost.PublicBaseUrl}/api/reports/2021/{org.Id}.pdf", (string)status["url"]!);
        Assert.Equal(1, (int)status["version"]!);
        Assert.True((int)status["pages"]! >= 3);
        var current = (await Reports.GetBlobClient($"2021/{org.Id}.pdf").DownloadContentAsync()).Value;
        var version = (await Reports.GetBlobClient($"2021/{org.Id}/v1.pdf").DownloadContentAsync()).Value;
        Assert.Equal(current.Content.ToArray(), version.Content.ToArray());
        Assert.Equal((string)status["sha256"]!, Convert.ToHexStringLower(SHA256.HashData(version.Content.ToArray())));
        Assert.Equal((long)status["bytes"]!, version.Content.ToArray().LongLength);
        Assert.StartsWith("%PDF", version.Content.ToString()[..4]);
        Assert.Equal("application/pdf", current.Details.ContentType);
        Assert.Equal(
            "inline; filename=\"report.pdf\"; filename*=UTF-8''" + Uri.EscapeDataString("大岚镇人民政府2021年政府信息公开工作年度报告.pdf"),
            current.Details.ContentDisposition);
        Assert.Contains("max-age", current.Details.CacheControl);
        Assert.Contains("immutable", version.Details.CacheControl);
        Assert.True(await Reports.GetBlobClient($"2021/{org.Id}/v1.json").ExistsAsync());
    }

    [Fact]
    public async Task ProcessSubmission_RejectsWithEveryError_AndPublishesNothing()
    {
        var (org, token) = await _host.RegisterAsync();
        var id = await SubmitAsync(SampleReports.InvalidJson(org.Id), token);

        await _host.DrainAsync();

        var status = await StatusAsync(id);
        Assert.Equal("Rejected", (string)status["status"]!);
        Assert.Null(status["url"]);
        Assert.Contains(status["errors"]!.AsArray(), e => (string)e!["code"]! == "row-total" && (string)e["severity"]! == "error");
        Assert.False(await Reports.GetBlobClient($"2021/{org.Id}.pdf").ExistsAsync());
    }

    [Fact]
    public async Task ProcessSubmission_DeliveredTwice_GivesOneVersionOneBlobAndOneRow()
    {
        var (org, token) = await _host.RegisterAsync();
        var id = await SubmitAsync(SampleReports.SeedJson(org.Id), token);
        var message = Message(id);
        var function = _host.Function<ProcessSubmissionFunction>();

        await function.ProcessSubmission(message, default);
        await function.ProcessSubmission(message, default);
        await _host.DrainAsync();

        Assert.Equal(1, (int)(await StatusAsync(id))["version"]!);
        var blobs = new List<string>();
        await foreach (var blob in Reports.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, $"2021/{org.Id}", default))
            blobs.Add(blob.Name);
        Assert.Equal([$"2021/{org.Id}.html", $"2021/{org.Id}.pdf", $"2021/{org.Id}/v1-page1.png", $"2021/{org.Id}/v1.html", $"2021/{org.Id}/v1.json", $"2021/{org.Id}/v1.pdf"], blobs.Order(StringComparer.Ordinal));
        var listing = await _host.Services.GetRequiredService<PublishedReportIndex>().ListAsync(2021, default);
        Assert.Single(listing, r => r.OrganizationId == org.Id);
    }

    [Fact]
    public async Task ProcessSubmission_ConcurrentDeliveriesOfOneMessage_StillGiveOneVersion()
    {
        var (org, token) = await _host.RegisterAsync();
        var id = await SubmitAsync(SampleReports.SeedJson(org.Id), token);
        var message = Message(id);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            try
            {
                await _host.Function<ProcessSubmissionFunction>().ProcessSubmission(message, default);
                return true;
            }
            catch (Azure.RequestFailedException)
            {
                return false;
            }
        }));
        await _host.DrainAsync();

        Assert.Contains(true, attempts);
        Assert.Equal("Published", (string)(await StatusAsync(id))["status"]!);
        Assert.Equal(1, (int)(await StatusAsync(id))["version"]!);
        Assert.False(await Reports.GetBlobClient($"2021/{org.Id}/v2.pdf").ExistsAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ProcessSubmission_RedeliveredAfterACrashBetweenStatusAndNotification_QueuesTheOutcomeEmailOnce(bool valid)
    {
        var (org, token) = await _host.RegisterAsync();
        var id = await SubmitAsync(valid ? SampleReports.SeedJson(org.Id) : SampleReports.InvalidJson(org.Id), token);
        // The first delivery writes the outcome, then dies before the e-mail is on the outbox (here: its outbox
        // queue does not exist, so enqueueing throws right after the status row is written).
        var queues = _host.Services.GetRequiredService<QueueServiceClient>();
        var deadOutbox = new EmailOutbox(queues, MsOptions.Create(new QueueOptions { EmailOutbox = $"missing-{Guid.NewGuid():n}" }));
        var crashing = ActivatorUtilities.CreateInstance<SubmissionProcessor>(_host.Services,
            ActivatorUtilities.CreateInstance<SubmissionNotifier>(_host.Services, deadOutbox));
        await Assert.ThrowsAsync<Azure.RequestFailedException>(() => crashing.ProcessAsync(Message(id), default));
        Assert.Equal(valid ? "Published" : "Rejected", (string)(await StatusAsync(id))["status"]!);
        var outbox = queues.GetQueueClient(_host.Configuration["Queues:EmailOutbox"]);
        Assert.Empty((await outbox.PeekMessagesAsync(32)).Value);

        await _host.Function<ProcessSubmissionFunction>().ProcessSubmission(Message(id, dequeueCount: 2), default);

        var queued = (await outbox.PeekMessagesAsync(32)).Value.Select(m => EmailOutbox.Parse(m.Body)).ToList();
        var email = Assert.Single(queued);
        Assert.Equal(valid ? $"published-{org.Id}-2021-v1" : $"rejected-{id}", email.Id);
        Assert.Equal(org.Contacts, email.To);
        Assert.Contains(valid ? $"{TestHost.PublicBaseUrl}/api/reports/2021/{org.Id}.pdf" : $"{TestHost.PublicBaseUrl}/api/submissions/{id}", email.Text);
        if (!valid)
        {
            // The findings in Chinese only: no stable codes, no JSON paths (the status page has them).
            Assert.Contains("错误：", email.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("row-total", email.Text + email.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ANewSubmissionForTheSameYear_IsACorrection_VersionTwoKeepsVersionOne_AndTheListingShowsWhenItWasCorrected()
    {
        var (org, token) = await _host.RegisterAsync();
        var first = await SubmitAsync(SampleReports.SeedJson(org.Id), token);
        await _host.DrainAsync();
        var listing = _host.Services.GetRequiredService<PublishedReportIndex>();
        Assert.Null((await listing.ListAsync(2021, default)).Single(r => r.OrganizationId == org.Id).CorrectedAt);

        var second = await SubmitAsync(SampleReports.SeedJson(org.Id, r => r["title"] = "大岚镇人民政府2021年政府信息公开工作年度报告（更正）"), token);
        await _host.DrainAsync();

        Assert.Equal(1, (int)(await StatusAsync(first))["version"]!);
        Assert.Equal(2, (int)(await StatusAsync(second))["version"]!);
        Assert.True(await Reports.GetBlobClient($"2021/{org.Id}/v1.pdf").ExistsAsync());
        Assert.True(await Reports.GetBlobClient($"2021/{org.Id}/v2.pdf").ExistsAsync());
        var entry = (await listing.ListAsync(2021, default)).Single(r => r.OrganizationId == org.Id);
        Assert.Equal(2, entry.Version);
        Assert.EndsWith("（更正）", entry.Title);
        Assert.NotNull(entry.CorrectedAt);
        Assert.True(entry.CorrectedAt > entry.PublishedAt);
        var current = (await Reports.GetBlobClient($"2021/{org.Id}.pdf").DownloadContentAsync()).Value.Content.ToArray();
        var v2 = (await Reports.GetBlobClient($"2021/{org.Id}/v2.pdf").DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(v2, current);
    }

    [Fact]
    public async Task AnOlderCorrectionFinishingLate_NeverReplacesANewerOneAtTheStableUrl()
    {
        var (org, token) = await _host.RegisterAsync();
        var first = await SubmitAsync(SampleReports.SeedJson(org.Id), token);
        var second = await SubmitAsync(SampleReports.SeedJson(org.Id, r => r["title"] = "大岚镇人民政府2021年政府信息公开工作年度报告（更正）"), token);
        // The first correction is held just before it writes the current PDF, after it decided it may.
        var gate = new CurrentPdfGate($"/{StorageNames.ReportsContainer}/2021/{org.Id}.pdf");
        var options = new BlobClientOptions();
        options.AddPolicy(gate, Azure.Core.HttpPipelinePosition.PerCall);
        var heldBlobs = new BlobServiceClient(azurite.ConnectionString, options);
        var heldPublisher = ActivatorUtilities.CreateInstance<ReportPublisher>(_host.Services, heldBlobs);
        var held = ActivatorUtilities.CreateInstance<SubmissionProcessor>(_host.Services,
            ActivatorUtilities.CreateInstance<SubmissionPublishing>(_host.Services, heldPublisher));

        var late = held.ProcessAsync(Message(first), default);
        await gate.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await _host.Function<ProcessSubmissionFunction>().ProcessSubmission(Message(second), default);
        gate.Release.SetResult();
        await late;

        Assert.Equal(1, (int)(await StatusAsync(first))["version"]!);
        Assert.Equal(2, (int)(await StatusAsync(second))["version"]!);
        var current = (await Reports.GetBlobClient($"2021/{org.Id}.pdf").DownloadContentAsync()).Value.Content.ToArray();
        var v2 = (await Reports.GetBlobClient($"2021/{org.Id}/v2.pdf").DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(v2, current);
        var currentHtml = (await Reports.GetBlobClient($"2021/{org.Id}.html").DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("（更正）", currentHtml, StringComparison.Ordinal);
        Assert.Equal((await Reports.GetBlobClient($"2021/{org.Id}/v2.html").DownloadContentAsync()).Value.Content.ToString(), currentHtml);
        // The late version is not current but is in the history the column shows.
        var listed = (await _host.Services.GetRequiredService<PublishedReportIndex>().ListWithVersionsAsync(2021, default)).Single(r => r.Report.OrganizationId == org.Id);
        Assert.Equal(2, listed.Report.Version);
        Assert.Equal([1, 2], listed.Versions.Select(v => v.Version));
    }

    [Fact]
    public async Task ARejectionWithManyFindings_IsStoredAsRejected_NotFailed()
    {
        var (org, token) = await _host.RegisterAsync();
        // 300 paragraphs, each with a character no bundled font draws: one finding per paragraph.
        var id = await SubmitAsync(SampleReports.SeedJson(org.Id, r =>
            r["overview"] = new JsonArray(new JsonObject
            {
                ["heading"] = "（一）加强领导保障",
                ["paragraphs"] = new JsonArray(Enumerable.Range(1, 300).Select(i => (JsonNode)JsonValue.Create($"第{i}段说明本机关政府信息公开工作的情况\U0001F600。")!).ToArray()),
            })), token);

        await _host.Function<ProcessSubmissionFunction>().ProcessSubmission(Message(id), default);

        var status = await StatusAsync(id);
        Assert.Equal("Rejected", (string)status["status"]!);
        Assert.Contains(status["errors"]!.AsArray(), e => (string)e!["code"]! == "unsupported-character");
    }

    /// <summary>Holds the first PUT of one blob until released.</summary>
    private sealed class CurrentPdfGate(string path) : Azure.Core.Pipeline.HttpPipelinePolicy
    {
        private int _held;

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Process(Azure.Core.HttpMessage message, ReadOnlyMemory<Azure.Core.Pipeline.HttpPipelinePolicy> pipeline) =>
            ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

        public override async ValueTask ProcessAsync(Azure.Core.HttpMessage message, ReadOnlyMemory<Azure.Core.Pipeline.HttpPipelinePolicy> pipeline)
        {
            if (message.Request.Method == Azure.Core.RequestMethod.Put && message.Request.Uri.Path.EndsWith(path, StringComparison.Ordinal)
                && Interlocked.Exchange(ref _held, 1) == 0)
            {
                Reached.SetResult();
                await Release.Task;
            }
            await ProcessNextAsync(message, pipeline);
        }
    }

    [Fact]
    public async Task ProcessSubmission_ChecksCarryOverAgainstThePublishedPreviousYear()
    {
        var (org, token) = await _host.RegisterAsync();
        // 2020 ends with one application carried forward; the 2021 seed carries over none (R6, a warning).
        await SubmitAsync(SampleReports.SeedJson(org.Id, r =>
        {
            r["year"] = 2020;
            r["title"] = null;
            r["signature"]!["date"] = "2020-12-31";
            foreach (var row in new[] { "newlyReceived", "carriedForward" })
            {
                r["applications"]![row]!["naturalPerson"] = 1;
                r["applications"]![row]!["total"] = 1;
            }
        }), token);
        await _host.DrainAsync();

        var id = await SubmitAsync(SampleReports.SeedJson(org.Id), token);
        await _host.DrainAsync();

        var status = await StatusAsync(id);
        Assert.Equal("Published", (string)status["status"]!);
        Assert.Contains(status["errors"]!.AsArray(), e => (string)e!["code"]! == "carry-over" && (string)e["severity"]! == "warning");
    }

    [Fact]
    public async Task AMessageThatFailsFiveTimes_GoesToThePoisonQueue_AndTheSubmissionBecomesFailed_WithAChineseReasonAndNoInternalDetail()
    {
        var (org, token) = await _host.RegisterAsync();
        var id = await SubmitAsync(SampleReports.SeedJson(org.Id), token);
        var row = await Store.GetAsync(id, default);
        // The stored body vanishing makes every attempt fail.
        await _host.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(StorageNames.SubmissionsContainer)
            .DeleteBlobAsync(row!.BlobName);

        await _host.DrainAsync();

        var status = await StatusAsync(id);
        Assert.Equal("Failed", (string)status["status"]!);
        var reason = (string)status["reason"]!;
        Assert.Contains("未能发布", reason);
        Assert.Contains($"错误编号 {id}", reason);
        Assert.DoesNotContain("BlobNotFound", reason);
        Assert.DoesNotContain("Status", reason);
        var failed = await Store.GetAsync(id, default);
        Assert.Equal(5, failed!.Attempts);
        var queues = _host.Services.GetRequiredService<QueueServiceClient>();
        Assert.Equal(0, (await queues.GetQueueClient(_host.SubmissionsQueue).GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Equal(0, (await queues.GetQueueClient(_host.SubmissionsQueue + "-poison").GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task CorruptMessages_NeverStopTheWorker()
    {
        var (org, token) = await _host.RegisterAsync();
        var raw = QueueDrainerRaw();
        await raw.SendMessageAsync("this is not base64 !!!");
        await raw.SendMessageAsync(Convert.ToBase64String("not json"u8.ToArray()));
        await raw.SendMessageAsync(Convert.ToBase64String("""{"submissionId":"0123456789abcdef0123456789abcdef"}"""u8.ToArray()));
        var id = await SubmitAsync(SampleReports.SeedJson(org.Id), token);

        await _host.DrainAsync();

        Assert.Equal("Published", (string)(await StatusAsync(id))["status"]!);
        var queues = _host.Services.GetRequiredService<QueueServiceClient>();
        Assert.Equal(0, (await queues.GetQueueClient(_host.SubmissionsQueue).GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task GetSubmission_Returns404_ForAnUnknownOrMalformedId()
    {
        foreach (var id in new[] { "0123456789abcdef0123456789abcdef", "../x", "NOT-AN-ID" })
        {
            var result = (ContentResult)await _host.Function<SubmissionStatusFunction>().GetSubmission(_host.Request("GET", $"/api/submissions/{id}"), id, default);
            Assert.Equal(404, result.StatusCode);
        }
    }

    private QueueClient QueueDrainerRaw() =>
        ReportFunctions.LocalRunner.Queues.QueueDrainer.RawClient(azurite.ConnectionString).GetQueueClient(_host.SubmissionsQueue);

    private static QueueMessage Message(string id, long dequeueCount = 1) => QueuesModelFactory.QueueMessage(
        Guid.NewGuid().ToString(), "pop", BinaryData.FromString($$"""{"submissionId":"{{id}}"}"""), dequeueCount);

    private async Task<string> SubmitAsync(string json, string token)
    {
        var result = (ContentResult)await _host.Function<SubmitReportFunction>().SubmitReport(
            _host.JsonRequest("POST", "/api/reports", json, new Dictionary<string, string> { ["X-Org-Token"] = token }), default);
        Assert.Equal(202, result.StatusCode);
        return (string)JsonNode.Parse(result.Content!)!["id"]!;
    }

    private async Task<JsonNode> StatusAsync(string id)
    {
        var result = (ContentResult)await _host.Function<SubmissionStatusFunction>().GetSubmission(_host.Request("GET", $"/api/submissions/{id}"), id, default);
        Assert.Equal(200, result.StatusCode);
        return JsonNode.Parse(result.Content!)!;
    }
}
