using System.Text.Json.Serialization;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Validation;

namespace ReportFunctions.Core.Reading;

/// <summary>
/// Source-generated serialization of the contract's types (camelCase, nulls omitted). Reading goes through
/// <see cref="ReportReader"/> instead, because strictness needs every error with its path, not the first one.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(Report))]
[JsonSerializable(typeof(ValidationError))]
[JsonSerializable(typeof(IReadOnlyList<ValidationError>))]
public sealed partial class ReportJsonContext : JsonSerializerContext;
