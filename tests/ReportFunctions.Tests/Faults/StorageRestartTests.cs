using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;
using ReportFunctions.LocalRunner.Hosting;
using ReportFunctions.Organizations;
using ReportFunctions.Publishing;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Faults;

/// <summary>
/// Storage stopped during a run of submissions and started again on the same ports with the same data (on-disk
/// Azurite), under the app as ./run.sh serves it: every submission answered 202 ends Published, each once; those sent
/// during the outage were refused with 503, so none is lost silently.
/// </summary>
public sealed class StorageRestartTests : IDisposable
{
    private const int Submissions = 12;
    private readonly string _data = Directory.CreateTempSubdirectory("azurite-restart-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task SubmissionsAcrossAStorageRestart_EndWithEveryAcceptedOnePublishedOnce_AndTheRestRefusedWith503()
    {
        var azurite = await AzuriteProcess.StartAsync(_data);
        var ports = (azurite.BlobPort, azurite.QueuePort, azurite.TablePort);
        var port = FreePorts.Next();
        var settings = TestHost.Settings(azurite.ConnectionString);
        settings["Reports:PublicBaseUrl"] = $"http://127.0.0.1:{port}";
        await using var app = LocalRunnerApp.Build(port, settings);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(120) };
        var registry = app.Services.GetRequiredService<OrganizationRegistry>();
        var organizations = new List<(string Id, string Token)>();
        for (var i = 0; i < Submissions; i++)
        {
            var id = TestHost.NewOrganizationId();
            await registry.UpsertAsync(new OrganizationRecord(id, "大岚镇人民政府", OrganizationKind.Township, [], null, true, null), CancellationToken.None);
            organizations.Add((id, await registry.IssueTokenAsync(id, CancellationToken.None)));
        }

        // The first third is sent and published before the outage, the second sent during it, the last after storage is
        // back. (A message taken from the queue just before an outage waits out its 5-minute lease, as in the host:
        // docs/reliability.md.)
        var answers = new List<(string OrgId, HttpStatusCode Status, string? StatusUrl)>();
        foreach (var (id, token) in organizations.Take(Submissions / 3))
            answers.Add(await SubmitAsync(http, id, token));
        foreach (var (_, _, statusUrl) in answers)
            Assert.Equal("Published", await FinalStatusAsync(http, statusUrl!));
        azurite.Stop();
        answers.AddRange(await Task.WhenAll(organizations.Skip(Submissions / 3).Take(Submissions / 3).Select(o => SubmitAsync(http, o.Id, o.Token))));
        using var restarted = await AzuriteProcess.StartAsync(_data, ports);
        foreach (var (id, token) in organizations.Skip(2 * (Submissions / 3)))
            answers.Add(await SubmitAsync(http, id, token));

        Assert.All(answers, a => Assert.Contains(a.Status, new[] { HttpStatusCode.Accepted, HttpStatusCode.ServiceUnavailable }));
        Assert.All(answers.Take(Submissions / 3).Concat(answers.Skip(2 * (Submissions / 3))), a => Assert.Equal(HttpStatusCode.Accepted, a.Status));
        var accepted = answers.Where(a => a.Status == HttpStatusCode.Accepted).ToList();
        foreach (var (_, _, statusUrl) in accepted)
            Assert.Equal("Published", await FinalStatusAsync(http, statusUrl!));
        var published = await app.Services.GetRequiredService<PublishedReportIndex>().ListAsync(2021, CancellationToken.None);
        foreach (var (orgId, _, _) in accepted)
        {
            // Published once: its first version is the current one (a second publication would have made it 2).
            var entry = Assert.Single(published, e => e.OrganizationId == orgId);
            Assert.Equal(1, entry.Version);
            Assert.Null(entry.CorrectedAt);
        }
        await app.StopAsync();
    }

    private static async Task<(string, HttpStatusCode, string?)> SubmitAsync(HttpClient http, string orgId, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports")
        {
            Content = new StringContent(SampleReports.SeedJson(orgId), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Org-Token", token);
        using var response = await http.SendAsync(request);
        return (orgId, response.StatusCode, response.Headers.Location?.ToString());
    }

    private static async Task<string> FinalStatusAsync(HttpClient http, string statusUrl)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var status = (string)(await http.GetFromJsonAsync<JsonNode>(statusUrl))!["status"]!;
            if (status is not ("Received" or "Processing") || DateTime.UtcNow > deadline)
                return status;
            await Task.Delay(200);
        }
    }
}
