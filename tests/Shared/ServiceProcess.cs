using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ReportFunctions.Tests.Shared;

/// <summary>
/// A local server (Azurite, smtp4dev) started for a test run or a benchmark: its output kept for the failure message,
/// ready once its ports accept connections, stopped with its whole process tree.
/// </summary>
internal sealed class ServiceProcess : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private bool _disposed;

    private ServiceProcess(Process process) => _process = process;

    /// <summary>What the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static ServiceProcess Start(string fileName, string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} could not be started.");
        var service = new ServiceProcess(process);
        process.OutputDataReceived += (_, e) => service.Append(e.Data);
        process.ErrorDataReceived += (_, e) => service.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>
    /// True once every port accepts connections and <paramref name="ready"/> (when given) agrees; false when the
    /// process exits or <paramref name="timeout"/> passes first.
    /// </summary>
    public async Task<bool> WaitUntilReadyAsync(TimeSpan timeout, IReadOnlyList<int> ports, Func<Task<bool>>? ready = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                return false;
            if (await AllListeningAsync(ports) && (ready is null || await ready()))
                return true;
            await Task.Delay(Poll);
        }
        return false;
    }

    /// <summary>Asks the server to shut down as Ctrl-C would (SIGINT), so it saves what it holds; kills it if it has not exited in time.</summary>
    public void Interrupt(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            using var signal = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            signal.WaitForExit();
            _process.WaitForExit(timeout);
        }
        Dispose();
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        try
        {
            if (!_process.HasExited)
            {
                // `dotnet tool run` and node_modules/.bin scripts start the server as a child process: stop the whole tree.
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // The process exited between the check and the kill.
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    private static async Task<bool> AllListeningAsync(IReadOnlyList<int> ports)
    {
        foreach (var port in ports)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port);
            }
            catch (SocketException)
            {
                return false;
            }
        }
        return true;
    }
}
