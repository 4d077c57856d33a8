using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Http;
using ReportFunctions.LocalRunner.Hosting;
using ReportFunctions.Organizations;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Browser;

/// <summary>
/// The app as ./run.sh serves it (the local runner on a free port, queues drained by its polling service) over its own
/// Azurite and smtp4dev, and Debian's Chromium driven by Playwright. Fails loudly when Chromium is missing:
/// .ci/run installs it with apt, so browser tests are never silently skipped.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium package; CHROMIUM_PATH overrides it.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>The phone viewport of the issues' checks (390 px wide).</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };

    private WebApplication? _app;
    private IPlaywright? _playwright;

    public AzuriteFixture Azurite { get; } = new();

    public Smtp4devFixture Smtp { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public IBrowser Chromium { get; private set; } = null!;

    public IServiceProvider Services => (_app ?? throw new InvalidOperationException("The app has not been started.")).Services;

    /// <summary>An HTTP client on the app, for setting up what the pages then show (as a program would).</summary>
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}: install Debian's chromium (.ci/run does), or set CHROMIUM_PATH.");
        await Task.WhenAll(Azurite.InitializeAsync(), Smtp.InitializeAsync());
        var port = FreePorts.Next();
        BaseUrl = $"http://127.0.0.1:{port}";
        var settings = TestHost.Settings(Azurite);
        settings["Reports:PublicBaseUrl"] = BaseUrl;
        settings["Smtp:Port"] = Smtp.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _app = LocalRunnerApp.Build(port, settings);
        await _app.StartAsync();
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
            await Chromium.DisposeAsync();
        _playwright?.Dispose();
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await Smtp.DisposeAsync();
        await Azurite.DisposeAsync();
    }

    /// <summary>A fresh browser context (its own storage, like a new browser profile) and a page in it, Chinese locale.</summary>
    public async Task<IPage> NewPageAsync(ViewportSize? viewport = null, bool javaScript = true)
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "zh-CN",
            ViewportSize = viewport ?? Desktop,
            JavaScriptEnabled = javaScript,
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    /// <summary>Registers an organization with a unique id in the app's registry and issues its token.</summary>
    public async Task<(OrganizationRecord Organization, string Token)> RegisterAsync(
        OrganizationKind kind = OrganizationKind.Township, string name = "大岚镇人民政府", string? email = null)
    {
        var registry = Services.GetRequiredService<OrganizationRegistry>();
        var id = TestHost.NewOrganizationId();
        var organization = new OrganizationRecord(id, name, kind, [email ?? $"{id}@gk.example.gov.cn"], null, true, null);
        await registry.UpsertAsync(organization, CancellationToken.None);
        return (organization, await registry.IssueTokenAsync(id, CancellationToken.None));
    }

    /// <summary>Submits a report as JSON over HTTP with the organization's token and waits until it is published.</summary>
    public async Task<JsonNode> PublishAsync(string json, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Org-Token", token);
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var statusUrl = response.Headers.Location!.ToString();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var status = (await Http.GetFromJsonAsync<JsonNode>(statusUrl, timeout.Token))!;
            if ((string?)status["status"] is not ("Received" or "Processing"))
                return status;
            await Task.Delay(100, timeout.Token);
        }
    }
}
