using System.Text.Json.Nodes;

namespace ReportFunctions.Tests.Fixtures;

/// <summary>The seed report (samples/dalan-2021.json) as JSON, re-addressed to a test's organization and changed only where a test needs it.</summary>
public static class SampleReports
{
    private static readonly Lazy<string> Seed = new(() =>
        File.ReadAllText(RepositoryRoot.File("samples", "dalan-2021.json")));

    public static JsonNode SeedNode(string organizationId, Action<JsonNode>? change = null)
    {
        var node = JsonNode.Parse(Seed.Value)!;
        node["organization"]!["id"] = organizationId;
        change?.Invoke(node);
        return node;
    }

    public static string SeedJson(string organizationId, Action<JsonNode>? change = null) =>
        SeedNode(organizationId, change).ToJsonString();

    /// <summary>The seed with table 三's first row no longer adding up (R2 row-total error).</summary>
    public static string InvalidJson(string organizationId) =>
        SeedJson(organizationId, r => r["applications"]!["newlyReceived"]!["total"] = (long)r["applications"]!["newlyReceived"]!["total"]! + 1);
}
