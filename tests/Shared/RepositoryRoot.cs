using System.Reflection;

namespace ReportFunctions.Tests.Shared;

/// <summary>
/// The repository root stamped into the assembly by tests/Directory.Build.props or bench/Directory.Build.props (never
/// the current directory). Compiled into each test project and the benchmark from this one file.
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = typeof(RepositoryRoot).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
