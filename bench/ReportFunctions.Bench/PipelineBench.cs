using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Functions;
using ReportFunctions.Http;
using ReportFunctions.LocalRunner.Hosting;
using ReportFunctions.LocalRunner.Queues;
using ReportFunctions.Organizations;
using ReportFunctions.Submissions;

namespace ReportFunctions.Bench;

/// <summary>
/// Submit → published through the real functions in process (SubmitReport with real HttpRequests, the queue
/// drained with the local runner's host semantics) against an Azurite this benchmark starts: throughput with
/// every submission sent at once (target ≥ 20/s), and latency at a steady 5 submissions/s (target p95 ≤ 1 s).
/// Every accepted submission must end Published, Rejected or Failed. Usage: <c>bench pipeline [burst] [steady]</c>
/// (defaults 100 and 50 seed-sized submissions, each for its own organization).
/// </summary>
internal static class PipelineBench
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    public static async Task RunAsync(string[] args)
    {
        var burst = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var b) && b > 0 ? b : 100;
        var steady = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 50;
        var seed = File.ReadAllText(RepositoryRoot.File("samples", "dalan-2021.json"));

        using var azurite = await AzuriteProcess.StartAsync();
        var app = await App.StartAsync(azurite.ConnectionString);
        await app.RunAsync(seed, 3, TimeSpan.Zero);
        var burstRun = await app.RunAsync(seed, burst, TimeSpan.Zero);
        var steadyRun = await app.RunAsync(seed, steady, TimeSpan.FromMilliseconds(200));

        Console.WriteLine("## Pipeline (submit → published, samples/dalan-2021.json, Azurite)");
        Console.WriteLine();
        Console.WriteLine($"In-process functions, queue drained with the host's semantics (batch 16); {Environment.ProcessorCount} cores, .NET {Environment.Version}. " +
                          "Targets: ≥ 20 reports/s; p95 ≤ 1 s at 5 reports/s; every submission ends Published, Rejected or Failed.");
        Console.WriteLine();
        Console.WriteLine("| run | submissions | throughput (reports/s) | median (ms) | p95 (ms) | max (ms) | outcomes |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        Console.WriteLine(burstRun.Row("all at once"));
        Console.WriteLine(steadyRun.Row("steady 5/s"));
        Console.WriteLine();
        await app.DisposeAsync();
    }

    private sealed record RunResult(int Count, TimeSpan Elapsed, double[] LatenciesMs, IReadOnlyDictionary<string, int> Outcomes)
    {
        public string Row(string name)
        {
            var sorted = LatenciesMs.Order().ToArray();
            double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
            var outcomes = string.Join(", ", Outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"));
            return string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {Count} | {Count / Elapsed.TotalSeconds:F1} | {Percentile(0.5):F0} | {Percentile(0.95):F0} | {sorted[^1]:F0} | {outcomes} |");
        }
    }

    private sealed class App(ServiceProvider services, QueueTriggers queues) : IAsyncDisposable
    {
        public QueueTriggers Queues { get; } = queues;

        public static async Task<App> StartAsync(string connectionString)
        {
            var services = await BenchServices.StartAsync(connectionString);
            var functions = FunctionCatalog.Discover(typeof(ServiceCollectionExtensions).Assembly)
                .Where(f => f.Queue?.QueueName.StartsWith("%Queues:Submissions%", StringComparison.Ordinal) == true)
                .ToList();
            var drainer = new QueueDrainer(QueueDrainer.RawClient(connectionString), QueueHostOptions.Defaults, NullLogger<QueueDrainer>.Instance);
            return new App(services, new QueueTriggers(functions, services.GetRequiredService<IConfiguration>(), services.GetRequiredService<FunctionInvoker>(), drainer));
        }

        /// <summary>Submits <paramref name="count"/> reports, one per new organization, <paramref name="interval"/> apart, and waits for every outcome.</summary>
        public async Task<RunResult> RunAsync(string seed, int count, TimeSpan interval)
        {
            var registry = services.GetRequiredService<OrganizationRegistry>();
            var store = services.GetRequiredService<SubmissionStore>();
            var organizations = await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
            {
                var id = "bench-" + Guid.NewGuid().ToString("n")[..12];
                await registry.UpsertAsync(new OrganizationRecord(id, "大岚镇人民政府", OrganizationKind.Township, [], null, true, null), CancellationToken.None);
                return (Id: id, Token: await registry.IssueTokenAsync(id, CancellationToken.None));
            }));

            // The worker: like the local runner's polling loop without its idle back-off, until every submission is done.
            var submitted = false;
            var worker = Task.Run(async () =>
            {
                while (true)
                {
                    var done = Volatile.Read(ref submitted);
                    if (await Queues.RunOnceAsync(CancellationToken.None) == 0)
                    {
                        if (done)
                            return;
                        await Task.Delay(Poll);
                    }
                }
            });

            // Latency is read from the status rows (CompletedAt), so no client polling competes with the pipeline.
            var submissions = new List<Task<(string? Id, DateTimeOffset Start, string Answer)>>();
            foreach (var (id, token) in organizations)
            {
                submissions.Add(SubmitAsync(seed, id, token));
                if (interval > TimeSpan.Zero)
                    await Task.Delay(interval);
            }
            var accepted = await Task.WhenAll(submissions);
            Volatile.Write(ref submitted, true);
            await worker;

            var outcomes = new Dictionary<string, int>();
            var latencies = new List<double>();
            var last = DateTimeOffset.MinValue;
            foreach (var (id, start, answer) in accepted)
            {
                var row = id is null ? null : await store.GetAsync(id, CancellationToken.None);
                var outcome = row?.Status ?? answer;
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                if (row?.CompletedAt is { } completed)
                {
                    latencies.Add((completed - start).TotalMilliseconds);
                    last = completed > last ? completed : last;
                }
            }
            return new RunResult(count, last - accepted.Min(a => a.Start), latencies.ToArray(), outcomes);
        }

        private async Task<(string? Id, DateTimeOffset Start, string Answer)> SubmitAsync(string seed, string orgId, string token)
        {
            var json = JsonNode.Parse(seed)!;
            json["organization"]!["id"] = orgId;
            var body = Encoding.UTF8.GetBytes(json.ToJsonString());
            var start = TimeProvider.System.GetUtcNow();
            var context = new DefaultHttpContext { RequestServices = services };
            context.Request.Method = "POST";
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream(body);
            context.Request.ContentLength = body.Length;
            context.Request.Headers["X-Org-Token"] = token;
            var result = (ContentResult)await ActivatorUtilities.CreateInstance<SubmitReportFunction>(services).SubmitReport(context.Request, CancellationToken.None);
            return result.StatusCode == StatusCodes.Status202Accepted
                ? ((string)JsonNode.Parse(result.Content!)!["id"]!, start, "Received")
                : (null, start, $"HTTP {result.StatusCode}");
        }

        public ValueTask DisposeAsync() => BenchServices.StopAsync(services);
    }
}
