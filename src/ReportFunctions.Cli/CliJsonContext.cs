using System.Text.Json.Serialization;

namespace ReportFunctions.Cli;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ValidationOutput))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
