using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReportFunctions.Core.Model;
using ReportFunctions.Core.Tests.Reading;
using ReportFunctions.Core.Validation;
using ReportFunctions.Pdf.Fonts;

namespace ReportFunctions.Core.Tests.Schema;

/// <summary>docs/schema/report-2021.schema.json must describe exactly what the model reads, and the samples must conform.</summary>
public sealed class SchemaAgreesWithModelTests
{
    // Non-nullable lists the reader fills with an empty list when the key is absent (contract: optional).
    private static readonly HashSet<string> OptionalLists = ["preface", "activeDisclosure.narrative"];

    [Fact]
    public void Schema_DescribesEveryModelProperty_WithTheSameNamesOptionalityAndTypes()
    {
        var problems = new List<string>();
        CompareObject(typeof(Report), SchemaFiles.LoadSchema(), "", problems);

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("dalan-2021.json")]
    [InlineData("county-department-2023.json")]
    [InlineData("county-department-2024.json")]
    [InlineData("invalid/balance.json")]
    [InlineData("invalid/carry-over.json")]
    [InlineData("invalid/outcome-total.json")]
    [InlineData("invalid/range.json")]
    [InlineData("invalid/results-total.json")]
    [InlineData("invalid/row-total.json")]
    [InlineData("invalid/signature-date.json")]
    [InlineData("invalid/unsupported-character.json")]
    public void Sample_ConformsToSchema(string sample)
    {
        Assert.Empty(ReportSchema.Check(SchemaFiles.LoadSample(sample)));
    }

    [Theory]
    [InlineData("invalid/format-version.json", "/formatVersion: const")]
    [InlineData("invalid/required.json", "/problemsAndImprovements: minItems")]
    [InlineData("invalid/type.json", "/activeDisclosure/licensing: type")]
    public void InvalidSample_ViolatesSchema_AtTheDefect(string sample, string expected)
    {
        Assert.Equal([expected], ReportSchema.Check(SchemaFiles.LoadSample(sample)));
    }

    [Fact]
    public void Schema_AcceptsNullForOptionalProperties_AndRejectsItForRequiredOnes()
    {
        var text = SchemaFiles.LoadSample("county-department-2024.json").GetRawText()
            .Replace("\"year\": 2024,", "\"year\": 2024, \"title\": null, \"preface\": null,", StringComparison.Ordinal)
            .Replace("\"creditCode\": \"11331127002703156K\"", "\"creditCode\": null", StringComparison.Ordinal)
            .Replace("\"issuer\": \"安和县自然资源和规划局\"", "\"issuer\": null", StringComparison.Ordinal);
        using var changed = JsonDocument.Parse(text);

        Assert.Equal(["/signature/issuer: type"], ReportSchema.Check(changed.RootElement));
    }

