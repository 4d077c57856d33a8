using System.Reflection;
using System.Text.Json;

namespace ReportFunctions.Core.Tests.Schema;

/// <summary>Files of the repository the schema tests read, found from the root stamped into this assembly.</summary>
internal static class SchemaFiles
{
    public static string RepositoryRoot { get; } =
        typeof(SchemaFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value
        ?? throw new InvalidOperationException("The test assembly carries no RepositoryRoot metadata.");

    public static string SchemaPath => Path.Combine(RepositoryRoot, "docs", "schema", "report-2021.schema.json");

    public static JsonElement LoadSchema() => Load(SchemaPath);

    public static JsonElement LoadSample(string relativePath) =>
        Load(Path.Combine(RepositoryRoot, "samples", relativePath));

    private static JsonElement Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.Clone();
    }
}
