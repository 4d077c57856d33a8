using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Http;
using ReportFunctions.LocalRunner.Hosting;
using ReportFunctions.LocalRunner.Queues;
using ReportFunctions.Organizations;

namespace ReportFunctions.Tests.Fixtures;

/// <summary>
/// The app's one DI registration (AddReportFunctions) over the test Azurite, with queues of its own (tables and
/// containers are shared: tests use unique organization ids). Functions are created as the host creates them,
/// called with real HttpRequests, and their queues drained with the local runner's host semantics.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    public const string AdminKey = "test-admin-key";
    public const string PublicBaseUrl = "http://127.0.0.1:7071";

    private readonly ServiceProvider _services;
    private readonly IReadOnlyList<IHostedService> _hosted;

    private TestHost(ServiceProvider services, IConfiguration configuration, QueueTriggers queues)
    {
        _services = services;
        _hosted = services.GetServices<IHostedService>().ToList();
        Configuration = configuration;
        Queues = queues;
    }

    public IServiceProvider Services => _services;

    public IConfiguration Configuration { get; }

    public QueueTriggers Queues { get; }

    public string SubmissionsQueue => Configuration["Queues:Submissions"]!;

    public static Dictionary<string, string?> Settings(AzuriteFixture azurite) => Settings(azurite.ConnectionString);

    public static Dictionary<string, string?> Settings(string storageConnectionString)
    {
        var unique = Guid.NewGuid().ToString("n")[..10];
        return new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = storageConnectionString,
            ["Queues:Submissions"] = $"subs-{unique}",
            ["Queues:EmailOutbox"] = $"mail-{unique}",
            ["Reports:PublicBaseUrl"] = PublicBaseUrl,
            ["REPORTS_ADMIN_KEY"] = AdminKey,
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = "25",
            ["Smtp:From"] = "noreply@gk.example.gov.cn",
            ["Smtp:TlsMode"] = "None",
            ["Reminders:Schedule"] = "0 0 1 * * *",
            ["Reminders:FormUrl"] = "https://gk.example.gov.cn/form",
        };
    }

    /// <summary>Starts the app on <see cref="Settings"/>, with <paramref name="overrides"/> replacing or adding settings.</summary>
    public static async Task<TestHost> StartAsync(
        AzuriteFixture azurite, QueueHostOptions? queueOptions = null, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = Settings(azurite);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            settings[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddReportFunctions(configuration);
        services.AddSingleton<FunctionInvoker>();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        // Retries at once rather than after host.json's 30 s, so poison tests finish quickly.
        var drainer = new QueueDrainer(
            QueueDrainer.RawClient(azurite.ConnectionString),
            queueOptions ?? QueueHostOptions.Defaults,
            NullLogger<QueueDrainer>.Instance);
        var functions = FunctionCatalog.Discover(typeof(ServiceCollectionExtensions).Assembly);
        var triggers = new QueueTriggers(
            functions.Where(f => f.Queue?.QueueName.StartsWith("%Queues:Submissions%", StringComparison.Ordinal) == true).ToList(),
            configuration,
            provider.GetRequiredService<FunctionInvoker>(),
            drainer);
        var host = new TestHost(provider, configuration, triggers);
        foreach (var hosted in host._hosted)
            await hosted.StartAsync(CancellationToken.None);
        return host;
    }

    /// <summary>A function class created from the DI container, as the host creates it per invocation.</summary>
    public T Function<T>() where T : class => ActivatorUtilities.CreateInstance<T>(_services);

    /// <summary>Processes the submissions queue and its poison queue until both are empty.</summary>
    public Task<int> DrainAsync() => Queues.DrainAllAsync(CancellationToken.None);

    public async Task<(OrganizationRecord Organization, string Token)> RegisterAsync(string? id = null, bool active = true)
    {
        var registry = _services.GetRequiredService<OrganizationRegistry>();
        var organization = new OrganizationRecord(
            id ?? NewOrganizationId(), "大岚镇人民政府", Core.Model.OrganizationKind.Township, ["office@dalan.example.gov.cn"], null, active, null);
        await registry.UpsertAsync(organization, CancellationToken.None);
        return (organization, await registry.IssueTokenAsync(organization.Id, CancellationToken.None));
    }

    public static string NewOrganizationId() => "org-" + Guid.NewGuid().ToString("n")[..12];

    public HttpRequest Request(string method, string path, byte[]? body = null, string? contentType = null, IDictionary<string, string>? headers = null)
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        var request = context.Request;
        request.Method = method;
        request.Scheme = "http";
        request.Host = new HostString("127.0.0.1", 7071);
        var query = path.IndexOf('?');
        request.Path = query < 0 ? path : path[..query];
        request.QueryString = query < 0 ? QueryString.Empty : new QueryString(path[query..]);
        if (body is not null)
        {
            request.Body = new MemoryStream(body);
            request.ContentLength = body.Length;
        }
        request.ContentType = contentType;
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            request.Headers[name] = value;
        context.Response.Body = new MemoryStream();
        return request;
    }

    public HttpRequest JsonRequest(string method, string path, string json, IDictionary<string, string>? headers = null) =>
        Request(method, path, Encoding.UTF8.GetBytes(json), "application/json", headers);

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _hosted)
            await hosted.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }
}