    [Fact]
    public void Schema_RejectsUnknownPropertiesAndFeesWithSevenDecimals()
    {
        var report = SchemaFiles.LoadSample("county-department-2024.json");
        var text = report.GetRawText()
            .Replace("\"fees\": 386.5274", "\"fees\": 386.5274101", StringComparison.Ordinal)
            .Replace("\"issuer\":", "\"stamp\": \"公章\", \"issuer\":", StringComparison.Ordinal);
        using var changed = JsonDocument.Parse(text);

        Assert.Equal(
            ["/activeDisclosure/fees: multipleOf", "/signature/stamp: not allowed"],
            ReportSchema.Check(changed.RootElement).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The schema is what client developers validate against, so a number it takes as a count (a mathematical
    /// integer ≥ 0, however written) is one the reader and the field rules take too, and the other way round.
    /// </summary>
    [Theory]
    [InlineData("3")]
    [InlineData("3.0")]
    [InlineData("1e2")]
    [InlineData("1E+2")]
    [InlineData("0.0")]
    [InlineData("3.5")]
    [InlineData("1e-1")]
    [InlineData("-1")]
    [InlineData("-1.0")]
    [InlineData("9223372036854775807")]
    public void SchemaAndReader_AgreeOnWhatIsACount(string raw)
    {
        const string path = "applications.granted.naturalPerson";
        var json = ContractJson.WithRawNumber(path, raw);
        var read = ContractJson.Read(json);
        var readerAccepts = read.Report is { } report
            && new ReportValidator(TimeProvider.System, BundledFonts.Shared).Validate(report)
                .All(f => f.Path != path || f.Severity != Severity.Error);

        Assert.Equal(ReportSchema.Accepts(json), readerAccepts);
    }

    private static void CompareObject(Type type, JsonElement node, string path, List<string> problems)
    {
        node = SchemaFiles.Resolve(node);
        if (!IsType(node, "object") || !node.TryGetProperty("additionalProperties", out var additional)
            || additional.ValueKind != JsonValueKind.False)
        {
            problems.Add($"{Show(path)}: {type.Name} needs \"type\": \"object\" with additionalProperties false");
            return;
        }

        var members = ModelMembers(type);
        var declared = node.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        var required = node.TryGetProperty("required", out var list)
            ? list.EnumerateArray().Select(r => r.GetString()!).ToHashSet()
            : [];

        foreach (var name in declared.Keys.Except(members.Select(m => m.JsonName)))
        {
            problems.Add($"{Join(path, name)}: in the schema but not in {type.Name}");
        }

        foreach (var name in required.Except(declared.Keys))
        {
            problems.Add($"{Join(path, name)}: required but not declared");
        }

        foreach (var member in members)
        {
            var memberPath = Join(path, member.JsonName);
            if (!declared.TryGetValue(member.JsonName, out var memberNode))
            {
                problems.Add($"{memberPath}: {type.Name}.{member.ClrName} is missing from the schema");
                continue;
            }

            var optional = member.Nullable || OptionalLists.Contains(memberPath);
            if (optional == required.Contains(member.JsonName))
            {
                problems.Add($"{memberPath}: should {(optional ? "not " : "")}be required");
            }

            // The reader takes JSON null as absence: optional members accept it, required ones do not.
            if (optional != AllowsType(SchemaFiles.Resolve(memberNode), "null"))
            {
                problems.Add($"{memberPath}: should {(optional ? "" : "not ")}allow null");
            }

            CompareValue(member.Type, memberNode, memberPath, problems);
        }
    }

    private static void CompareValue(Type type, JsonElement node, string path, List<string> problems)
    {
        node = SchemaFiles.Resolve(node);
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            if (!IsType(node, "string") && !(node.TryGetProperty("const", out var constant) && constant.ValueKind == JsonValueKind.String))
            {
                problems.Add($"{path}: expected a string schema");
            }
        }
        else if (type == typeof(DateOnly))
        {
            if (!IsType(node, "string") || !node.TryGetProperty("format", out var format) || format.GetString() != "date")
            {
                problems.Add($"{path}: expected \"type\": \"string\", \"format\": \"date\"");
            }
        }
        else if (type == typeof(long) || type == typeof(int))
        {
            ExpectNumber(node, "integer", path, problems);
        }
        else if (type == typeof(decimal))
        {
            ExpectNumber(node, "number", path, problems);
        }
        else if (type.IsEnum)
        {
            CompareEnum(type, node, path, problems);
        }
        else if (ListElementType(type) is { } element)
        {
            if (!IsType(node, "array") || !node.TryGetProperty("items", out var items))
            {
                problems.Add($"{path}: expected an array schema with items");
                return;
            }

            CompareValue(element, items, $"{path}[]", problems);
        }
        else
        {
            CompareObject(type, node, path, problems);
        }
    }

    private static void ExpectNumber(JsonElement node, string type, string path, List<string> problems)
    {
        if (!IsType(node, type))
        {
            problems.Add($"{path}: expected \"type\": \"{type}\"");
        }

        if (!node.TryGetProperty("minimum", out var minimum) || minimum.GetDecimal() < 0)
        {
            problems.Add($"{path}: expected a non-negative minimum");
        }
    }

    private static void CompareEnum(Type type, JsonElement node, string path, List<string> problems)
    {
        string[] expected = [.. Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName).Order(StringComparer.Ordinal)];
        string[] actual = node.TryGetProperty("enum", out var values)
            ? [.. values.EnumerateArray().Select(v => v.GetString() ?? "").Order(StringComparer.Ordinal)]
            : [];
        if (!expected.SequenceEqual(actual))
        {
            problems.Add($"{path}: enum should be [{string.Join(", ", expected)}]");
        }
    }

    private static Type? ListElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>) || definition == typeof(List<>)
                || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>))
            ? type.GetGenericArguments()[0]
            : null;
    }

    // The model's JSON members are the primary-constructor parameters (computed ones such as EffectiveTitle are not read).
    private static IReadOnlyList<ModelMember> ModelMembers(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var nullability = new NullabilityInfoContext();
        return
        [
            .. constructor.GetParameters().Select(parameter =>
            {
                var property = type.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance);
                var jsonName = property?.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
                    ?? JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
                var nullable = Nullable.GetUnderlyingType(parameter.ParameterType) is not null
                    || nullability.Create(parameter).WriteState == NullabilityState.Nullable;
                return new ModelMember(parameter.Name!, jsonName, parameter.ParameterType, nullable);
            }),
        ];
    }

    // True when the node's "type" is the given type, alone or together with "null".
    private static bool IsType(JsonElement node, string type) =>
        node.TryGetProperty("type", out var actual)
        && (actual.ValueKind == JsonValueKind.String
            ? actual.GetString() == type
            : actual.EnumerateArray().Select(t => t.GetString()).Where(t => t != "null").SequenceEqual([type]));

    private static bool AllowsType(JsonElement node, string type) =>
        node.TryGetProperty("type", out var actual)
        && (actual.ValueKind == JsonValueKind.String
            ? actual.GetString() == type
            : actual.EnumerateArray().Any(t => t.GetString() == type));

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Show(string path) => path.Length == 0 ? "(root)" : path;

    private sealed record ModelMember(string ClrName, string JsonName, Type Type, bool Nullable);
}
