using System.Text.Json;

namespace ReportFunctions.Core.Tests.Schema;

/// <summary>Files of the repository the schema tests read, found from the root stamped into this assembly.</summary>
internal static class SchemaFiles
{
    public static string SchemaPath => RepositoryRoot.File("docs", "schema", "report-2021.schema.json");

    public static JsonElement LoadSchema() => Load(SchemaPath);

    public static JsonElement LoadSample(string relativePath) =>
        Load(RepositoryRoot.File("samples", relativePath));

    /// <summary>Follows local "#/$defs/…" references of the schema to the definition they name.</summary>
    public static JsonElement Resolve(JsonElement schema)
    {
        const string prefix = "#/$defs/";
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var target = reference.GetString() ?? "";
            if (!target.StartsWith(prefix, StringComparison.Ordinal))
                throw new InvalidOperationException($"Only local $defs references are expected, not '{target}'.");
            schema = LoadSchema().GetProperty("$defs").GetProperty(target[prefix.Length..]);
        }
        return schema;
    }

    private static JsonElement Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.Clone();
    }
}
