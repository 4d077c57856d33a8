using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ReportFunctions.Tests.Email;

namespace ReportFunctions.Tests.Infrastructure;

/// <summary>
/// A real SMTP server for the e-mail tests: smtp4dev (the repository's dotnet tool, .config/dotnet-tools.json) on
/// free ports with an in-memory database, read back through its REST API. One per test run (a static instance shared
/// by every class fixture); fails loudly when it cannot start, so e-mail tests are never silently skipped.
/// </summary>
public sealed class Smtp4devFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly SemaphoreSlim StartLock = new(1, 1);
    private static Server? _shared;

    public int SmtpPort => Shared.SmtpPort;

    public HttpClient Api => Shared.Api;

    private static Server Shared => _shared ?? throw new InvalidOperationException("smtp4dev has not been started.");

    public async Task InitializeAsync()
    {
        await StartLock.WaitAsync();
        try
        {
            _shared ??= await Server.StartAsync();
        }
        finally
        {
            StartLock.Release();
        }
    }

    // The server outlives each class fixture and is stopped with the test process (ProcessExit below).
    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Every message received whose recipients (To or Cc) include one of the given addresses.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> MessagesToAsync(params string[] addresses)
    {
        var list = await Api.GetFromJsonAsync<JsonElement>("api/messages?pageSize=10000");
        var result = new List<ReceivedEmail>();
        foreach (var summary in list.GetProperty("results").EnumerateArray())
        {
            var to = summary.GetProperty("to").EnumerateArray().Select(a => a.GetString() ?? "").ToList();
            if (!to.Any(a => addresses.Contains(a, StringComparer.OrdinalIgnoreCase)))
                continue;
            var id = summary.GetProperty("id").GetString();
            var detail = await Api.GetFromJsonAsync<JsonElement>($"api/messages/{id}");
            result.Add(new ReceivedEmail(
                id!,
                detail.GetProperty("from").GetString() ?? "",
                detail.GetProperty("to").EnumerateArray().Select(a => a.GetString() ?? "").ToList(),
                detail.GetProperty("cc").EnumerateArray().Select(a => a.GetString() ?? "").ToList(),
                detail.GetProperty("subject").GetString() ?? "",
                await Api.GetStringAsync($"api/messages/{id}/plaintext"),
                await Api.GetStringAsync($"api/messages/{id}/html")));
        }

        return result;
    }

    /// <summary>Waits until at least <paramref name="count"/> messages to the addresses have arrived.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> WaitForMessagesToAsync(int count, params string[] addresses)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var messages = await MessagesToAsync(addresses);
            if (messages.Count >= count || DateTime.UtcNow > deadline)
                return messages;
            await Task.Delay(200);
        }
    }

    private sealed class Server
    {
        private readonly Process _process;
        private readonly StringBuilder _output;

        private Server(Process process, StringBuilder output, int smtpPort, int webPort)
        {
            _process = process;
            _output = output;
            SmtpPort = smtpPort;
            Api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/") };
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
        }

        public int SmtpPort { get; }

        public HttpClient Api { get; }

        public static async Task<Server> StartAsync()
        {
            await RestoreToolAsync();
            // A free port can be taken between probing and binding; try a few times before failing.
            var failures = new StringBuilder();
            for (var attempt = 1; attempt <= 3; attempt++)
            {
                var (web, smtp, imap, pop3) = (FreePort(), FreePort(), FreePort(), FreePort());
                var dataPath = Path.Combine(Path.GetTempPath(), $"smtp4dev-{Guid.NewGuid():N}");
                var start = new ProcessStartInfo("dotnet")
                {
                    WorkingDirectory = AzuriteFixture.RepositoryRoot,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                foreach (var arg in new[]
                         {
                             "tool", "run", "smtp4dev", "--",
                             $"--urls=http://127.0.0.1:{web}", $"--smtpport={smtp}", $"--imapport={imap}", $"--pop3port={pop3}",
                             "--db=", "--nousersettings", $"--baseappdatapath={dataPath}", "--messagestokeep=100000",
                             "--bindaddress=127.0.0.1", "--disableipv6",
                         })
                    start.ArgumentList.Add(arg);

                var output = new StringBuilder();
                var process = Process.Start(start) ?? throw new InvalidOperationException("smtp4dev could not be started.");
                process.OutputDataReceived += (_, e) => Append(output, e.Data);
                process.ErrorDataReceived += (_, e) => Append(output, e.Data);
                process.BeginOutputReadLine();
                process.BeginErrorReadLine();

                var server = new Server(process, output, smtp, web);
                if (await server.WaitUntilReadyAsync(web))
                    return server;
                server.Stop();
                lock (output)
                    failures.Append($"attempt {attempt} (web {web}, smtp {smtp}):\n{output}\n");
            }

            throw new InvalidOperationException(
                $"smtp4dev did not start (run `dotnet tool restore` in {AzuriteFixture.RepositoryRoot}):\n{failures}");
        }

        /// <summary>`dotnet tool restore` (a no-op when restored), so a fresh clone's test run can start smtp4dev.</summary>
        private static async Task RestoreToolAsync()
        {
            var start = new ProcessStartInfo("dotnet", "tool restore")
            {
                WorkingDirectory = AzuriteFixture.RepositoryRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet tool restore could not be started.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"dotnet tool restore failed in {AzuriteFixture.RepositoryRoot}:\n{await output}\n{await error}");
        }

        private async Task<bool> WaitUntilReadyAsync(int webPort)
        {
            var deadline = DateTime.UtcNow + StartTimeout;
            while (DateTime.UtcNow < deadline)
            {
                if (_process.HasExited)
                    return false;
                if (await IsListeningAsync(SmtpPort) && await IsListeningAsync(webPort))
                {
                    try
                    {
                        using var response = await Api.GetAsync("api/messages");
                        if (response.IsSuccessStatusCode)
                            return true;
                    }
                    catch (HttpRequestException)
                    {
                    }
                }

                await Task.Delay(200);
            }

            return false;
        }

        public void Stop()
        {
            try
            {
                if (!_process.HasExited)
                {
                    // `dotnet tool run` starts the server as a child process: stop the whole tree.
                    _process.Kill(entireProcessTree: true);
                    _process.WaitForExit(5000);
                }
            }
            catch (InvalidOperationException)
            {
            }
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line is null)
                return;
            lock (output)
                output.AppendLine(line);
        }
    }

    private static async Task<bool> IsListeningAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
