using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportFunctions.Http;
using ReportFunctions.LocalRunner.Queues;
using ReportFunctions.Storage;

namespace ReportFunctions.LocalRunner.Hosting;

/// <summary>
/// Hosts the Functions app's classes without Core Tools: HTTP triggers at /api/{Route}, every queue trigger
/// drained with the host's semantics, and timer functions run on demand at POST /admin/functions/{name}.
/// </summary>
public static class LocalRunnerApp
{
    /// <summary>Builds the app listening on 127.0.0.1:<paramref name="port"/>; settings override configuration from the environment.</summary>
    public static WebApplication Build(int port, IReadOnlyDictionary<string, string?>? settings = null, string[]? args = null)
    {
        var builder = WebApplication.CreateBuilder(args ?? []);
        // Defaults the host would take from local.settings.json; environment and explicit settings win.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Queues:Submissions"] = new QueueOptions().Submissions,
                ["Queues:EmailOutbox"] = new QueueOptions().EmailOutbox,
                ["Reports:PublicBaseUrl"] = $"http://127.0.0.1:{port}",
            },
        });
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        var configuration = builder.Configuration;
        var adminKey = configuration["REPORTS_ADMIN_KEY"];
        if (string.IsNullOrEmpty(adminKey))
            throw new InvalidOperationException("REPORTS_ADMIN_KEY is not set; the local runner checks function keys against it.");
        var connectionString = configuration["AzureWebJobsStorage"];
        if (string.IsNullOrEmpty(connectionString))
            throw new InvalidOperationException("AzureWebJobsStorage is not set; the local runner needs a connection string (Azurite).");

        builder.Services.AddReportFunctions(configuration);
        builder.Services.AddMvcCore();
        var functions = FunctionCatalog.Discover(typeof(ServiceCollectionExtensions).Assembly);
        var hostJson = Path.Combine(AppContext.BaseDirectory, "host.json");
        builder.Services.AddSingleton(File.Exists(hostJson) ? QueueHostOptions.FromHostJson(hostJson) : QueueHostOptions.Defaults);
        builder.Services.AddSingleton(functions);
        builder.Services.AddSingleton<FunctionInvoker>();
        builder.Services.AddSingleton(sp => new QueueDrainer(
            QueueDrainer.RawClient(connectionString), sp.GetRequiredService<QueueHostOptions>(), sp.GetRequiredService<ILogger<QueueDrainer>>()));
        builder.Services.AddSingleton(sp => new QueueTriggers(
            functions, configuration, sp.GetRequiredService<FunctionInvoker>(), sp.GetRequiredService<QueueDrainer>()));
        builder.Services.AddHostedService<QueuePollingService>();

        var app = builder.Build();
        var invoker = app.Services.GetRequiredService<FunctionInvoker>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LocalRunnerApp));
        foreach (var function in functions.Where(f => f.Http is not null))
        {
            var methods = (function.Http!.Methods ?? ["get", "post"]).Select(m => m.ToUpperInvariant()).ToArray();
            var anonymous = function.Http.AuthLevel == AuthorizationLevel.Anonymous;
            app.MapMethods(FunctionCatalog.RouteOf(function), methods, async context =>
            {
                if (!anonymous && !HasKey(context.Request, adminKey))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return;
                }
                IActionResult result;
                try
                {
                    result = await invoker.InvokeHttpAsync(function, context);
                }
                catch (Exception e) when (StorageOutage.Is(e) && !context.Response.HasStarted)
                {
                    // As the Functions worker's StorageOutage middleware answers.
                    logger.LogWarning(e, "Storage unavailable during {Function}", function.Name);
                    result = ApiResults.StorageUnavailable(context.Response);
                }
                await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
            }).WithName(function.Name);
        }

        var timers = functions.Where(f => f.Timer is not null).ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        var lifetime = app.Lifetime;
        // The host's admin API for running a non-HTTP function now (master key), here for timers.
        app.MapPost("/admin/functions/{name}", (HttpContext context, string name) =>
        {
            if (!HasKey(context.Request, adminKey))
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            if (!timers.TryGetValue(name, out var timer))
                return Results.NotFound();
            _ = Task.Run(async () =>
            {
                try
                {
                    await invoker.InvokeTimerAsync(timer, lifetime.ApplicationStopping);
                }
                catch (Exception e)
                {
                    // As in the host, a failed timer run is logged and the next run is the retry.
                    logger.LogError(e, "Timer function {Function} failed", timer.Name);
                }
            });
            return Results.Accepted();
        });
        return app;
    }

    // The header only: a key in the query string (the host's ?code=) ends up in logs, history and Referer headers.
    private static bool HasKey(HttpRequest request, string expected) =>
        AdminKey.Matches(request.Headers[AdminKey.Header].ToString(), expected);
}
