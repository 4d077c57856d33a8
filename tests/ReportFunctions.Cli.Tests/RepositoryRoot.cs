using System.Reflection;

namespace ReportFunctions.Cli.Tests;

/// <summary>The repository root stamped into this assembly by tests/Directory.Build.props (never the current directory).</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = typeof(RepositoryRoot).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
