using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ReportFunctions.Tests.Email;

namespace ReportFunctions.Tests.Fixtures;

/// <summary>
/// A real SMTP server for the e-mail tests: smtp4dev (the repository's dotnet tool, .config/dotnet-tools.json) on
/// free ports with an in-memory database, read back through its REST API. One per test run: a fixture of
/// <see cref="ServicesCollection"/>; fails loudly when it cannot start, so e-mail tests are never silently skipped.
/// Tests stay apart by sending to addresses of their own.
/// </summary>
public sealed class Smtp4devFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private Server? _server;

    public int SmtpPort => Started.SmtpPort;

    public HttpClient Api => Started.Api;

    private Server Started => _server ?? throw new InvalidOperationException("smtp4dev has not been started.");

    public async Task InitializeAsync() => _server = await Server.StartAsync();

    public Task DisposeAsync()
    {
        _server?.Dispose();
        return Task.CompletedTask;
    }

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

    /// <summary>The message as it went over SMTP (headers and MIME parts), for what the parsed views hide.</summary>
    public Task<string> SourceAsync(string id) => Api.GetStringAsync($"api/messages/{id}/raw");

    /// <summary>Waits until a message to the address matches <paramref name="match"/>, and returns it.</summary>
    public async Task<ReceivedEmail> WaitForMessageToAsync(string address, Func<ReceivedEmail, bool> match)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var found = (await MessagesToAsync(address)).FirstOrDefault(match);
            if (found is not null)
                return found;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"No matching message to {address} arrived within 20 s.");
            await Task.Delay(200);
        }
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

    private sealed class Server : IDisposable
    {
        private readonly ServiceProcess _process;

        private Server(ServiceProcess process, int smtpPort, int webPort)
        {
            _process = process;
            SmtpPort = smtpPort;
            Api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/") };
        }

        public void Dispose()
        {
            Api.Dispose();
            _process.Dispose();
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
                var (web, smtp, imap, pop3) = (FreePorts.Next(), FreePorts.Next(), FreePorts.Next(), FreePorts.Next());
                var dataPath = Path.Combine(Path.GetTempPath(), $"smtp4dev-{Guid.NewGuid():N}");
                var process = ServiceProcess.Start("dotnet", RepositoryRoot.Path,
                [
                    "tool", "run", "smtp4dev", "--",
                    $"--urls=http://127.0.0.1:{web}", $"--smtpport={smtp}", $"--imapport={imap}", $"--pop3port={pop3}",
                    "--db=", "--nousersettings", $"--baseappdatapath={dataPath}", "--messagestokeep=100000",
                    "--bindaddress=127.0.0.1", "--disableipv6",
                ]);

                var server = new Server(process, smtp, web);
                if (await process.WaitUntilReadyAsync(StartTimeout, [smtp, web], server.ApiAnswersAsync))
                    return server;
                process.Dispose();
                failures.Append($"attempt {attempt} (web {web}, smtp {smtp}):\n{process.Output}\n");
            }

            throw new InvalidOperationException(
                $"smtp4dev did not start (run `dotnet tool restore` in {RepositoryRoot.Path}):\n{failures}");
        }

        /// <summary>`dotnet tool restore` (a no-op when restored), so a fresh clone's test run can start smtp4dev.</summary>
        private static async Task RestoreToolAsync()
        {
            var start = new ProcessStartInfo("dotnet", "tool restore")
            {
                WorkingDirectory = RepositoryRoot.Path,
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
                throw new InvalidOperationException($"dotnet tool restore failed in {RepositoryRoot.Path}:\n{await output}\n{await error}");
        }

        // Ready means the tests' reads will work: the REST API answers, not only that its port is open.
        private async Task<bool> ApiAnswersAsync()
        {
            try
            {
                using var response = await Api.GetAsync("api/messages");
                return response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }
    }
}
