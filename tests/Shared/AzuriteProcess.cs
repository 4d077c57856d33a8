using System.Globalization;

namespace ReportFunctions.Tests.Shared;

/// <summary>
/// Azurite (blob, queue, table) from the repository's node_modules (npm ci), in memory, on free ports, as the tests'
/// fixture and the pipeline benchmark use it; or on disk in a folder and on given ports, so that a fault test can stop
/// it and start it again where it was. Fails loudly when it cannot start.
/// </summary>
internal sealed class AzuriteProcess : IDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly ServiceProcess _process;

    private AzuriteProcess(ServiceProcess process, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        (BlobPort, QueuePort, TablePort) = (blobPort, queuePort, tablePort);
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    /// <summary>A connection string for all three services, usable as the AzureWebJobsStorage setting.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    /// <param name="location">A folder to keep the data in (survives a restart); null keeps it in memory.</param>
    /// <param name="ports">The ports of a previous run to start on again; null takes free ones.</param>
    public static async Task<AzuriteProcess> StartAsync(string? location = null, (int Blob, int Queue, int Table)? ports = null)
    {
        var azurite = RepositoryRoot.File("node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
            throw new InvalidOperationException($"Azurite is not installed at {azurite}; run `npm ci` in {RepositoryRoot.Path}.");

        // A free port can be taken between probing and binding; try a few times before failing.
        for (var attempt = 1; ; attempt++)
        {
            var (blob, queue, table) = ports ?? (FreePorts.Next(), FreePorts.Next(), FreePorts.Next());
            string[] persistence = location is null ? ["--inMemoryPersistence"] : ["--location", location];
            var process = ServiceProcess.Start(azurite, RepositoryRoot.Path,
            [
                .. persistence, "--skipApiVersionCheck", "--loose", "--silent",
                "--blobHost", "127.0.0.1", "--blobPort", Port(blob),
                "--queueHost", "127.0.0.1", "--queuePort", Port(queue),
                "--tableHost", "127.0.0.1", "--tablePort", Port(table),
            ]);
            if (await process.WaitUntilReadyAsync(StartTimeout, [blob, queue, table]))
                return new AzuriteProcess(process, blob, queue, table);
            process.Dispose();
            if (attempt == 3 || ports is not null)
                throw new InvalidOperationException($"Azurite did not start on ports {blob}/{queue}/{table}:\n{process.Output}");
        }
    }

    /// <summary>Stops Azurite as an operator would: it writes its on-disk data out before it exits.</summary>
    public void Stop() => _process.Interrupt(TimeSpan.FromSeconds(15));

    public void Dispose() => _process.Dispose();

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
