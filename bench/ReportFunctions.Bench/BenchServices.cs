using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReportFunctions.LocalRunner.Hosting;

namespace ReportFunctions.Bench;

/// <summary>The app's one DI registration over an Azurite the benchmark started, with queues of its own.</summary>
internal static class BenchServices
{
    public const string AdminKey = "bench-admin-key";

    public static async Task<ServiceProvider> StartAsync(string connectionString, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var unique = Guid.NewGuid().ToString("n")[..8];
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["Queues:Submissions"] = $"bench-{unique}",
            ["Queues:EmailOutbox"] = $"bench-mail-{unique}",
            ["Reports:PublicBaseUrl"] = "http://127.0.0.1:7071",
            ["REPORTS_ADMIN_KEY"] = AdminKey,
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:From"] = "noreply@bench.localhost",
            ["Smtp:TlsMode"] = "None",
            ["Reminders:FormUrl"] = "http://127.0.0.1:7071/form",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            settings[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddLogging();
        collection.AddReportFunctions(configuration);
        collection.AddSingleton<FunctionInvoker>();
        var services = collection.BuildServiceProvider();
        foreach (var hosted in services.GetServices<IHostedService>())
            await hosted.StartAsync(CancellationToken.None);
        return services;
    }

    public static async ValueTask StopAsync(ServiceProvider services)
    {
        foreach (var hosted in services.GetServices<IHostedService>())
            await hosted.StopAsync(CancellationToken.None);
        await services.DisposeAsync();
    }
}
