using System.Text.Json;
using Json.Schema;

namespace ReportFunctions.Core.Tests.Schema;

/// <summary>docs/schema/report-2021.schema.json as a standard validator (JsonSchema.Net, draft 2020-12) applies it.</summary>
internal static class ReportSchema
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(SchemaFiles.SchemaPath);

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>"instance location: keyword" for each violation, in order; empty when the instance conforms.</summary>
    public static IReadOnlyList<string> Check(JsonElement instance)
    {
        var results = Schema.Evaluate(instance, Options);
        if (results.IsValid)
            return [];
        return [.. (results.Details ?? [results])
            .Where(d => d.Errors is { Count: > 0 })
            // A property that additionalProperties: false forbids fails the false schema, which has no keyword.
            .SelectMany(d => d.Errors!.Keys.Select(keyword => $"{d.InstanceLocation}: {(keyword.Length == 0 ? "not allowed" : keyword)}"))
            .Distinct()
            .Order(StringComparer.Ordinal)];
    }

    public static bool Accepts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Check(document.RootElement).Count == 0;
    }
}
