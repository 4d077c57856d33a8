using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging.Abstractions;
using ReportFunctions.LocalRunner.Hosting;
using ReportFunctions.LocalRunner.Queues;
using ReportFunctions.Publishing;
using ReportFunctions.Storage;
using ReportFunctions.Tests.Fixtures;

namespace ReportFunctions.Tests.Reminders;

/// <summary>
/// The app's one DI registration over the test Azurite and smtp4dev, with a settable clock and an outbox queue of its
/// own (tables are shared, so tests use unique organization ids). Functions are created the way the host creates them.
/// </summary>
public sealed class ReminderTestApp : IAsyncDisposable
{
    public const string PublicBaseUrl = TestHost.PublicBaseUrl;

    private static readonly IReadOnlyList<FunctionDescriptor> Functions =
        FunctionCatalog.Discover(typeof(ServiceCollectionExtensions).Assembly);

    private readonly ServiceProvider _services;
    private readonly QueueDrainer _drainer;

    private ReminderTestApp(ServiceProvider services, SettableTimeProvider time, string unique, string connectionString)
    {
        _services = services;
        // The local runner's host semantics: Base64, dequeue count, retry at once (not after 30 s), poison after 5.
        _drainer = new QueueDrainer(QueueDrainer.RawClient(connectionString), QueueHostOptions.Defaults, NullLogger<QueueDrainer>.Instance);
        Time = time;
        Unique = unique;
        var queues = services.GetRequiredService<QueueServiceClient>();
        var outbox = services.GetRequiredService<IOptions<QueueOptions>>().Value.EmailOutbox;
        Outbox = queues.GetQueueClient(outbox);
        OutboxPoison = queues.GetQueueClient(outbox + StorageNames.PoisonSuffix);
    }

    /// <summary>Eight lowercase hex characters, unique to this app: use it in organization ids and addresses.</summary>
    public string Unique { get; }

    public SettableTimeProvider Time { get; }

    public QueueClient Outbox { get; }

    public QueueClient OutboxPoison { get; }

    public string SupervisingOffice => $"office-{Unique}@gkb.example.gov.cn";

    public string FormUrl => Get<IConfiguration>()["Reminders:FormUrl"]!;

    public static async Task<ReminderTestApp> StartAsync(
        AzuriteFixture azurite, int smtpPort, DateTimeOffset now, IDictionary<string, string?>? overrides = null)
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        // The pipeline's test settings (own queues, admin key, public base URL), with this SMTP server and office.
        var settings = TestHost.Settings(azurite);
        settings["Smtp:Port"] = smtpPort.ToString();
        settings["Reminders:SupervisingOfficeEmail"] = $"office-{unique}@gkb.example.gov.cn";
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            settings[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var time = new SettableTimeProvider(now);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddReportFunctions(configuration);
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<FunctionInvoker>();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        foreach (var hosted in provider.GetServices<IHostedService>())
            await hosted.StartAsync(CancellationToken.None);
        return new ReminderTestApp(provider, time, unique, azurite.ConnectionString);
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public T Function<T>() => ActivatorUtilities.CreateInstance<T>(_services);

    /// <summary>Sets the clock to 09:00 China Standard Time (01:00 UTC, the default schedule) on a day.</summary>
    public void SetToday(int year, int month, int day) =>
        Time.Now = new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Runs the timer function as the local runner does (POST /admin/functions/SendReminders).</summary>
    public Task RunTimerAsync() =>
        Get<FunctionInvoker>().InvokeTimerAsync(Functions.Single(f => f.Name == "SendReminders"), CancellationToken.None);

    /// <summary>Delivers the outbox through the SendEmail function until the queue is empty, failures ending in poison.</summary>
    public Task<int> DrainOutboxAsync()
    {
        var sendEmail = Functions.Single(f => f.Name == "SendEmail");
        Assert.Equal("%Queues:EmailOutbox%", sendEmail.Queue?.QueueName);
        return _drainer.DrainAsync(Outbox.Name, (message, ct) => Get<FunctionInvoker>().InvokeQueueAsync(sendEmail, message, ct), CancellationToken.None);
    }

    /// <summary>Marks a report as published in the index, as the pipeline's publisher leaves it.</summary>
    public async Task MarkPublishedAsync(string organizationId, int year)
    {
        var table = Get<TableServiceClient>().GetTableClient(StorageNames.PublishedReportsTable);
        await table.UpsertEntityAsync(new PublishedReportEntity
        {
            PartitionKey = year.ToString(),
            RowKey = organizationId,
            AllocatedVersion = 1,
            Version = 1,
            OrganizationName = organizationId,
            Title = $"{organizationId}{year}年政府信息公开工作年度报告",
            Url = $"{PublicBaseUrl}/api/reports/{year}/{organizationId}.pdf",
            PublishedAt = Time.GetUtcNow(),
        });
    }

    public HttpRequest Request(string method, string? body = null, string contentType = "application/json", string? query = null, bool admin = true) =>
        Request(method, body is null ? null : Encoding.UTF8.GetBytes(body), contentType, query, admin);

    public HttpRequest Request(string method, byte[]? body, string contentType, string? query = null, bool admin = true)
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        var request = context.Request;
        request.Method = method;
        if (query is not null)
            request.QueryString = new QueryString(query);
        if (admin)
            request.Headers["x-functions-key"] = TestHost.AdminKey;
        if (body is not null)
        {
            request.ContentType = contentType;
            request.ContentLength = body.Length;
            request.Body = new MemoryStream(body);
        }

        return request;
    }

    public static (int Status, string Body, string? ContentType) Read(IActionResult result) => result is ContentResult content
        ? (content.StatusCode ?? 200, content.Content ?? "", content.ContentType)
        : throw new InvalidOperationException($"Unexpected result {result.GetType().Name}.");

    /// <summary>A loopback port with nothing listening: an SMTP server that is down.</summary>
    public static int ClosedPort() => FreePorts.Next();

    public async ValueTask DisposeAsync()
    {
        await Outbox.DeleteIfExistsAsync();
        await OutboxPoison.DeleteIfExistsAsync();
        await _services.DisposeAsync();
    }
}
