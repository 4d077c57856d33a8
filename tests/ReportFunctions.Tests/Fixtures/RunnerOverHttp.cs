using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;
using ReportFunctions.LocalRunner.Hosting;
using ReportFunctions.Organizations;

namespace ReportFunctions.Tests.Fixtures;

/// <summary>
/// The local runner over real HTTP on the test Azurite and smtp4dev, as ./run.sh serves the app: its queues are
/// pumped in the background, so a submission goes all the way to its outcome and its e-mail.
/// </summary>
public sealed class RunnerOverHttp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunnerOverHttp(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
        Anonymous = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        Admin = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        Admin.DefaultRequestHeaders.Add("x-functions-key", TestHost.AdminKey);
    }

    public string BaseUrl { get; }

    /// <summary>A client with no key: a clerk's browser or a government website.</summary>
    public HttpClient Anonymous { get; }

    /// <summary>A client that sends the admin key: the supervising office's console.</summary>
    public HttpClient Admin { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<RunnerOverHttp> StartAsync(
        AzuriteFixture azurite, Smtp4devFixture smtp, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var port = FreePorts.Next();
        var baseUrl = $"http://127.0.0.1:{port}";
        var settings = TestHost.Settings(azurite);
        settings["Reports:PublicBaseUrl"] = baseUrl;
        settings["Smtp:Port"] = smtp.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            settings[key] = value;
        var app = LocalRunnerApp.Build(port, settings);
        await app.StartAsync();
        return new RunnerOverHttp(app, baseUrl);
    }

    /// <summary>Registers an organization with a unique id and contact address, and issues its token.</summary>
    public async Task<(OrganizationRecord Organization, string Token)> RegisterAsync(bool? requiresReview = null)
    {
        var registry = Services.GetRequiredService<OrganizationRegistry>();
        var id = TestHost.NewOrganizationId();
        var organization = new OrganizationRecord(
            id, "大岚镇人民政府", OrganizationKind.Township, [$"{id}@gk.example.gov.cn"], null, true, null, requiresReview);
        await registry.UpsertAsync(organization, CancellationToken.None);
        return (organization, await registry.IssueTokenAsync(id, CancellationToken.None));
    }

    /// <summary>Posts a report with the token and returns its submission id.</summary>
    public async Task<string> SubmitAsync(string json, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Org-Token", token);
        using var response = await Anonymous.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!;
    }

    /// <summary>The submission's status once the worker is done with it (no longer Received).</summary>
    public async Task<JsonNode> OutcomeAsync(string submissionId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var status = (await Anonymous.GetFromJsonAsync<JsonNode>($"/api/submissions/{submissionId}", timeout.Token))!;
            if ((string?)status["status"] != "Received")
                return status;
            await Task.Delay(100, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Anonymous.Dispose();
        Admin.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
