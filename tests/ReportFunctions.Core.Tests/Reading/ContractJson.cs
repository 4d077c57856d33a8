using System.Text;
using System.Text.Json.Nodes;
using ReportFunctions.Core.Reading;

namespace ReportFunctions.Core.Tests.Reading;

/// <summary>The valid builder report as contract JSON, editable by dotted path, for reader tests.</summary>
internal static class ContractJson
{
    public static JsonObject Valid() => JsonNode.Parse(ReportWriter.Write(ReportBuilder.Valid().Build()))!.AsObject();

    /// <summary>The parent object of a dotted path and the last name in it.</summary>
    public static (JsonObject Parent, string Name) At(JsonObject root, string path)
    {
        var parts = path.Split('.');
        JsonNode node = root;
        foreach (var part in parts[..^1])
            node = node[part]!;
        return (node.AsObject(), parts[^1]);
    }

    public static JsonObject Set(this JsonObject root, string path, JsonNode? value)
    {
        var (parent, name) = At(root, path);
        parent[name] = value;
        return root;
    }

    public static JsonObject Without(this JsonObject root, string path)
    {
        var (parent, name) = At(root, path);
        parent.Remove(name);
        return root;
    }

    public static ReadResult Read(this JsonObject root) => ReportReader.Read(Encoding.UTF8.GetBytes(root.ToJsonString()));

    public static ReadResult Read(string json) => ReportReader.Read(Encoding.UTF8.GetBytes(json));

    /// <summary>Replaces a number's JSON text verbatim (JsonNode would normalise "1.0" or "1e3").</summary>
    public static ReadResult ReadWithRawNumber(string path, string rawNumber) => Read(WithRawNumber(path, rawNumber));

    /// <summary>The valid report's JSON text with the number at <paramref name="path"/> written exactly as given.</summary>
    public static string WithRawNumber(string path, string rawNumber)
    {
        const string Marker = "\"__raw__\"";
        var json = Valid().Set(path, Marker.Trim('"')).ToJsonString();
        return json.Replace(Marker, rawNumber, StringComparison.Ordinal);
    }
}
