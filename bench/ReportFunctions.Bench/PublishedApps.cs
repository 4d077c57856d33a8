using System.Diagnostics;
using System.Text;

namespace ReportFunctions.Bench;

/// <summary>
/// The apps as deployed for the cold-start and burst measurements: `dotnet publish -c Release -r linux-x64
/// --self-contained false -p:PublishReadyToRun=true` into a temporary folder, once per benchmark process; or, when
/// REPORTFUNCTIONS_BENCH_PUBLISHED names a folder bench.sh has already published them into, from there.
/// </summary>
internal static class PublishedApps
{
    private static readonly Dictionary<string, Task<string>> Published = [];

    private static readonly string? Prepublished = Environment.GetEnvironmentVariable("REPORTFUNCTIONS_BENCH_PUBLISHED");

    public static string Root { get; } = Prepublished ?? Path.Combine(Path.GetTempPath(), "reportfunctions-bench-publish");

    /// <summary>The CLI's main assembly, published ReadyToRun.</summary>
    public static Task<string> CliAsync() => PublishAsync("ReportFunctions.Cli", "reportfunctions.dll");

    /// <summary>The local runner's main assembly, published ReadyToRun.</summary>
    public static Task<string> LocalRunnerAsync() => PublishAsync("ReportFunctions.LocalRunner", "ReportFunctions.LocalRunner.dll");

    private static Task<string> PublishAsync(string project, string assembly)
    {
        lock (Published)
        {
            if (!Published.TryGetValue(project, out var task))
                Published[project] = task = RunPublishAsync(project, assembly);
            return task;
        }
    }

    private static async Task<string> RunPublishAsync(string project, string assembly)
    {
        var output = Path.Combine(Root, project);
        if (Prepublished is not null && File.Exists(Path.Combine(output, assembly)))
            return Path.Combine(output, assembly);
        var (exit, log) = await RunAsync("dotnet",
        [
            "publish", RepositoryRoot.File("src", project), "-c", "Release", "-r", "linux-x64", "--self-contained", "false",
            "-p:PublishReadyToRun=true", "-o", output, "-v", "q", "-nologo",
        ]);
        var dll = Path.Combine(output, assembly);
        if (exit != 0 || !File.Exists(dll))
            throw new InvalidOperationException($"dotnet publish {project} failed ({exit}):\n{log}");
        return dll;
    }

    /// <summary>Runs a process to its end; its exit code and what it wrote to stdout and stderr.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            info.Environment[name] = value;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{file} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, new StringBuilder().Append(await output).Append(await error).ToString());
    }
}
