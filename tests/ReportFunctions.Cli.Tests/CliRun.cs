namespace ReportFunctions.Cli.Tests;

/// <summary>One in-process run of the command line with its exit code and captured output.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApp.Run(args, stdout, stderr);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>No .NET stack trace leaked to the user.</summary>
    public bool HasStackTrace => (Stdout + Stderr).Contains("   at ", StringComparison.Ordinal);
}
