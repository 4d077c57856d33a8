using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;
using ReportFunctions.Core.Model;

namespace ReportFunctions.Submissions;

/// <summary>
/// Converts a classic form post whose field names are the contract's dotted paths
/// (`applications.denied.stateSecret.naturalPerson`, `signature.date`) into contract JSON, which the strict
/// reader then checks like any JSON submission: unknown fields and wrong values get the reader's errors and paths.
/// </summary>
internal static partial class FormReportConverter
{
    public const string TokenField = "orgToken";

    private static readonly string[] BlockFields = ["overview", "activeDisclosure.narrative", "problemsAndImprovements", "otherMatters"];
    private static readonly string[] NumericPrefixes = ["activeDisclosure.", "applications.", "reviewsAndLitigation."];

    // The contract's deepest field has 4 segments; JSON deeper than 64 levels cannot even be written.
    private const int MaxSegments = 16;

    /// <exception cref="InvalidDataException">A field name nests deeper than any contract path could.</exception>
    public static byte[] ToJson(IEnumerable<KeyValuePair<string, StringValues>> fields)
    {
        var root = new JsonObject();
        foreach (var (name, values) in fields)
        {
            // A repeated field (e.g. a hidden default before a checkbox) counts with its last value.
            var value = values.LastOrDefault() ?? "";
            if (name == TokenField || value.Trim().Length == 0)
                continue;
            var path = name.Split('.');
            if (path.Length > MaxSegments)
                throw new InvalidDataException($"字段名“{name[..Math.Min(name.Length, 40)]}…”层级过深。");
            Set(root, path, ValueFor(name, value));
        }
        return JsonSerializer.SerializeToUtf8Bytes(root);
    }

    /// <summary>
    /// The other way: the form's field values for contract JSON (a stored submission, or what a form post
    /// converted to), so a form can be shown again as the clerk filled it. Narratives become one line per paragraph.
    /// </summary>
    public static Dictionary<string, string> ToFields(ReadOnlySpan<byte> json)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            if (JsonNode.Parse(json) is JsonObject root)
                AddFields(fields, root, "");
        }
        catch (JsonException)
        {
            // Not JSON at all: nothing to show again.
        }
        return fields;
    }

    private static void AddFields(Dictionary<string, string> fields, JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                    AddFields(fields, child, path.Length == 0 ? key : $"{path}.{key}");
                break;
            case JsonArray array when path == "preface":
                fields[path] = NarrativeText.FromParagraphs(array.Select(p => p?.ToString() ?? ""));
                break;
            case JsonArray array when BlockFields.Contains(path):
                fields[path] = NarrativeText.FromBlocks(array.OfType<JsonObject>().Select(b => new Block(
                    b["heading"]?.ToString(),
                    (b["paragraphs"] as JsonArray ?? []).Select(p => p?.ToString() ?? "").ToList())));
                break;
            case JsonValue value:
                fields[path] = value.ToString();
                break;
        }
    }

    private static JsonNode ValueFor(string name, string value)
    {
        if (name == "preface")
            return NarrativeText.ToParagraphs(value);
        if (BlockFields.Contains(name))
            return NarrativeText.ToBlocks(value);
        var trimmed = value.Trim();
        // Numbers stay as typed (JSON number text), so "1.50000" still reaches the reader's 4-decimal rule;
        // anything else stays a string and the reader reports a type error at this path.
        if ((name == "year" || NumericPrefixes.Any(name.StartsWith)) && NumberPattern().IsMatch(trimmed))
            return JsonNode.Parse(trimmed)!;
        return JsonValue.Create(value.Trim())!;
    }

    private static void Set(JsonObject root, string[] path, JsonNode value)
    {
        var node = root;
        foreach (var segment in path[..^1])
        {
            if (node[segment] is not JsonObject child)
            {
                child = new JsonObject();
                node[segment] = child;
            }
            node = child;
        }
        node[path[^1]] = value;
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$")]
    private static partial Regex NumberPattern();
}
