using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Organizations;
using ReportFunctions.Http;
using ReportFunctions.Organizations;
using ReportFunctions.Submissions;

namespace ReportFunctions.Bench;

/// <summary>
/// A burst of submissions over real HTTP (issue 14): the local runner published ReadyToRun as its own process,
/// serving POST /api/reports and pumping the queue with host.json's batchSize/newBatchThreshold, against an
/// Azurite this benchmark starts. Every submission is sent at once (64 client connections), each for its own
/// organization; submit → published is read from the status rows (CompletedAt) so no status polling competes
/// with the pipeline. Reports published/s, p50/p95/max latency, outcomes and the runner's peak RSS.
/// Usage: <c>bench burst [count]</c> (default 1000).
/// </summary>
internal static class BurstBench
{
    private const string AdminKey = "bench-admin-key";
    private const int ClientConnections = 64;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1000;
        var runnerDll = await PublishedApps.LocalRunnerAsync();
        using var azurite = await AzuriteProcess.StartAsync();
        var port = FreePorts.Next();
        using var runner = StartRunner(runnerDll, port, azurite.ConnectionString);
        try
        {
            await RunAgainstAsync(runner, port, azurite.ConnectionString, count);
        }
        finally
        {
            runner.Kill(entireProcessTree: true);
            await runner.WaitForExitAsync();
        }
    }

    private static async Task RunAgainstAsync(Process runner, int port, string connectionString, int count)
    {
        var seed = File.ReadAllText(RepositoryRoot.File("samples", "dalan-2021.json"));
        var tables = new TableServiceClient(connectionString);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = ClientConnections })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            Timeout = TimeSpan.FromMinutes(5),
        };
        await WaitForHealthAsync(http, runner);

        // Organizations and tokens straight into the registry the runner reads: setup, not measured.
        var registry = new OrganizationRegistry(tables);
        var organizations = new List<(string Id, string Token)>();
        foreach (var chunk in Enumerable.Range(0, count + 5).Chunk(32))
        {
            organizations.AddRange(await Task.WhenAll(chunk.Select(async _ =>
            {
                var id = "burst-" + Guid.NewGuid().ToString("n")[..12];
                await registry.UpsertAsync(new OrganizationRecord(id, "大岚镇人民政府", OrganizationKind.Township, [], null, true, null), CancellationToken.None);
                return (id, await registry.IssueTokenAsync(id, CancellationToken.None));
            })));
        }

        var store = new SubmissionStore(tables);
        // Warm-up: five submissions (the JIT's first renders and the storage clients' first connections), not counted.
        await MeasureAsync(http, store, seed, organizations[..5]);
        var result = await MeasureAsync(http, store, seed, organizations[5..]);
        var peakMb = PeakRssMb(runner.Id);
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];

        Console.WriteLine("## Pipeline under a burst (real HTTP, the local runner process, Azurite)");
        Console.WriteLine();
        Console.WriteLine($"{count} seed-sized submissions (samples/dalan-2021.json), each for its own organization, sent at once over " +
                          $"{ClientConnections} connections to the local runner published ReadyToRun (its own process, logging at Warning), " +
                          $"which pumps the queue with host.json's batchSize/newBatchThreshold; Azurite in memory; {Environment.ProcessorCount} cores shared by all three. " +
                          $"Load average at the end: {load}. Targets: ≥ 40 published/s, p95 submit → published ≤ 15 s, 0 lost, worker peak memory ≤ 300 MB.");
        Console.WriteLine();
        Console.WriteLine("| measure | result | target | met |");
        Console.WriteLine("|---|---:|---:|---|");
        Console.WriteLine(Invariant($"| published/s, first submit → last published | {result.Throughput:F1} | ≥ 40 | {Met(result.Throughput >= 40)} |"));
        Console.WriteLine(Invariant($"| all {count} submitted (HTTP 202) after | {result.SubmitSeconds:F1} s | | |"));
        Console.WriteLine(Invariant($"| submit → published p50 | {result.Percentile(0.50) / 1000:F1} s | | |"));
        Console.WriteLine(Invariant($"| submit → published p95 | {result.Percentile(0.95) / 1000:F1} s | ≤ 15 s | {Met(result.Percentile(0.95) <= 15_000)} |"));
        Console.WriteLine(Invariant($"| submit → published max | {result.Percentile(1) / 1000:F1} s | | |"));
        Console.WriteLine(Invariant($"| outcomes | {result.Outcomes} | all Published, 0 lost | {Met(result.Lost == 0 && result.Published == count)} |"));
        Console.WriteLine(Invariant($"| peak RSS of the runner process (HTTP + worker) | {peakMb:F0} MB | ≤ 300 MB | {Met(peakMb <= 300)} |"));
        Console.WriteLine();
    }

    private static string Met(bool met) => met ? "yes" : "**no**";

    private sealed record Result(double Throughput, double SubmitSeconds, double[] SortedMs, string Outcomes, int Published, int Lost)
    {
        public double Percentile(double p) => SortedMs.Length == 0 ? double.NaN : SortedMs[Math.Max(0, (int)Math.Ceiling(p * SortedMs.Length) - 1)];
    }

    private static async Task<Result> MeasureAsync(HttpClient http, SubmissionStore store, string seed, IReadOnlyList<(string Id, string Token)> organizations)
    {
        var bodies = organizations.Select(o =>
        {
            var json = JsonNode.Parse(seed)!;
            json["organization"]!["id"] = o.Id;
            return Encoding.UTF8.GetBytes(json.ToJsonString());
        }).ToList();
        var first = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var accepted = await Task.WhenAll(organizations.Select((o, i) => SubmitAsync(http, bodies[i], o.Token)));
        var submitSeconds = clock.Elapsed.TotalSeconds;

        // Wait for every accepted submission to leave Received, checking in submission order (the queue is FIFO
        // enough that this reads a few rows per poll).
        var ids = accepted.Where(a => a.Id is not null).Select(a => a.Id!).ToList();
        var rows = new SubmissionEntity?[ids.Count];
        var next = 0;
        while (next < ids.Count && clock.Elapsed < Timeout)
        {
            var row = await store.GetAsync(ids[next], CancellationToken.None);
            if (row is { Status: not nameof(SubmissionStatus.Received) })
            {
                rows[next++] = row;
                continue;
            }
            await Task.Delay(200);
        }
        for (var i = next; i < ids.Count; i++)
            rows[i] = await store.GetAsync(ids[i], CancellationToken.None);

        var starts = accepted.Where(a => a.Id is not null).Select(a => a.Start).ToList();
        var latencies = new List<double>();
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var last = first;
        for (var i = 0; i < rows.Length; i++)
        {
            var status = rows[i]?.Status ?? "missing";
            outcomes[status] = outcomes.GetValueOrDefault(status) + 1;
            if (rows[i]?.CompletedAt is { } completed)
            {
                latencies.Add((completed - starts[i]).TotalMilliseconds);
                last = completed > last ? completed : last;
            }
        }
        foreach (var refused in accepted.Where(a => a.Id is null).GroupBy(a => a.Answer))
            outcomes[refused.Key] = refused.Count();
        var published = outcomes.GetValueOrDefault(nameof(SubmissionStatus.Published));
        var lost = organizations.Count - latencies.Count;
        return new Result(published / (last - first).TotalSeconds, submitSeconds, [.. latencies.Order()],
            string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}")), published, lost);
    }

    private static async Task<(string? Id, DateTimeOffset Start, string Answer)> SubmitAsync(HttpClient http, byte[] body, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Org-Token", token);
        var start = DateTimeOffset.UtcNow;
        try
        {
            using var response = await http.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Accepted)
                return (null, start, $"HTTP {(int)response.StatusCode}");
            var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            return ((string)answer["id"]!, start, "Received");
        }
        catch (HttpRequestException e)
        {
            return (null, start, $"HTTP error {e.HttpRequestError}");
        }
    }

    private static Process StartRunner(string dll, int port, string connectionString)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        foreach (var argument in new[] { dll, "--port", port.ToString(CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(argument);
        info.Environment["AzureWebJobsStorage"] = connectionString;
        info.Environment["REPORTS_ADMIN_KEY"] = AdminKey;
        info.Environment["Smtp__Host"] = "127.0.0.1";
        info.Environment["Smtp__Port"] = "2525";
        info.Environment["Smtp__From"] = "noreply@bench.localhost";
        info.Environment["Smtp__TlsMode"] = "None";
        info.Environment["Reminders__FormUrl"] = $"http://127.0.0.1:{port}/api/form";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info) ?? throw new InvalidOperationException("The local runner could not be started.");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static readonly List<string> RunnerOutput = [];

    private static void Keep(string? line)
    {
        if (line is null)
            return;
        lock (RunnerOutput)
        {
            if (RunnerOutput.Count < 200)
                RunnerOutput.Add(line);
        }
    }

    private static async Task WaitForHealthAsync(HttpClient http, Process runner)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (runner.HasExited)
                break;
            try
            {
                if ((await http.GetAsync("/api/health")).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        lock (RunnerOutput)
            throw new InvalidOperationException("The local runner did not answer /api/health:\n" + string.Join('\n', RunnerOutput));
    }

    /// <summary>The process's peak resident set (VmHWM), in MB.</summary>
    public static double PeakRssMb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
