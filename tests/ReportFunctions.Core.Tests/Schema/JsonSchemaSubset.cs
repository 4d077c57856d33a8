using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReportFunctions.Core.Tests.Schema;

/// <summary>
/// Checks a JSON value against the draft 2020-12 keywords our schema uses, so the tests need no validator
/// package. A keyword it does not know fails loudly: the schema cannot silently outgrow what is tested.
/// Numbers are compared as decimals (multipleOf 0.000001 is exact, unlike in binary floating point).
/// </summary>
internal sealed class JsonSchemaSubset(JsonElement root)
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "$defs", "title", "description"];

    private static readonly HashSet<string> Assertions =
    [
        "$ref", "type", "const", "enum", "pattern", "minLength", "format", "minimum", "multipleOf", "minItems", "items",
        "required", "properties", "additionalProperties",
    ];

    /// <summary>Every keyword anywhere in the schema that <see cref="Check(JsonElement)"/> would not understand, with its location.</summary>
    public IReadOnlyList<string> UnsupportedKeywords()
    {
        var found = new List<string>();
        Audit(root, "#", found);
        return found;
    }

    private static void Audit(JsonElement schema, string location, List<string> found)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            var here = $"{location}/{keyword.Name}";
            if (!Annotations.Contains(keyword.Name) && !Assertions.Contains(keyword.Name))
            {
                found.Add(here);
            }
            else if (keyword.Name is "properties" or "$defs")
            {
                foreach (var child in keyword.Value.EnumerateObject())
                {
                    Audit(child.Value, $"{here}/{child.Name}", found);
                }
            }
            else if (keyword.Name == "items")
            {
                Audit(keyword.Value, here, found);
            }
        }
    }

    public IReadOnlyList<string> Check(JsonElement instance)
    {
        var problems = new List<string>();
        Check(root, instance, "", problems);
        return problems;
    }

    public JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            const string prefix = "#/$defs/";
            var target = reference.GetString() ?? "";
            if (!target.StartsWith(prefix, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Only local $defs references are supported, not '{target}'.");
            }

            schema = root.GetProperty("$defs").GetProperty(target[prefix.Length..]);
        }

        return schema;
    }

    private void Check(JsonElement schema, JsonElement instance, string path, List<string> problems)
    {
        schema = Resolve(schema);
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Annotations.Contains(keyword.Name))
            {
                CheckKeyword(schema, keyword, instance, path, problems);
            }
        }
    }

    private void CheckKeyword(JsonElement schema, JsonProperty keyword, JsonElement instance, string path, List<string> problems)
    {
        var value = keyword.Value;
        switch (keyword.Name)
        {
            case "type":
                string[] types = value.ValueKind == JsonValueKind.Array
                    ? [.. value.EnumerateArray().Select(t => t.GetString()!)]
                    : [value.GetString()!];
                if (!types.Any(type => HasType(instance, type)))
                {
                    problems.Add($"{path}: expected {string.Join(" or ", types)}, found {instance.ValueKind}");
                }

                break;
            case "const":
                if (!JsonElement.DeepEquals(value, instance))
                {
                    problems.Add($"{path}: expected {value.GetRawText()}");
                }

                break;
            case "enum":
                if (!value.EnumerateArray().Any(v => JsonElement.DeepEquals(v, instance)))
                {
                    problems.Add($"{path}: {instance.GetRawText()} is not one of {value.GetRawText()}");
                }

                break;
            case "pattern":
                if (instance.ValueKind == JsonValueKind.String && !Regex.IsMatch(instance.GetString()!, value.GetString()!))
                {
                    problems.Add($"{path}: does not match {value.GetString()}");
                }

                break;
            case "minLength":
                if (instance.ValueKind == JsonValueKind.String && instance.GetString()!.EnumerateRunes().Count() < value.GetInt32())
                {
                    problems.Add($"{path}: shorter than {value.GetInt32()}");
                }

                break;
            case "format":
                if (value.GetString() != "date")
                {
                    throw new InvalidOperationException($"Unsupported format '{value.GetString()}'.");
                }

                if (instance.ValueKind == JsonValueKind.String
                    && !DateOnly.TryParseExact(instance.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    problems.Add($"{path}: not a date");
                }

                break;
            case "minimum":
                if (instance.ValueKind == JsonValueKind.Number && instance.GetDecimal() < value.GetDecimal())
                {
                    problems.Add($"{path}: below {value.GetDecimal()}");
                }

                break;
            case "multipleOf":
                if (instance.ValueKind == JsonValueKind.Number && instance.GetDecimal() % value.GetDecimal() != 0)
                {
                    problems.Add($"{path}: not a multiple of {value.GetDecimal()}");
                }

                break;
            case "minItems":
                if (instance.ValueKind == JsonValueKind.Array && instance.GetArrayLength() < value.GetInt32())
                {
                    problems.Add($"{path}: fewer than {value.GetInt32()} items");
                }

                break;
            case "items":
                if (instance.ValueKind == JsonValueKind.Array)
                {
                    var index = 0;
                    foreach (var item in instance.EnumerateArray())
                    {
                        Check(value, item, $"{path}[{index++}]", problems);
                    }
                }

                break;
            case "required":
                if (instance.ValueKind == JsonValueKind.Object)
                {
                    foreach (var name in value.EnumerateArray().Select(n => n.GetString()!))
                    {
                        if (!instance.TryGetProperty(name, out _))
                        {
                            problems.Add($"{Join(path, name)}: required property missing");
                        }
                    }
                }

                break;
            case "properties":
                if (instance.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in instance.EnumerateObject())
                    {
                        if (value.TryGetProperty(property.Name, out var propertySchema))
                        {
                            Check(propertySchema, property.Value, Join(path, property.Name), problems);
                        }
                    }
                }

                break;
            case "additionalProperties":
                if (value.ValueKind != JsonValueKind.False)
                {
                    throw new InvalidOperationException("Only additionalProperties: false is supported.");
                }

                if (instance.ValueKind == JsonValueKind.Object)
                {
                    var declared = schema.TryGetProperty("properties", out var properties) ? properties : default;
                    foreach (var property in instance.EnumerateObject())
                    {
                        if (declared.ValueKind != JsonValueKind.Object || !declared.TryGetProperty(property.Name, out _))
                        {
                            problems.Add($"{Join(path, property.Name)}: property not allowed");
                        }
                    }
                }

                break;
            default:
                throw new InvalidOperationException($"Schema keyword '{keyword.Name}' at '{path}' is not supported by this checker.");
        }
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        // The contract's counts are whole numbers written without a fraction; "3.0" is a type error there.
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetInt64(out _),
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => throw new InvalidOperationException($"Unknown type '{type}'."),
    };

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
