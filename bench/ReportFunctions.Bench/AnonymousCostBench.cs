using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using ReportFunctions.Functions;

namespace ReportFunctions.Bench;

/// <summary>
/// What one anonymous request of at most 1 MiB can make the app spend (issue 13: ≤ ≈ 20 MB allocated, ≤ ≈ 100 ms CPU,
/// an answer no larger than a small multiple of a valid report): hostile bodies posted to the two anonymous routes
/// that read a report, POST /api/reports/validate and POST /api/reports without a valid token, through the real
/// functions over Azurite. Per request: bytes allocated (all threads), CPU time and answer size, averaged over the runs.
/// Usage: <c>bench anonymous [runs]</c> (default 20 per body).
/// </summary>
internal static class AnonymousCostBench
{
    private const int MiB = 1024 * 1024;

    public static async Task RunAsync(string[] args)
    {
        var runs = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 20;
        var seed = File.ReadAllText(RepositoryRoot.File("samples", "dalan-2021.json"));
        using var azurite = await AzuriteProcess.StartAsync();
        // Limits raised so that every request is served rather than refused: the cost measured is the work itself.
        var services = await BenchServices.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["RateLimits:ValidationsPerAddress"] = "1000000",
            ["RateLimits:FailedTokenChecksPerAddress"] = "1000000",
            ["RateLimits:FailedTokenChecksPerOrganization"] = "1000000",
        });

        // The seed with its overview replaced by the array the fill writes.
        var marked = System.Text.Json.Nodes.JsonNode.Parse(seed)!;
        marked["overview"] = "@overview@";
        var overview = marked.ToJsonString().Split("\"@overview@\"");
        var bodies = new (string Name, string ContentType, byte[] Body)[]
        {
            ("the seed (a valid report)", "application/json", Encoding.UTF8.GetBytes(seed)),
            ("15,000 numbers where paragraphs belong (errors cut at 200)", "application/json", Encoding.UTF8.GetBytes(overview[0] + "[" + string.Join(',', Enumerable.Repeat('0', 15_000)) + "]" + overview[1])),
            ("500,000 numbers where paragraphs belong", "application/json", Fill(overview[0] + "[", "", "0,", "0]" + overview[1])),
            ("unknown keys", "application/json", Fill("{", "", "\"k{0}\":0,", "\"z\":0}")),
            ("nesting at the depth limit, repeated", "application/json", Fill("{\"formatVersion\":\"2021\",\"x\":[", "", new string('[', 30) + new string(']', 30) + ",", "0]}")),
            ("form post of 100,000 fields", "application/x-www-form-urlencoded", Fill("", "", "f{0}=1&", "orgToken=x")),
        };

        Console.WriteLine("## Cost of one anonymous request (≤ 1 MiB)");
        Console.WriteLine();
        Console.WriteLine($"Real functions in process over Azurite, {runs} runs per body after 2 warm-up runs, {Environment.ProcessorCount} cores, .NET {Environment.Version}. " +
                          "Allocation counts every thread (GC.GetTotalAllocatedBytes), CPU is the process's (user + system) over the runs. " +
                          "Targets: ≤ ≈ 20 MB allocated and ≤ ≈ 100 ms CPU per request; an answer at most a few times a valid report's size.");
        Console.WriteLine();
        Console.WriteLine("| route | body | body (KB) | status | answer (KB) | allocated (MB) | CPU (ms) |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var (name, contentType, body) in bodies)
        {
            Console.WriteLine(await MeasureAsync(services, "POST /api/reports/validate", name, contentType, body, runs,
                request => ActivatorUtilities.CreateInstance<ValidateReportFunction>(services).ValidateReport(request, CancellationToken.None)));
            Console.WriteLine(await MeasureAsync(services, "POST /api/reports, wrong token", name, contentType, body, runs, request =>
            {
                request.Headers["X-Org-Token"] = "dalan-town.0000000000000000000000";
                return ActivatorUtilities.CreateInstance<SubmitReportFunction>(services).SubmitReport(request, CancellationToken.None);
            }));
        }
        Console.WriteLine();
        await BenchServices.StopAsync(services);
    }

    /// <summary>A body of at most 1 MiB: head and prefix, then the ASCII item (with {0} its index) repeated while it fits, then tail.</summary>
    private static byte[] Fill(string head, string prefix, string item, string tail)
    {
        var text = new StringBuilder(MiB);
        text.Append(head).Append(prefix);
        var bytes = Encoding.UTF8.GetByteCount(text.ToString()) + Encoding.UTF8.GetByteCount(tail);
        for (var i = 0; ; i++)
        {
            var next = string.Format(CultureInfo.InvariantCulture, item, i);
            if (bytes + next.Length > MiB)
                break;
            text.Append(next);
            bytes += next.Length;
        }
        return Encoding.UTF8.GetBytes(text.Append(tail).ToString());
    }

    private static async Task<string> MeasureAsync(
        IServiceProvider services, string route, string name, string contentType, byte[] body, int runs, Func<HttpRequest, Task<IActionResult>> call)
    {
        var answer = 0L;
        var status = 0;
        for (var i = 0; i < 2; i++)
            (status, answer) = await SendAsync(services, contentType, body, call);
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < runs; i++)
            (status, answer) = await SendAsync(services, contentType, body, call);
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)runs;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {route} | {name} | {body.Length / 1024} | {status} | {answer / 1024.0:F1} | {allocated / 1_000_000:F1} | {cpu:F1} |");
    }

    private static async Task<(int Status, long AnswerBytes)> SendAsync(
        IServiceProvider services, string contentType, byte[] body, Func<HttpRequest, Task<IActionResult>> call)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = "POST";
        context.Request.ContentType = contentType;
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = body.Length;
        var result = (ContentResult)await call(context.Request);
        return (result.StatusCode ?? 200, Encoding.UTF8.GetByteCount(result.Content ?? ""));
    }
}
