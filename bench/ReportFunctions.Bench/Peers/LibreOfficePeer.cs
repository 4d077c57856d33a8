using System.Diagnostics;
using System.Globalization;

namespace ReportFunctions.Bench.Peers;

/// <summary>
/// LibreOffice Writer exporting the filled official template to PDF. Cold: a new `soffice --headless
/// --convert-to pdf` process per document (its profile created once beforehand, as on a clerk's machine). Warm: one
/// `soffice --headless --accept=socket…` kept running and a python3 UNO client kept connected (what unoserver /
/// unoconvert do), converting one document per request.
/// </summary>
internal sealed class LibreOfficePeer : IAsyncDisposable
{
    public const string Executable = "soffice";

    private readonly Process office;
    private readonly Process client;

    private LibreOfficePeer(Process office, Process client) => (this.office, this.client) = (office, client);

    private static string Profile(string name) => new Uri(Path.Combine(Path.GetTempPath(), "bench-libreoffice-" + name)).AbsoluteUri;

    public static async Task<LibreOfficePeer> StartAsync()
    {
        var port = FreePorts.Next();
        var office = Start(Executable, "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
            $"-env:UserInstallation={Profile("warm")}", $"--accept=socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext");
        var script = Path.Combine(AppContext.BaseDirectory, "Peers", "uno_convert.py");
        // Debian's python3, which has the uno module (python3-uno), not whatever python3 comes first on the PATH.
        var client = Start("/usr/bin/python3", script, port.ToString(CultureInfo.InvariantCulture));
        var peer = new LibreOfficePeer(office, client);
        var ready = await client.StandardOutput.ReadLineAsync();
        if (ready != "ready")
        {
            var error = await client.StandardError.ReadToEndAsync();
            await peer.DisposeAsync();
            throw new InvalidOperationException($"The UNO client did not connect: {ready} {error}");
        }
        return peer;
    }

    /// <summary>Warm: the running LibreOffice loads <paramref name="docx"/> and writes <paramref name="pdf"/>.</summary>
    public async Task ConvertAsync(string docx, string pdf)
    {
        await client.StandardInput.WriteLineAsync($"{docx}\t{pdf}");
        await client.StandardInput.FlushAsync();
        var answer = await client.StandardOutput.ReadLineAsync();
        if (answer != "ok")
            throw new InvalidOperationException("LibreOffice conversion failed: " + answer);
    }

    /// <summary>Creates the cold runs' profile (LibreOffice's first start), untimed.</summary>
    public static Task PrepareColdAsync(string docx, string outDir) => ConvertColdAsync(docx, outDir);

    /// <summary>Cold: a new soffice process from start to the written PDF; milliseconds.</summary>
    public static async Task<double> ConvertColdAsync(string docx, string outDir)
    {
        var pdf = Path.Combine(outDir, Path.GetFileNameWithoutExtension(docx) + ".pdf");
        File.Delete(pdf);
        var start = Stopwatch.GetTimestamp();
        var (exit, output) = await PublishedApps.RunAsync(Executable,
            ["--headless", "--norestore", $"-env:UserInstallation={Profile("cold")}", "--convert-to", "pdf", "--outdir", outDir, docx]);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (exit != 0 || !File.Exists(pdf))
            throw new InvalidOperationException($"soffice --convert-to pdf failed ({exit}): {output}");
        return elapsed;
    }

    private static Process Start(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        return Process.Start(info) ?? throw new InvalidOperationException($"{file} could not be started.");
    }

    public async ValueTask DisposeAsync()
    {
        client.StandardInput.Close();
        await client.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { });
        foreach (var process in new[] { client, office })
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            process.Dispose();
        }
    }
}
