using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace ReportFunctions.Tests.Infrastructure;

/// <summary>
/// One Azurite (blob, queue, table) per test run, in memory, on free ports. Started from the repository's
/// node_modules (npm ci); fails loudly when it cannot start, so storage tests are never silently skipped.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly StringBuilder _output = new();
    private Process? _process;

    public int BlobPort { get; private set; }

    public int QueuePort { get; private set; }

    public int TablePort { get; private set; }

    /// <summary>A connection string for all three services, usable as the AzureWebJobsStorage setting.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    public static string RepositoryRoot { get; } = typeof(AzuriteFixture).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public async Task InitializeAsync()
    {
        var azurite = Path.Combine(RepositoryRoot, "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
            throw new InvalidOperationException($"Azurite is not installed at {azurite}; run `npm ci` in {RepositoryRoot}.");

        // A free port can be taken between probing and binding; try a few times before failing.
        for (var attempt = 1; ; attempt++)
        {
            (BlobPort, QueuePort, TablePort) = (FreePort(), FreePort(), FreePort());
            if (await TryStartAsync(azurite))
                return;
            if (attempt == 3)
                throw new InvalidOperationException($"Azurite did not start on ports {BlobPort}/{QueuePort}/{TablePort}:\n{Output}");
        }
    }

    public Task DisposeAsync()
    {
        Stop();
        return Task.CompletedTask;
    }

    private string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    private async Task<bool> TryStartAsync(string azurite)
    {
        var start = new ProcessStartInfo(azurite)
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--silent",
                     "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(),
                     "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(),
                     "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(),
                 })
            start.ArgumentList.Add(arg);

        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite could not be started.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                return false;
            if (await IsListeningAsync(BlobPort) && await IsListeningAsync(QueuePort) && await IsListeningAsync(TablePort))
                return true;
            await Task.Delay(100);
        }
        Stop();
        return false;
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    private void Stop()
    {
        if (_process is null)
            return;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        _process.Dispose();
        _process = null;
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
